import { useState } from 'react';
import { t } from '@/lib/extension/i18n';
import { openShortlist, type ProviderRecord, type VisitRecord } from '@/lib/shortlist';
import { overviewOf, type ProviderTrend } from '@/lib/shortlist/visit-trend';
import { formatDay } from '@/components/options/shortlistLabels';

/** Providers and their visits (date order), as the overview and the summary read them. */
export interface VisitBook {
  providers: ProviderRecord[];
  visitsByProvider: Map<string, VisitRecord[]>;
}

/** Every provider with at least one visit, and their visits, from one read of the shortlist. */
export async function readVisitBook(dbName?: string): Promise<VisitBook> {
  const shortlist = await openShortlist(dbName);
  try {
    const backup = await shortlist.exportBackup();
    const visitsByProvider = new Map<string, VisitRecord[]>();
    for (const v of [...backup.visits].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
      const list = visitsByProvider.get(v.providerId) ?? [];
      list.push(v);
      visitsByProvider.set(v.providerId, list);
    }
    return { providers: backup.providers.filter((p) => visitsByProvider.has(p.id)), visitsByProvider };
  } finally {
    shortlist.close();
  }
}

const signed = (n: number) => String(Math.round(Math.abs(n) * 10) / 10);

function sameDay(trend: ProviderTrend): string | undefined {
  if (trend.status === 'no-visits' || trend.sameDayDrop === undefined) return undefined;
  if (trend.sameDayDrop > 0) return t('overviewSameDayLower', signed(trend.sameDayDrop));
  if (trend.sameDayDrop < 0) return t('overviewSameDayHigher', signed(trend.sameDayDrop));
  return t('overviewSameDaySame');
}

function trendSentence(trend: ProviderTrend, name: string): string {
  if (trend.status === 'no-visits') return t('overviewNoVisits', name);
  if (trend.status === 'too-few') return t('overviewTooFew', [name, String(trend.visitCount)]);
  return t('overviewCompared', [
    name,
    String(trend.first.pain),
    formatDay(trend.first.date),
    String(trend.latest.pain),
    formatDay(trend.latest.date),
    String(trend.visitCount),
  ]);
}

/**
 * Which provider's visits were followed by the largest lasting drop in the pain the patient
 * arrived with, in the patient's own scores and worded as such: a record, never a medical claim.
 */
export function VisitOverview({ providers, visitsByProvider }: { providers: readonly ProviderRecord[]; visitsByProvider: ReadonlyMap<string, readonly VisitRecord[]> }) {
  const names = new Map(providers.map((p) => [p.id, p.name]));
  const { trends, leaders } = overviewOf(new Map(providers.map((p) => [p.id, visitsByProvider.get(p.id) ?? []])));
  if (trends.length === 0) return <p data-testid="overview-nothing">{t('overviewNothing')}</p>;
  return (
    <div className="visit-overview" data-testid="visit-overview">
      <p data-testid="overview-leader">
        <strong>{leaders.length > 0 ? t('overviewLeader', leaders.map((id) => names.get(id) ?? id).join(', ')) : t('overviewNoLeader')}</strong>
      </p>
      <ul>
        {trends.map((trend) => (
          <li key={trend.providerId} data-provider={trend.providerId} data-status={trend.status}>
            {[trendSentence(trend, names.get(trend.providerId) ?? trend.providerId), sameDay(trend)].filter(Boolean).join(' ')}
          </li>
        ))}
      </ul>
      <p className="muted">{t('overviewCaution')}</p>
    </div>
  );
}

/** The options page's overview: read when the patient opens it, so it always shows the latest visits. */
export function VisitOverviewSection({ dbName }: { dbName?: string }) {
  const [book, setBook] = useState<VisitBook | undefined>();
  const [failed, setFailed] = useState(false);
  const load = () => {
    setFailed(false);
    readVisitBook(dbName).then(setBook, () => setFailed(true));
  };
  return (
    <details
      className="card overview-section"
      data-testid="overview-section"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) load();
      }}
    >
      <summary>
        <h2>{t('overviewHeading')}</h2>
      </summary>
      {failed && <p role="alert">{t('overviewReadFailed')}</p>}
      {!book && !failed && <p className="muted">{t('overviewLoading')}</p>}
      {book && <VisitOverview providers={book.providers} visitsByProvider={book.visitsByProvider} />}
      <p>
        <a href="/print.html?summary" target="_blank" rel="noopener" data-testid="open-summary">
          {t('summaryOpen')}
        </a>{' '}
        <span className="muted">{t('summaryOpenHelp')}</span>
      </p>
    </details>
  );
}
