import { dimensions } from '@/data/dimensions';
import { strengthMessage } from '@/lib/detect/verdict';
import { currentLanguage, t } from '@/lib/extension/i18n';
import type { ProviderRecord } from '@/lib/shortlist';
import { answerLabel, kindLabel, statusLabel } from './shortlistLabels';
import { localField } from '@/data/i18n/local-text';
import { signalLabelFromEnglish } from '@/data/i18n/signal-label-by-text';
import type { DimensionId } from '@/data/schemas';

/**
 * Two to four providers side by side: kind, credentials and status, then for each of the eight
 * dimensions what the page said (its evidence summary) and what the patient found (the checklist).
 */
export function CompareView({ providers, onRemove, onClear }: { providers: readonly ProviderRecord[]; onRemove: (id: string) => void; onClear: () => void }) {
  return (
    <section className="card compare" data-testid="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compareHeading')}</h2>
      <div className="compare-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('compareDimension')}</th>
              {providers.map((p) => (
                <th key={p.id} scope="col" data-provider={p.id}>
                  {p.name}{' '}
                  <button type="button" className="link" aria-label={t('compareRemove', p.name)} onClick={() => onRemove(p.id)}>
                    ×
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr data-row="kind">
              <th scope="row">{t('shortlistColKind')}</th>
              {providers.map((p) => (
                <td key={p.id}>{t(kindLabel(p.kind))}</td>
              ))}
            </tr>
            <tr data-row="evidence">
              <th scope="row">{t('compareEvidence')}</th>
              {providers.map((p) => (
                <td key={p.id}>{t(strengthMessage(p))}</td>
              ))}
            </tr>
            <tr data-row="credentials">
              <th scope="row">{t('detailCredentials')}</th>
              {providers.map((p) => (
                <td key={p.id}>{p.credentials.length ? p.credentials.map((c) => c.text).join('; ') : <span className="muted">{t('compareNoCredentials')}</span>}</td>
              ))}
            </tr>
            <tr data-row="status">
              <th scope="row">{t('shortlistColStatus')}</th>
              {providers.map((p) => (
                <td key={p.id}>{t(statusLabel[p.status])}</td>
              ))}
            </tr>
            {dimensions.map((d) => (
              <tr key={d.id} data-dimension={d.id}>
                <th scope="row">{localField('dimension', d.id, 'name', d.name, currentLanguage())}</th>
                {providers.map((p) => (
                  <DimensionCell key={p.id} provider={p} dimension={d.id} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" onClick={onClear}>
          {t('compareClear')}
        </button>
      </div>
    </section>
  );
}

/** One provider on one dimension: what its page said, and what the patient found. */
function DimensionCell({ provider: p, dimension }: { provider: ProviderRecord; dimension: DimensionId }) {
  const said = p.evidenceSummary.filter((e) => e.dimension === dimension);
  const found = p.checklist[dimension];
  return (
    <td data-provider={p.id}>
      <div className="page-says">
        {t('comparePageSays')}{' '}
        {said.length
          ? said.map((e, i) => (
              <span key={`${i}-${e.label}`} className={`side-${e.side}`}>
                {i > 0 && '; '}
                {signalLabelFromEnglish(e.label, currentLanguage())}
              </span>
            ))
          : t('comparePageSilent')}
      </div>
      <div className="you-found" data-answer={found?.answer ?? 'unknown'}>
        {t('compareYouFound')} <strong>{t(answerLabel[found?.answer ?? 'unknown'])}</strong>
        {found?.note ? ` — ${found.note}` : ''}
      </div>
    </td>
  );
}
