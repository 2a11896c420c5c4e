/**
 * The arithmetic behind the visit chart: where each visit sits on a real-date axis, which ticks
 * to label, and which points a line may join. Pure, so the component only draws what this returns.
 */

/** What the chart needs of a visit (a VisitRecord has all of it). */
export interface ChartVisit {
  id: string;
  date: string;
  painBefore?: number;
  painAfter?: number;
  rangeOfMotion: string;
}

const PAIN_MIN = 0;
const PAIN_MAX = 10;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date (YYYY-MM-DD), the same wherever the reader is. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The calendar date (YYYY-MM-DD) of a day number. */
export function dayToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first angle the patient wrote in their range-of-motion note ("turn my head 60° left",
 * "45 degrees"), or undefined. The note is free text, so only an explicit angle is charted; a
 * note without one is a gap in the motion line, never a guess.
 */
export function degreesIn(text: string): number | undefined {
  const match = /(\d{1,3}(?:[.,]\d+)?)\s*(?:°|º|deg(?:rees?|s)?\b)/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  return value >= 0 && value <= 360 ? value : undefined;
}

/** Maps [d0, d1] onto [r0, r1]; a domain of one value maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

export type TickUnit = 'day' | 'week' | 'month' | 'year';

/**
 * Date ticks for the span from `first` to `last` (day numbers): whole days, Mondays, first days
 * of months or of years, with a step chosen so that there are at most `maxTicks` of them.
 */
export function dateTicks(first: number, last: number, maxTicks = 6): { unit: TickUnit; days: number[] } {
  const span = last - first;
  const candidates: { unit: TickUnit; step: number }[] = [
    { unit: 'day', step: 1 },
    { unit: 'day', step: 2 },
    { unit: 'week', step: 1 },
    { unit: 'week', step: 2 },
    { unit: 'month', step: 1 },
    { unit: 'month', step: 2 },
    { unit: 'month', step: 3 },
    { unit: 'month', step: 6 },
    { unit: 'year', step: 1 },
  ];
  for (const { unit, step } of candidates) {
    const days = ticksOf(unit, step, first, last);
    if (days.length <= maxTicks && (days.length >= 2 || span < 1 || unit === 'year')) return { unit, days };
  }
  // Decades of visits: years, thinned to fit.
  const years = ticksOf('year', 1, first, last);
  const stride = Math.ceil(years.length / maxTicks);
  return { unit: 'year', days: years.filter((_, i) => i % stride === 0) };
}

function ticksOf(unit: TickUnit, step: number, first: number, last: number): number[] {
  const days: number[] = [];
  if (unit === 'day' || unit === 'week') {
    // 1970-01-01 was a Thursday: day 4 was a Monday.
    const stride = unit === 'day' ? step : step * 7;
    const origin = unit === 'day' ? 0 : 4;
    for (let d = first + ((((origin - first) % stride) + stride) % stride); d <= last; d += stride) days.push(d);
    return days;
  }
  const start = new Date(first * DAY_MS);
  let year = start.getUTCFullYear();
  let month = unit === 'year' ? 0 : start.getUTCMonth();
  const months = unit === 'year' ? 12 * step : step;
  for (;;) {
    const day = Math.round(Date.UTC(year, month, 1) / DAY_MS);
    if (day > last) break;
    if (day >= first && (unit === 'year' || month % months === 0)) days.push(day);
    month += unit === 'year' ? months : 1;
    year += Math.floor(month / 12);
    month %= 12;
  }
  return days;
}

export interface ChartPoint {
  visitId: string;
  date: string;
  x: number;
  /** Undefined where the visit has no value for this series: a gap. */
  y: number | undefined;
  value: number | undefined;
}

/**
 * The runs of consecutive points that have a value. A line joins the points of one run only, so
 * a visit without a value leaves a gap instead of a line drawn across it; a run of one point is a
 * marker on its own.
 */
export function runsOf(points: readonly ChartPoint[]): ChartPoint[][] {
  const runs: ChartPoint[][] = [];
  let current: ChartPoint[] = [];
  for (const p of points) {
    if (p.y === undefined) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push(p);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** An SVG path through one run ("M x y L x y ..."), rounded to tenths for a stable, short path. */
export function pathOf(run: readonly ChartPoint[]): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return run.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)} ${r(p.y!)}`).join(' ');
}

export type SeriesKey = 'painBefore' | 'painAfter' | 'motion';

interface ChartSeries {
  id: SeriesKey;
  points: ChartPoint[];
  runs: ChartPoint[][];
}

export interface ChartPanel {
  /** Top and bottom of the plotting area, in chart units. */
  top: number;
  bottom: number;
  domain: [number, number];
  yTicks: { value: number; y: number }[];
  series: ChartSeries[];
}

export interface VisitChartLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  /** The visits in date order (the chart's table view shows the same rows). */
  visits: ChartVisit[];
  xTicks: { date: string; x: number; unit: TickUnit }[];
  pain: ChartPanel;
  /** Present only when at least one visit's note has an angle in it. */
  motion: ChartPanel | undefined;
  /** The first and last dates charted. */
  firstDate: string | undefined;
  lastDate: string | undefined;
}

export interface LayoutOptions {
  width?: number;
  painHeight?: number;
  motionHeight?: number;
  maxTicks?: number;
}

const MARGIN = { left: 34, right: 14, top: 16, gap: 34, bottom: 26 };

/** Rounds the top of the motion axis up to a multiple of 30° (a clinician's usual steps). */
function motionDomain(values: number[]): [number, number] {
  const max = Math.max(...values);
  return [0, Math.max(30, Math.ceil(max / 30) * 30)];
}

function panel(top: number, bottom: number, domain: [number, number], step: number, series: { id: SeriesKey; values: (number | undefined)[] }[], xs: number[], visits: ChartVisit[]): ChartPanel {
  const y = linearScale(domain, [bottom, top]);
  const yTicks: ChartPanel['yTicks'] = [];
  for (let v = domain[0]; v <= domain[1]; v += step) yTicks.push({ value: v, y: y(v) });
  return {
    top,
    bottom,
    domain,
    yTicks,
    series: series.map(({ id, values }) => {
      const points = visits.map((v, i) => ({ visitId: v.id, date: v.date, x: xs[i]!, value: values[i], y: values[i] === undefined ? undefined : y(values[i]!) }));
      return { id, points, runs: runsOf(points) };
    }),
  };
}

/**
 * Lays out a chart of one provider's visits: pain before and after on a 0-10 panel and, when the
 * notes give angles, range of motion on a second panel below, both over one real-date axis (two
 * visits a week apart sit closer than two a month apart). Visits on the same day keep their order.
 */
export function layoutVisitChart(input: readonly ChartVisit[], options: LayoutOptions = {}): VisitChartLayout {
  const width = options.width ?? 640;
  const painHeight = options.painHeight ?? 150;
  const motionHeight = options.motionHeight ?? 90;
  const visits = [...input].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const days = visits.map((v) => dayNumber(v.date));
  const first = days.length > 0 ? Math.min(...days) : 0;
  const last = days.length > 0 ? Math.max(...days) : 0;
  const x = linearScale([first, last], [left, right]);
  const xs = days.map(x);
  const ticks = days.length > 0 ? dateTicks(first, last, options.maxTicks) : { unit: 'day' as const, days: [] };
  const xTicks = ticks.days.map((d) => ({ date: dayToDate(d), x: x(d), unit: ticks.unit }));

  const painTop = MARGIN.top;
  const painBottom = painTop + painHeight;
  const pain = panel(
    painTop,
    painBottom,
    [PAIN_MIN, PAIN_MAX],
    2,
    [
      { id: 'painBefore', values: visits.map((v) => v.painBefore) },
      { id: 'painAfter', values: visits.map((v) => v.painAfter) },
    ],
    xs,
    visits,
  );
  const angles = visits.map((v) => degreesIn(v.rangeOfMotion));
  const measured = angles.filter((a): a is number => a !== undefined);
  let motion: ChartPanel | undefined;
  let height = painBottom + MARGIN.bottom;
  if (measured.length > 0) {
    const top = painBottom + MARGIN.gap;
    const domain = motionDomain(measured);
    motion = panel(top, top + motionHeight, domain, domain[1] / 3, [{ id: 'motion', values: angles }], xs, visits);
    height = top + motionHeight + MARGIN.bottom;
  }
  return { width, height, left, right, visits, xTicks, pain, motion, firstDate: visits[0]?.date, lastDate: visits.at(-1)?.date };
}
