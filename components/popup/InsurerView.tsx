import { insurers } from '@/data/insurers';
import { cptCodeHints, documentHints, insurerQuestions, unitCountingHint } from '@/data/insurance-hints';
import { defaultSearchTerms, guideFor } from '@/data/insurer-guides';
import { healthPlanKinds, type CoverageSays, type InsurerKind } from '@/data/schemas';
import type { Detection } from '@/lib/detect/schema';
import { t, type MessageKey } from '@/lib/extension/i18n';
import { SourceNote } from '@/components/shared/SourceNote';

// What the page's organisation is, when it is not the patient's plan itself.
const kindNote: Partial<Record<InsurerKind, MessageKey>> = {
  'benefit-manager': 'insurerBenefitManager',
  administrator: 'insurerAdministrator',
  'government-program': 'insurerGovernmentProgram',
  marketplace: 'insurerMarketplace',
  'auto-insurer': 'insurerAutoInsurer',
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
 * The first hint follows what the page says: a page that says "not covered" leads to asking about
 * a physical therapy plan of care or a discount program, not to a reimbursement note.
 */
function coverageLead(coverage: readonly CoverageStatement[]): MessageKey | undefined {
  const said = new Set(coverage.flatMap((c) => c.says));
  if (said.has('not-covered') && !said.has('covered')) return 'coverageLeadNotCovered';
  if (said.has('discount-only') && !said.has('covered')) return 'coverageLeadDiscount';
  if (said.has('covered')) return 'coverageLeadCovered';
  return undefined;
}

/** What this page itself says about massage and its neighbours, each with "show on page". */
function PageSays({
  coverage,
  onShowOnPage,
}: {
  coverage: readonly CoverageStatement[];
  onShowOnPage?: (statement: CoverageStatement) => void;
}) {
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

/** Where massage hides on this plan's site, and the programs and notes known for it. */
function WhereToLook({ insurerId }: { insurerId: string }) {
  const guide = guideFor(insurerId);
  const entry = insurers.find((i) => i.id === insurerId);
  return (
    <>
      <h3>{t('insurerWhereToLook')}</h3>
      <p>{t('insurerSearchFor')}</p>
      <ul data-testid="search-terms">
        {(guide?.searchTerms ?? defaultSearchTerms).map((term) => (
          <li key={term}>{term}</li>
        ))}
      </ul>
      {entry && entry.memberPortalHosts.length > 0 && <p className="muted">{entry.memberPortalHosts.join(', ')}</p>}

      {guide && guide.programs.length > 0 && (
        <>
          <h3>{t('insurerPrograms')}</h3>
          <ul>
            {guide.programs.map((p) => (
              <li key={p.name} data-nature={p.nature}>
                <strong>{p.name}</strong> ({t(natureLabel[p.nature]!)}): {p.text} <SourceNote source={p.source} />
              </li>
            ))}
          </ul>
        </>
      )}
      {guide && guide.notes.length > 0 && (
        <>
          <h3>{t('insurerNotes')}</h3>
          <ul data-testid="insurer-notes">
            {guide.notes.map((n) => (
              <li key={n.text}>
                {n.unverified && <strong className="unverified">{t('unverifiedLabel')}: </strong>}
                {n.text} <SourceNote source={n.source} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The billing codes, documents and questions any plan asks about. */
function WhatToHaveReady() {
  return (
    <>
      <h3>{t('cptHeading')}</h3>
      <ul data-testid="cpt-codes">
        {cptCodeHints.map((h) => (
          <li key={h.id}>
            <strong>{h.title}</strong>: {h.text}
          </li>
        ))}
        <li>
          <strong>{unitCountingHint.title}</strong>: {unitCountingHint.text} <SourceNote source={unitCountingHint.source} />
        </li>
      </ul>

      <h3>{t('documentsHeading')}</h3>
      <ul>
        {documentHints.map((h) => (
          <li key={h.id}>
            <strong>{h.title}</strong>: {h.text} <SourceNote source={h.source} />
          </li>
        ))}
      </ul>

      <h3>{t('insurerQuestionsHeading')}</h3>
      <ul>
        {insurerQuestions.map((q) => (
          <li key={q.id}>
            <strong>{q.title}</strong> {q.text}
          </li>
        ))}
      </ul>
    </>
  );
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
  return (
    <section className="card" aria-labelledby="insurer-heading" data-testid="insurer-view">
      <h2 id="insurer-heading">{insurer.name}</h2>
      {kindNote[insurer.kind] && <p data-testid="insurer-kind-note">{t(kindNote[insurer.kind]!)}</p>}
      {insurer.unverifiedHost && <p role="note">{t('insurerUnverifiedHost', insurer.name)}</p>}
      <PageSays coverage={coverage} onShowOnPage={onShowOnPage} />
      <WhereToLook insurerId={insurer.id} />
      <WhatToHaveReady />
      {onWriteNote && healthPlanKinds.includes(insurer.kind) && (
        <button type="button" className="primary" data-testid="write-note" onClick={() => onWriteNote(insurer.name)}>
          {t('writeReimbursementNote', insurer.name)}
        </button>
      )}
    </section>
  );
}
