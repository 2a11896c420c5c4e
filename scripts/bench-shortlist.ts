// npm run bench:shortlist — the options page's shortlist with 10,000 providers and 50,000 visits,
// in real Chromium with the built extension (needs `npm run build`). Seeds the extension's
// IndexedDB through the page's own backup import, then measures, from the page's User Timing
// entries: opening the options page to the first rows on screen, each search keystroke from the
// input event to the rows updated, and the two exports. Prints medians and records them in
// docs/benchmarks.md. A benchmark, not a test: run it on purpose, on a quiet machine.
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/drivers/chromium';
import type { PageHandle } from '../tests/e2e/drivers/types';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { median, recordInBenchmarksDoc, root } from './bench/common';
import { benchBackup } from './bench/shortlist-data';
import { SHORTLIST_TIMING } from '@/lib/extension/timing';

const PROVIDERS = 10_000;
const VISITS_PER_PROVIDER = 5;
const OPENS = 15;
const EXPORTS = 5;
const WORDS = ['cedar', 'medical 12', 'tacoma', 'sciatica'];

const ms = (n: number) => `${n.toFixed(1)} ms`;
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function until<T>(page: PageHandle, read: () => Promise<T | undefined>, what: string, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How many entries of a User Timing name the page has, and the last one's startTime and duration. */
const lastEntry = (page: PageHandle, name: string) =>
  page.evaluate((n) => {
    const list = performance.getEntriesByName(n);
    const last = list.at(-1);
    return { count: list.length, startTime: last?.startTime, duration: last?.duration };
  }, name);

const loadAtStart = loadavg()[0]!;
const backup = benchBackup(PROVIDERS, VISITS_PER_PROVIDER);
const backupText = JSON.stringify(backup);
console.log(`Seed: ${backup.providers.length} providers, ${backup.visits.length} visits, ${(backupText.length / 1024 / 1024).toFixed(1)} MB of JSON`);

const server = await startFixtureServer();
const ext = await launchChromium({ extensionDir: path.join(root, '.output', 'chrome-mv3'), httpPort: server.httpPort, httpsPort: server.httpsPort });
let markdown: string;
try {
  // Seed through the page's import (whole-file validation, one transaction).
  const seedPage = await ext.openExtensionPage('options.html', '[data-testid="import-file"]');
  const importStart = Date.now();
  await seedPage.upload('[data-testid="import-file"]', 'bench-backup.json', backupText);
  // The import first shows what it will change; confirmed, it writes.
  await until(seedPage, () => seedPage.evaluate(() => document.querySelector('[data-testid="import-confirm"], [data-testid="import-problems"]')?.textContent ?? undefined, null), 'the preview');
  await seedPage.click('[data-testid="import-confirm"]');
  const imported = await until(
    seedPage,
    () => seedPage.evaluate(() => document.querySelector('[data-testid="import-result"], [data-testid="import-problems"]')?.textContent ?? undefined, null),
    'the import',
  );
  const importSeconds = (Date.now() - importStart) / 1000;
  if (!imported.includes(`added ${backup.providers.length + backup.visits.length}`)) throw new Error(`import did not add everything: ${imported}`);
  console.log(`Imported in ${importSeconds.toFixed(1)} s: ${imported}`);
  await seedPage.close();

  // 1. Opening the options page to the first rows on screen.
  const opens: number[] = [];
  let domRows = 0;
  for (let i = 0; i < OPENS; i++) {
    const page = await ext.openExtensionPage('options.html', 'main');
    const mark = await until(page, async () => (await lastEntry(page, SHORTLIST_TIMING.firstRows)).startTime, 'the first rows');
    opens.push(mark);
    // The first rows come from the most recent providers; wait for the whole list before closing.
    await until(page, async () => ((await page.text('[data-testid="shortlist-count"]')).includes(`of ${PROVIDERS.toLocaleString('en-US')}`) ? true : undefined), 'the whole list');
    domRows = await page.evaluate(() => document.querySelectorAll('tr.row').length, null);
    await page.close();
  }
  console.log(`open → first rows: median ${ms(median(opens))} (${domRows} rows in the DOM of ${PROVIDERS})`);

  // 2. Each search keystroke: type words letter by letter, then delete them letter by letter.
  const page = await ext.openExtensionPage('options.html', '[data-testid="shortlist-search"]');
  await until(page, async () => ((await page.text('[data-testid="shortlist-count"]')).includes(`of ${PROVIDERS.toLocaleString('en-US')}`) ? true : undefined), 'the whole list');
  const toRows: number[] = [];
  const toLayout: number[] = [];
  const typed: string[] = [];
  for (const word of WORDS) {
    for (let n = 1; n <= word.length; n++) typed.push(word.slice(0, n));
    for (let n = word.length - 1; n >= 0; n--) typed.push(word.slice(0, n));
  }
  for (const value of typed) {
    const result = await page.evaluate(async (text) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="shortlist-search"]')!;
      const before = performance.getEntriesByName('shortlist-filter').length;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const t0 = performance.now();
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // React commits a discrete update at once or in a microtask; poll microtasks, then tasks.
      for (let i = 0; performance.getEntriesByName('shortlist-filter').length === before; i++) {
        await (i < 1000 ? Promise.resolve() : new Promise((r) => setTimeout(r, 0)));
      }
      const entry = performance.getEntriesByName('shortlist-filter').at(-1)!;
      // Style and layout of the new rows, which the browser does before it paints them.
      document.querySelector('[data-testid="shortlist-scroll"]')!.getBoundingClientRect();
      void document.body.offsetHeight;
      const t1 = performance.now();
      return { rows: entry.duration, layout: t1 - t0 };
    }, value);
    toRows.push(result.rows);
    toLayout.push(result.layout);
  }
  console.log(
    `keystroke → rows in the DOM: median ${ms(median(toRows))}, 95th ${ms(pct(toRows, 0.95))}, max ${ms(Math.max(...toRows))}; ` +
      `→ laid out: median ${ms(median(toLayout))}, 95th ${ms(pct(toLayout, 0.95))}, max ${ms(Math.max(...toLayout))} (${typed.length} keystrokes)`,
  );

  // 3. Exports, with the browser's download cancelled (the file is made, then not saved).
  await page.evaluate(() => {
    document.addEventListener('click', (e) => (e.target as Element).closest?.('a[download]') && e.preventDefault(), true);
  }, null);
  const exportTimes: Record<'json' | 'csv', number[]> = { json: [], csv: [] };
  for (let i = 0; i < EXPORTS; i++) {
    for (const kind of ['json', 'csv'] as const) {
      const name = `shortlist-export-${kind}`;
      const before = (await lastEntry(page, name)).count;
      await page.click(`[data-testid="export-${kind}"]`);
      exportTimes[kind].push(await until(page, async () => ((e) => (e.count > before ? e.duration : undefined))(await lastEntry(page, name)), name));
    }
  }
  const json = median(exportTimes.json);
  const csv = median(exportTimes.csv);
  console.log(`export: JSON backup median ${ms(json)}, CSV median ${ms(csv)}`);
  await page.close();

  const verdict = (value: number, target: number) => (value <= target ? 'within' : 'over');
  markdown = `Run on ${new Date().toISOString().slice(0, 10)}, headless Chromium, built extension, ${cpus().length} cores with a load average of ${loadAtStart.toFixed(1)} at the start (figures move by tens of percent between runs on a busy machine); ${PROVIDERS.toLocaleString('en-US')} providers and ${backup.visits.length.toLocaleString('en-US')} visits (${(backupText.length / 1024 / 1024).toFixed(1)} MB backup, seeded through the page's import in ${importSeconds.toFixed(1)} s).

| measure | runs | median | 95th percentile | slowest | target |
| --- | --- | --- | --- | --- | --- |
| options page open → first rows on screen | ${OPENS} | ${ms(median(opens))} | ${ms(pct(opens, 0.95))} | ${ms(Math.max(...opens))} | 200 ms (${verdict(median(opens), 200)}) |
| search keystroke → rows in the DOM | ${typed.length} | ${ms(median(toRows))} | ${ms(pct(toRows, 0.95))} | ${ms(Math.max(...toRows))} | 16 ms (${verdict(median(toRows), 16)}) |
| search keystroke → rows laid out | ${typed.length} | ${ms(median(toLayout))} | ${ms(pct(toLayout, 0.95))} | ${ms(Math.max(...toLayout))} | 16 ms (${verdict(median(toLayout), 16)}) |
| export: JSON backup (exportBackup + stringify) | ${EXPORTS} | ${ms(json)} | | ${ms(Math.max(...exportTimes.json))} | |
| export: CSV (the list on screen, sorted + providersToCsv) | ${EXPORTS} | ${ms(csv)} | | ${ms(Math.max(...exportTimes.csv))} | |
| export: both | | ${ms(json + csv)} | | | 1 s (${verdict(json + csv, 1000)}) |

The table keeps ${domRows} rows in the DOM (the rows in view and 8 either side), whatever the list's length.`;
} finally {
  await ext.close();
  await server.close();
}
console.log(markdown);
recordInBenchmarksDoc('bench-shortlist', markdown);
