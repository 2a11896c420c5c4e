/**
 * What the patient's own scores say across providers, kept to arithmetic on those scores: which
 * provider's visits were followed by the largest lasting drop in the pain the patient arrived with.
 * It describes the patient's record, not what a treatment does; the wording is the component's.
 */

export interface TrendVisit {
  date: string;
  painBefore?: number;
  painAfter?: number;
}

export type ProviderTrend =
  | { providerId: string; status: 'no-visits'; visitCount: 0 }
  /** One visit, or several with fewer than two pain-before scores: nothing to compare over time. */
  | { providerId: string; status: 'too-few'; visitCount: number; sameDayDrop: number | undefined }
  | {
      providerId: string;
      status: 'compared';
      visitCount: number;
      /** The pain the patient arrived with at the first and at the latest visit that has a score. */
      first: { date: string; pain: number };
      latest: { date: string; pain: number };
      /** first.pain - latest.pain: positive when the patient arrived with less pain later on. */
      lastingDrop: number;
      /** The mean of (before - after) over visits with both scores: the relief on the day itself. */
      sameDayDrop: number | undefined;
    };

const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function meanSameDayDrop(visits: readonly TrendVisit[]): number | undefined {
  const drops = visits.filter((v) => v.painBefore !== undefined && v.painAfter !== undefined).map((v) => v.painBefore! - v.painAfter!);
  if (drops.length === 0) return undefined;
  return Math.round((drops.reduce((a, b) => a + b, 0) / drops.length) * 10) / 10;
}

/**
 * One provider's trend. "Lasting" compares the pain before the first scored visit with the pain
 * before the latest one: what the patient walks in with reflects what stayed after earlier visits,
 * while the score right after a visit only shows that day's relief.
 */
export function trendFor(providerId: string, visits: readonly TrendVisit[]): ProviderTrend {
  if (visits.length === 0) return { providerId, status: 'no-visits', visitCount: 0 };
  const scored = visits.filter((v) => v.painBefore !== undefined).sort(byDate);
  const sameDayDrop = meanSameDayDrop(visits);
  if (scored.length < 2) return { providerId, status: 'too-few', visitCount: visits.length, sameDayDrop };
  const first = scored[0]!;
  const latest = scored.at(-1)!;
  return {
    providerId,
    status: 'compared',
    visitCount: visits.length,
    first: { date: first.date, pain: first.painBefore! },
    latest: { date: latest.date, pain: latest.painBefore! },
    lastingDrop: first.painBefore! - latest.painBefore!,
    sameDayDrop,
  };
}

export interface TrendOverview {
  /** Every provider's trend: compared ones first, largest lasting drop first, then by visit count. */
  trends: ProviderTrend[];
  /** The providers sharing the largest lasting drop, when it is a drop (> 0); empty otherwise. */
  leaders: string[];
}

export function overviewOf(visitsByProvider: ReadonlyMap<string, readonly TrendVisit[]>): TrendOverview {
  const trends = [...visitsByProvider].map(([id, visits]) => trendFor(id, visits));
  const rank = (t: ProviderTrend) => (t.status === 'compared' ? 0 : t.status === 'too-few' ? 1 : 2);
  trends.sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (a.status === 'compared' && b.status === 'compared' && a.lastingDrop !== b.lastingDrop) return b.lastingDrop - a.lastingDrop;
    return b.visitCount - a.visitCount;
  });
  const compared = trends.filter((t) => t.status === 'compared');
  const best = compared[0]?.lastingDrop;
  const leaders = best !== undefined && best > 0 ? compared.filter((t) => t.lastingDrop === best).map((t) => t.providerId) : [];
  return { trends, leaders };
}
