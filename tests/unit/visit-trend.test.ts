import { describe, expect, it } from 'vitest';
import { overviewOf, trendFor } from '@/lib/shortlist/visit-trend';

describe('trendFor', () => {
  it('compares the pain the patient arrived with at the first and latest scored visits', () => {
    const trend = trendFor('a', [
      { date: '2025-03-01', painBefore: 4, painAfter: 2 },
      { date: '2025-01-01', painBefore: 8, painAfter: 5 },
      { date: '2025-02-01', painAfter: 3 },
    ]);
    expect(trend).toMatchObject({ status: 'compared', visitCount: 3, first: { date: '2025-01-01', pain: 8 }, latest: { date: '2025-03-01', pain: 4 }, lastingDrop: 4 });
    // (8-5) and (4-2): a mean same-day relief of 2.5; the visit without a before score is left out.
    expect(trend.status === 'compared' && trend.sameDayDrop).toBe(2.5);
  });
  it('says there is nothing to compare for 0 or 1 visits', () => {
    expect(trendFor('a', [])).toEqual({ providerId: 'a', status: 'no-visits', visitCount: 0 });
    expect(trendFor('a', [{ date: '2025-01-01', painBefore: 7, painAfter: 4 }])).toEqual({ providerId: 'a', status: 'too-few', visitCount: 1, sameDayDrop: 3 });
    expect(trendFor('a', [{ date: '2025-01-01' }, { date: '2025-01-02', painBefore: 3 }])).toMatchObject({ status: 'too-few', sameDayDrop: undefined });
  });
  it('reports a rise as a negative drop', () => {
    expect(trendFor('a', [{ date: '2025-01-01', painBefore: 3 }, { date: '2025-01-08', painBefore: 6 }])).toMatchObject({ lastingDrop: -3 });
  });
});

describe('overviewOf', () => {
  it('names the provider with the largest lasting drop first, and ties together', () => {
    const { trends, leaders } = overviewOf(
      new Map([
        ['small', [{ date: '2025-01-01', painBefore: 6 }, { date: '2025-02-01', painBefore: 5 }]],
        ['none', []],
        ['big', [{ date: '2025-01-01', painBefore: 8 }, { date: '2025-02-01', painBefore: 3 }]],
        ['one', [{ date: '2025-01-01', painBefore: 9, painAfter: 1 }]],
        ['tie', [{ date: '2025-01-05', painBefore: 7 }, { date: '2025-03-01', painBefore: 2 }, { date: '2025-03-02' }]],
      ]),
    );
    expect(trends.map((t) => t.providerId)).toEqual(['tie', 'big', 'small', 'one', 'none']);
    expect(leaders.sort()).toEqual(['big', 'tie']);
  });
  it('names no one when no provider shows a drop', () => {
    const { leaders } = overviewOf(
      new Map([
        ['flat', [{ date: '2025-01-01', painBefore: 5 }, { date: '2025-02-01', painBefore: 5 }]],
        ['one', [{ date: '2025-01-01', painBefore: 9 }]],
      ]),
    );
    expect(leaders).toEqual([]);
  });
});
