import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import type { Situation } from '@/data/schemas';
import { dimensions } from '@/data/dimensions';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { defaultSettings, loadSettings } from '@/lib/extension/settings';
import { localToday, type ProviderRecord, type VisitRecord } from '@/lib/shortlist';
import { formatDay, kindLabel } from '@/components/options/shortlistLabels';
import { addressLine } from '@/lib/detect/address';
import { VisitChart } from '@/components/shared/VisitChart';
import { VisitOverview, readVisitBook, type VisitBook } from '@/components/shared/VisitOverview';
import { situationMessage } from '@/components/shared/situationLabels';
import './physician-summary.css';
import { localField } from '@/data/i18n/local-text';
import { signalLabelFromEnglish } from '@/data/i18n/signal-label-by-text';

/** Notes longer than this are cut in the summary, which must stay on one page. */
export const SUMMARY_NOTE_CHARS = 120;

const shorten = (text: string) => (text.length > SUMMARY_NOTE_CHARS ? `${text.slice(0, SUMMARY_NOTE_CHARS - 1).trimEnd()}…` : text);
const dimensionName = new Map(dimensions.map((d) => [d.id, d.name]));

function ProviderSummary({ provider, visits }: { provider: ProviderRecord; visits: readonly VisitRecord[] }) {
  const contact = [addressLine(provider.address), provider.phone, provider.url].filter(Boolean).join(' · ');
  const shortened = visits.some((v) => v.notes.length > SUMMARY_NOTE_CHARS || v.rangeOfMotion.length > SUMMARY_NOTE_CHARS);
  return (
    <section className="summary-provider" data-testid="summary-provider" data-provider={provider.id} aria-label={provider.name}>
      <h2>{provider.name}</h2>
      <p className="summary-contact">{contact}</p>
      <p>
        {t('summaryVerdict', t(kindLabel(provider.kind)))}
        {provider.evidenceSummary.length > 0 ? (
          <>
            {' '}
            — {t('summaryEvidence')}:{' '}
            {provider.evidenceSummary
              .map((e) => `${signalLabelFromEnglish(e.label, currentLanguage())} (${localField('dimension', e.dimension, 'name', dimensionName.get(e.dimension) ?? e.dimension, currentLanguage())}, ${t(e.side === 'clinical' ? 'sideClinical' : 'sideRecreational')})`)
              .join('; ')}
            .
          </>
        ) : (
          <> {t('summaryNoEvidence')}</>
        )}
      </p>
      <p>
        {t('detailCredentials')}: {provider.credentials.length > 0 ? provider.credentials.map((c) => c.text).join('; ') : t('detailNoCredentials')}
      </p>
      <div className="summary-record">
        <VisitChart visits={visits} providerName={provider.name} toggle={false} />
        <table className="summary-visits" data-testid="summary-visits">
          <caption>
            {t('summaryVisitsHeading')}: {provider.name}
          </caption>
          <colgroup>
            <col className="col-date" />
            <col className="col-pain" />
            <col className="col-pain" />
            <col className="col-motion" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('visitDate')}</th>
              <th scope="col">{t('chartPainBefore')}</th>
              <th scope="col">{t('chartPainAfter')}</th>
              <th scope="col">{t('visitRangeOfMotion')}</th>
              <th scope="col">{t('visitNotes')}</th>
            </tr>
          </thead>
          <tbody>
            {visits.map((v) => (
              <tr key={v.id}>
                <th scope="row">{formatDay(v.date)}</th>
                <td>{v.painBefore ?? '–'}</td>
                <td>{v.painAfter ?? '–'}</td>
                <td>{shorten(v.rangeOfMotion)}</td>
                <td>{shorten(v.notes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shortened && <p className="muted summary-small summary-notes-shortened">{t('summaryNotesShortened')}</p>}
    </section>
  );
}

/** What brought the patient, as chosen in the popup; "not sure" or no choice says so plainly. */
function SituationLine({ situation }: { situation: Situation | undefined }) {
  const chosen = situation && situation !== 'not-sure' ? situation : undefined;
  return (
    <p data-testid="summary-situation" data-situation={chosen ?? ''}>
      {chosen ? t('summarySituation', t(situationMessage[chosen])) : t('summarySituationNotStated')}
    </p>
  );
}

/** The visit logs and the patient's chosen situation, read together so the page appears whole. */
async function readSummary(dbName: string | undefined): Promise<{ book: VisitBook; situation: Situation | undefined }> {
  const [book, settings] = await Promise.all([
    readVisitBook(dbName),
    // Unreadable settings only cost the situation line, never the summary.
    loadSettings(browser.storage.local).catch(() => defaultSettings),
  ]);
  return { book, situation: settings.situation };
}

/**
 * One page for the patient's physician: the situation the patient chose, each provider they saw,
 * what its page showed (verdict, evidence, credentials), the chart and the visits. Read from the
 * shortlist and settings when the page opens; `providerId` narrows it to one provider.
 */
export function PhysicianSummary({ providerId, dbName }: { providerId?: string; dbName?: string }) {
  const [summary, setSummary] = useState<Awaited<ReturnType<typeof readSummary>> | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    readSummary(dbName).then(
      (s) => live && setSummary(s),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [dbName]);
  if (failed) return <main className="physician-summary"><p role="alert">{t('overviewReadFailed')}</p></main>;
  if (!summary) return null;
  const { book } = summary;
  const providers = providerId ? book.providers.filter((p) => p.id === providerId) : book.providers;
  return (
    // Several providers share the page: each one's chart and table sit side by side in print.
    <main className={`physician-summary${providers.length > 1 ? ' summary-several' : ''}`} data-testid="physician-summary">
      <div className="summary-head">
        <h1>{t('summaryTitle')}</h1>
        <button type="button" className="no-print" data-testid="summary-print" onClick={() => window.print()}>
          {t('summaryPrint')}
        </button>
      </div>
      <SituationLine situation={summary.situation} />
      <p className="summary-small">{t('summaryIntro')}</p>
      {providers.length === 0 ? (
        <p data-testid="summary-empty">{t('summaryNoVisits')}</p>
      ) : (
        <>
          {providers.length > 1 && (
            <section aria-labelledby="summary-overview-heading">
              <h2 id="summary-overview-heading">{t('overviewHeading')}</h2>
              <VisitOverview providers={providers} visitsByProvider={book.visitsByProvider} />
            </section>
          )}
          {providers.map((p) => (
            <ProviderSummary key={p.id} provider={p} visits={book.visitsByProvider.get(p.id) ?? []} />
          ))}
        </>
      )}
      <p className="summary-small summary-footer">{t('summaryPrinted', formatDay(localToday()))}</p>
    </main>
  );
}
