import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VisitChart } from '@/components/shared/VisitChart';
import { visitRecord } from '../support/providers';

const P = 'https://cedar.example/';
const visits = [
  visitRecord(P, '2025-01-06', { painBefore: 8, painAfter: 5, rangeOfMotion: 'head 40° left' }),
  visitRecord(P, '2025-01-13', { painBefore: 7, rangeOfMotion: 'stiff, no angle' }),
  visitRecord(P, '2025-02-10', { painBefore: 4, painAfter: 2, rangeOfMotion: '70°' }),
];

const svg = () => screen.getByTestId('chart-svg');
const series = (key: string) => svg().querySelector(`[data-series="${key}"]`)!;

describe('VisitChart', () => {
  it('says there is nothing to chart when there are no visits', () => {
    render(<VisitChart visits={[]} providerName="Cedar" />);
    expect(screen.getByTestId('visit-chart-empty').textContent).toMatch(/No visits to chart yet/);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('is an image named by its <title> and described by its <desc>, numbers included', () => {
    render(<VisitChart visits={visits} providerName="Cedar Medical Massage" />);
    const image = screen.getByRole('img');
    const [titleId, descId] = image.getAttribute('aria-labelledby')!.split(' ');
    expect(image.querySelector('title')!.id).toBe(titleId);
    expect(image.querySelector('desc')!.id).toBe(descId);
    expect(image.querySelector('title')!.textContent).toBe('Your pain and range of motion at visits with Cedar Medical Massage');
    const desc = image.querySelector('desc')!.textContent!;
    expect(desc).toMatch(/^3 visits from Jan 6, 2025 to Feb 10, 2025/);
    expect(desc).toContain('Pain before: 8 on Jan 6, 2025, 4 on Feb 10, 2025.');
    expect(desc).toContain('Range of motion (°): 40° on Jan 6, 2025, 70° on Feb 10, 2025.');
  });

  it('draws a gap, not a line, across a visit without a score', () => {
    render(<VisitChart visits={visits} providerName="Cedar" />);
    // Pain before has all three scores: one line through three markers.
    expect(series('painBefore').querySelectorAll('path.line')).toHaveLength(1);
    expect(series('painBefore').querySelectorAll('.marker')).toHaveLength(3);
    // Pain after is missing on Jan 13, motion has no angle that day: two lone markers each.
    for (const key of ['painAfter', 'motion']) {
      expect(series(key).getAttribute('data-runs')).toBe('2');
      expect(series(key).querySelectorAll('path.line')).toHaveLength(0);
      expect(series(key).querySelectorAll('.marker')).toHaveLength(2);
    }
  });

  it('draws a single visit as markers only, in the middle', () => {
    render(<VisitChart visits={[visitRecord(P, '2025-03-03', { painBefore: 6, painAfter: 2 })]} providerName="Cedar" />);
    expect(svg().querySelectorAll('path.line')).toHaveLength(0);
    const marker = series('painBefore').querySelector('circle')!;
    const [, , width] = svg().getAttribute('viewBox')!.split(' ').map(Number);
    expect(Number(marker.getAttribute('cx'))).toBeCloseTo((34 + width! - 14) / 2);
    expect(svg().querySelector('desc')!.textContent).toMatch(/^One visit, on Mar 3, 2025\./);
    // No angle in the note: no motion panel, and the legend does not offer one.
    expect(svg().querySelector('[data-series="motion"]')).toBeNull();
    expect(screen.getByText('Pain after', { selector: '.legend-item' })).toBeTruthy();
    expect(screen.queryByText(/Range of motion/, { selector: '.legend-item' })).toBeNull();
  });

  it('labels the date axis with real dates', () => {
    render(<VisitChart visits={visits} providerName="Cedar" />);
    const dates = [...svg().querySelectorAll('.x-ticks text')].map((t) => t.getAttribute('data-date'));
    // Every Monday from Jan 6 to Feb 10 (six fit); the gaps between them are equal, like the weeks.
    expect(dates).toEqual(['2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27', '2025-02-03', '2025-02-10']);
    const xs = [...svg().querySelectorAll('.x-ticks text')].map((t) => Number(t.getAttribute('x')));
    const steps = xs.slice(1).map((x, i) => x - xs[i]!);
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!);
  });

  it('shows the same numbers as a table, one keypress on a real button away, and back', async () => {
    const user = userEvent.setup();
    render(<VisitChart visits={[...visits].reverse()} providerName="Cedar" />);
    const toggle = screen.getByRole('button', { name: 'Show the numbers as a table' });
    await user.tab();
    expect(document.activeElement).toBe(toggle);
    await user.keyboard('{Enter}');
    const table = screen.getByRole('table', { name: 'Scores at visits with Cedar' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Jan 6, 2025', '8', '5', '40°'],
      ['Jan 13, 2025', '7', '–not recorded', '–not recorded'],
      ['Feb 10, 2025', '4', '2', '70°'],
    ]);
    expect(screen.queryByRole('img')).toBeNull();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('img')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show the numbers as a table' }));
  });

  it('has no toggle where the summary prints its own table', () => {
    render(<VisitChart visits={visits} providerName="Cedar" toggle={false} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('VisitChart colours (dark mode and greyscale print)', () => {
  const css = readFileSync(path.resolve(import.meta.dirname, '../../components/shared/visit-chart.css'), 'utf8');
  const block = (start: number) => {
    const open = css.indexOf('{', start);
    let depth = 0;
    for (let i = open; i < css.length; i++) {
      if (css[i] === '{') depth++;
      if (css[i] === '}' && --depth === 0) return css.slice(open, i + 1);
    }
    return '';
  };
  const vars = (text: string) => Object.fromEntries([...text.matchAll(/(--chart-[a-z]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
  const chartRoots = [...css.matchAll(/:root \{[^}]*--chart-before/g)].map((m) => vars(block(m.index!)));
  const darkBlocks = [...css.matchAll(/@media \(prefers-color-scheme: dark\)/g)].map((m) => vars(block(m.index!))).filter((v) => '--chart-before' in v);
  const printBlocks = [...css.matchAll(/@media print/g)].map((m) => vars(block(m.index!))).filter((v) => '--chart-before' in v);

  it('gives every series its own colour in light and in dark mode', () => {
    // The first :root block is the light one; the dark and print ones sit inside their media queries.
    expect(chartRoots).toHaveLength(3);
    expect(darkBlocks).toHaveLength(1);
    const light = chartRoots[0]!;
    const dark = darkBlocks[0]!;
    const keys = ['--chart-before', '--chart-after', '--chart-motion'];
    for (const scheme of [light, dark]) expect(new Set(keys.map((k) => scheme[k])).size).toBe(3);
    // Dark mode changes every colour (a dark blue on a dark page would vanish).
    for (const k of keys) expect(dark[k]).not.toBe(light[k]);
  });

  it('tells series apart without colour: print is black, shapes and dashes differ', () => {
    expect(printBlocks[0]).toMatchObject({ '--chart-before': '#000', '--chart-after': '#000', '--chart-motion': '#000' });
    const dash = (key: string) => /\.series-(\w+) \.line \{ stroke-dasharray: ([^;]+);/g.exec(css.slice(css.indexOf(`.series-${key} .line`)))?.[2];
    expect(dash('painBefore')).toBeUndefined();
    expect(dash('painAfter')).toBe('6 4');
    expect(dash('motion')).toBe('2 3');
    render(<VisitChart visits={visits} providerName="Cedar" />);
    const shape = (key: string) => series(key).querySelector('.marker')!.tagName.toLowerCase();
    expect(new Set([shape('painBefore'), shape('painAfter'), shape('motion')])).toEqual(new Set(['circle', 'rect', 'path']));
    // Colours come from the stylesheet only, so the scheme and print rules decide them.
    expect(svg().outerHTML).not.toMatch(/(?:fill|stroke)="#/);
  });
});
