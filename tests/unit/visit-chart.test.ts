import { describe, expect, it } from 'vitest';
import { dateTicks, dayNumber, dayToDate, degreesIn, layoutVisitChart, linearScale, pathOf, runsOf, type ChartVisit } from '@/lib/shortlist/visit-chart';

let n = 0;
const visit = (date: string, painBefore?: number, painAfter?: number, rangeOfMotion = ''): ChartVisit => ({
  id: `v${++n}`,
  date,
  painBefore,
  painAfter,
  rangeOfMotion,
});

describe('dates', () => {
  it('counts calendar days, whatever the time zone', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2025-03-01') - dayNumber('2025-02-28')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2); // a leap year
    expect(dayToDate(dayNumber('2025-12-31'))).toBe('2025-12-31');
  });
});

describe('degreesIn', () => {
  it('reads the first angle the patient wrote', () => {
    expect(degreesIn('Can turn my head 60° to the left')).toBe(60);
    expect(degreesIn('shoulder 45 degrees, then 90°')).toBe(45);
    expect(degreesIn('about 70 deg')).toBe(70);
    expect(degreesIn('12.5°')).toBe(12.5);
  });
  it('charts nothing from a note without an angle', () => {
    expect(degreesIn('much better, 3 stretches a day')).toBeUndefined();
    expect(degreesIn('')).toBeUndefined();
    expect(degreesIn('400°')).toBeUndefined();
    expect(degreesIn('degreesless')).toBeUndefined();
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, inverted when asked', () => {
    const y = linearScale([0, 10], [100, 0]);
    expect(y(0)).toBe(100);
    expect(y(10)).toBe(0);
    expect(y(7)).toBeCloseTo(30);
  });
  it('puts a one-value domain in the middle', () => {
    expect(linearScale([5, 5], [20, 220])(5)).toBe(120);
  });
});

describe('dateTicks', () => {
  it('labels days for a short span and stays within the limit', () => {
    const { unit, days } = dateTicks(dayNumber('2025-01-01'), dayNumber('2025-01-05'), 6);
    expect(unit).toBe('day');
    expect(days.map(dayToDate)).toEqual(['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05']);
  });
  it('labels Mondays for a span of weeks', () => {
    const { unit, days } = dateTicks(dayNumber('2025-01-01'), dayNumber('2025-02-10'), 6);
    expect(unit).toBe('week');
    expect(days.length).toBeLessThanOrEqual(6);
    for (const d of days) expect(new Date(`${dayToDate(d)}T00:00:00Z`).getUTCDay()).toBe(1);
  });
  it('labels first days of months for a span of months', () => {
    const { unit, days } = dateTicks(dayNumber('2025-01-10'), dayNumber('2025-06-20'), 6);
    expect(unit).toBe('month');
    expect(days.map(dayToDate)).toEqual(['2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01']);
  });
  it('labels years for a long span, never more than asked', () => {
    const { unit, days } = dateTicks(dayNumber('2001-05-01'), dayNumber('2025-05-01'), 6);
    expect(unit).toBe('year');
    expect(days.length).toBeLessThanOrEqual(6);
    expect(days.every((d) => dayToDate(d).endsWith('-01-01'))).toBe(true);
  });
});

describe('runsOf and pathOf', () => {
  const pt = (x: number, y: number | undefined) => ({ visitId: `p${x}`, date: '2025-01-01', x, y, value: y });
  it('breaks the line at a missing value instead of drawing across it', () => {
    const runs = runsOf([pt(1, 5), pt(2, 4), pt(3, undefined), pt(4, 3), pt(5, undefined), pt(6, 2)]);
    expect(runs.map((r) => r.map((p) => p.x))).toEqual([[1, 2], [4], [6]]);
    expect(pathOf(runs[0]!)).toBe('M1 5 L2 4');
  });
  it('has no runs when nothing was scored', () => {
    expect(runsOf([pt(1, undefined)])).toEqual([]);
  });
});

describe('layoutVisitChart', () => {
  it('spaces visits by their real dates, not by their order', () => {
    const layout = layoutVisitChart([visit('2025-01-01', 8, 5), visit('2025-01-02', 7, 4), visit('2025-01-31', 5, 3)], { width: 400 });
    const xs = layout.pain.series[0]!.points.map((p) => p.x);
    expect(xs[0]).toBe(layout.left);
    expect(xs[2]).toBe(layout.right);
    // One day after the first visit is 1/30 of the way across, not half way.
    expect((xs[1]! - xs[0]!) / (xs[2]! - xs[0]!)).toBeCloseTo(1 / 30);
  });

  it('sorts visits by date and puts higher pain higher on the chart', () => {
    const layout = layoutVisitChart([visit('2025-02-01', 2), visit('2025-01-01', 9)]);
    expect(layout.visits.map((v) => v.date)).toEqual(['2025-01-01', '2025-02-01']);
    const [early, late] = layout.pain.series[0]!.points;
    expect(early!.y!).toBeLessThan(late!.y!);
    expect(layout.pain.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('leaves gaps where a score is missing', () => {
    const layout = layoutVisitChart([visit('2025-01-01', 8, 5), visit('2025-01-08', 7), visit('2025-01-15', 6, 3)]);
    const [before, after] = layout.pain.series;
    expect(before!.runs).toHaveLength(1);
    expect(after!.runs.map((r) => r.length)).toEqual([1, 1]);
  });

  it('adds a motion panel only when a note gives an angle, on a scale in 30° steps', () => {
    expect(layoutVisitChart([visit('2025-01-01', 5, 3, 'stiff')]).motion).toBeUndefined();
    const layout = layoutVisitChart([visit('2025-01-01', 5, 3, 'head 40°'), visit('2025-01-10', 4, 2, 'no angle today'), visit('2025-01-20', 3, 2, '75°')]);
    expect(layout.motion?.domain).toEqual([0, 90]);
    expect(layout.motion!.series[0]!.runs.map((r) => r.map((p) => p.value))).toEqual([[40], [75]]);
    expect(layout.motion!.top).toBeGreaterThan(layout.pain.bottom);
    expect(layout.height).toBeGreaterThan(layout.motion!.bottom);
  });

  it('centres a single visit and draws no line', () => {
    const layout = layoutVisitChart([visit('2025-03-03', 6, 2)], { width: 300 });
    const p = layout.pain.series[0]!.points[0]!;
    expect(p.x).toBe((layout.left + layout.right) / 2);
    expect(layout.pain.series[0]!.runs).toEqual([[p]]);
    expect(layout.firstDate).toBe('2025-03-03');
    expect(layout.lastDate).toBe('2025-03-03');
  });

  it('lays out no visits without failing', () => {
    const layout = layoutVisitChart([]);
    expect(layout.visits).toEqual([]);
    expect(layout.xTicks).toEqual([]);
    expect(layout.firstDate).toBeUndefined();
  });
});
