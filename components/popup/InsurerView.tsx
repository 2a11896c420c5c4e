import { insurers } from '@/data/insurers';
import { cptCodeHints, documentHints, insurerQuestions, unitCountingHint } from '@/data/insurance-hints';
import { defaultSearchTerms, guideFor } from '@/data/insurer-guides';
import { healthPlanKinds, type CoverageSays, type InsurerKind } from '@/data/schemas';
import type { Detection } from '@/lib/detect/schema';
import { currentLanguage, t, type MessageKey } from '@/lib/extension/i18n';
import { SourceNote } from '@/components/shared/SourceNote';
import { localField } from '@/data/i18n/local-text';

// What the page's organisation is, when it is not the patient's plan itself.
const kindNote: Partial<Record<InsurerKind, MessageKey>> = {
  'benefit-manager': 'insurerBenefitManager',
  administrator: 'insurerAdministrator',
  'government-program': 'insurerGovernmentProgram',
  marketplace: 'insurerMarketplace',
  'auto-insurer': 'insurerAutoInsurer',
  'workers-comp-insurer': 'insurerWorkersComp',
  'spending-account-administrator': 'insurerSpendingAccount',
};

const natureLabel: Record<string, MessageKey> = {
  'covered-benefit': 'programCovered',
  'discount-program': 'programDiscount',
  'benefit-manager': 'programManager',
};

const saysLabel: Record<CoverageSays, MessageKey> = {
  covered: 'says_covered',
  'not-covered': 'says_notCovered',
  limit: 'says_limit',
  referral: 'says_referral',
  network: 'says_network',
  'discount-only': 'says_discountOnly',
  exception: 'says_exception',
};

type CoverageStatement = NonNullable<Detection['coverage']>[number];

/**
 * The first hint follows what the page says about massage: a page that says "not covered" leads to
 * asking about a physical therapy plan of care or a discount program, not to a reimbursement note.
 * Its neighbours' rows (chiropractic covered, say) do not speak for massage.
 */
function coverageLead(coverage: readonly CoverageStatement[]): MessageKey | undefined {
  const said = new Set(coverage.filter((c) => c.topics.includes('massage')).flatMap((c) => c.says));
  if (said.has('not-covered') && !said.has('covered')) return 'coverageLeadNotCovered';
  if (said.has('discount-only') && !said.has('covered')) return 'coverageLeadDiscount';
  if (said.has('covered')) return 'coverageLeadCovered';
  return undefined;
}

/** The popup's view of a health plan's site: what this page says, where massage hides, and what to have ready. */
export function InsurerView({
  insurer,
  coverage = [],
  onShowOnPage,
  onWriteNote,
}: {
  insurer: NonNullable<Detection['insurer']>;
  coverage?: readonly CoverageStatement[];
  onShowOnPage?: (statement: CoverageStatement) => void;
  onWriteNote?: (insurerName: string) => void;
}) {
  const guide = guideFor(insurer.id);
  const lang = currentLanguage();
  const entry = insurers.find((i) => i.id === insurer.id);
  return (
    <section className="card" aria-labelledby="insurer-heading" data-testid="insurer-view">
      <h2 id="insurer-heading">{insurer.name}</h2>
      {kindNote[insurer.kind] && <p data-testid="insurer-kind-note">{t(kindNote[insurer.kind]!)}</p>}
      {insurer.unverifiedHost && <p role="note">{t('insurerUnverifiedHost', insurer.name)}</p>}

      <PageSays coverage={coverage} onShowOnPage={onShowOnPage} />

      <h3>{t('insurerWhereToLook')}</h3>
      <p>{t('insurerSearchFor')}</p>
      {/* The portal's own words, in English whatever the patient's language. */}
      <ul data-testid="search-terms" lang="en">
        {(guide?.searchTerms ?? defaultSearchTerms).map((term) => (
          <li key={term}>{term}</li>
        ))}
      </ul>
      {entry && entry.memberPortalHosts.length > 0 && <p className="muted">{entry.memberPortalHosts.join(', ')}</p>}

      {guide && guide.programs.length > 0 && (
        <>
          <h3>{t('insurerPrograms')}</h3>
          <ul>
            {guide.programs.map((p, i) => (
              <li key={p.name} data-nature={p.nature}>
                <strong>{p.name}</strong> ({t(natureLabel[p.nature]!)}): {localField('insurer-guide', guide.insurerId, `program${i}`, p.text, lang)} <SourceNote source={p.source} />
              </li>
            ))}
          </ul>
        </>
      )}
      {guide && guide.notes.length > 0 && (
        <>
          <h3>{t('insurerNotes')}</h3>
          <ul data-testid="insurer-notes">
            {guide.notes.map((n, i) => (
              <li key={n.text}>
                {n.unverified && <strong className="unverified">{t('unverifiedLabel')}: </strong>}
                {localField('insurer-guide', guide.insurerId, `note${i}`, n.text, lang)} <SourceNote source={n.source} />
              </li>
            ))}
          </ul>
        </>
      )}

      <ClaimHints />
      {onWriteNote && healthPlanKinds.includes(insurer.kind) && (
        <button type="button" className="primary" data-testid="write-note" onClick={() => onWriteNote(insurer.name)}>
          {t('writeReimbursementNote', insurer.name)}
        </button>
      )}
    </section>
  );
}

/** What a claim for massage usually needs: the codes in plain words, the documents, the questions for the plan. */
function ClaimHints() {
  const lang = currentLanguage();
  return (
    <>
        <h3>{t('cptHeading')}</h3>
        <ul data-testid="cpt-codes">
          {cptCodeHints.map((h) => (
            <li key={h.id}>
              <strong>{localField('hint', h.id, 'title', h.title, lang)}</strong>: {localField('hint', h.id, 'text', h.text, lang)}
            </li>
          ))}
          <li>
            <strong>{localField('hint', unitCountingHint.id, 'title', unitCountingHint.title, lang)}</strong>: {localField('hint', unitCountingHint.id, 'text', unitCountingHint.text, lang)} <SourceNote source={unitCountingHint.source} />
          </li>
        </ul>

        <h3>{t('documentsHeading')}</h3>
        <ul>
          {documentHints.map((h) => (
            <li key={h.id}>
              <strong>{localField('hint', h.id, 'title', h.title, lang)}</strong>: {localField('hint', h.id, 'text', h.text, lang)} <SourceNote source={h.source} />
            </li>
          ))}
        </ul>

        <h3>{t('insurerQuestionsHeading')}</h3>
        <ul>
          {insurerQuestions.map((q) => (
            <li key={q.id}>
              <strong>{localField('hint', q.id, 'title', q.title, lang)}</strong> {localField('hint', q.id, 'text', q.text, lang)}
            </li>
          ))}
        </ul>
    </>
  );
}

/** "What this page says": the plan page's own statements on massage, and the first hint they lead to. */
function PageSays({ coverage, onShowOnPage }: { coverage: readonly CoverageStatement[]; onShowOnPage?: (statement: CoverageStatement) => void }) {
  const lead = coverageLead(coverage);
  return (
    <>
        <h3>{t('pageSaysHeading')}</h3>
        {coverage.length === 0 ? (
          <p className="muted" data-testid="page-says-none">{t('pageSaysNone')}</p>
        ) : (
          <ul className="page-says" data-testid="page-says">
            {coverage.map((c) => (
              <li key={`${c.index}-${c.length}`} data-says={c.says.join(' ')}>
                {c.says.length > 0 && <strong>{c.says.map((x) => t(saysLabel[x])).join(', ')}: </strong>}
                <q>{c.text}</q>
                {c.heading && <span className="muted"> ({t('pageSaysUnder', c.heading)})</span>}{' '}
                {onShowOnPage && (
                  <button type="button" className="link" onClick={() => onShowOnPage(c)}>
                    {t('pageSaysShow')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {lead && (
          <p className="next-step" data-testid="coverage-lead">
            {t(lead)}
          </p>
        )}
    </>
  );
}
