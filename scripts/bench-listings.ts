// npm run bench:listings — the main-thread cost of chips on a directory's results page, in Chromium.
// Two scenarios, each in fresh pages, rounds alternating ours and the floor:
//  1. A results page of 50 listings (the Yelp fixture's cards, repeated with new names and links).
//     a. Step by step, classifying on the page's thread (an upper bound): one scan finds every card,
//        then batches of 20 are classified and drawn, each step a performance.measure.
//     b. As the extension runs it (the target's figure): only the chips script in the page, as the
//        extension injects it, the verdicts from a worker playing the background; each of the
//        page's tasks is timed. Target: at most 16 ms per task (one batch read, drawn or both).
//  2. Infinite scroll: 500 listings appended 20 at a time; after each append the real chips script
//     (startListingChips) rescans. A PerformanceObserver for 'longtask' watches the whole run,
//     including the debounced rescans the page's changes schedule; target: no task of ours over 50 ms.
//     Run twice: classifying on the page's thread (the upper bound), and in a worker as in 1b.
// The floor, in the same run, does the least any in-page marker does: find each name with one
// selector and put an empty element after it.
// Records medians and ratios in docs/benchmarks.md.
import { chromium, type Page } from 'playwright-core';
import { findBrowser } from '../tests/e2e/drivers/find-browser';
import { directories } from '../data/directories';
import { bundle, median, recordInBenchmarksDoc } from './bench/common';
import { RESULTS_URL, resultsPage } from './bench/results-page';

const ROUNDS = Number(process.env.KTK_BENCH_ROUNDS ?? 15);
const script = await bundle('scripts/bench/listings-entry.ts');
const pageScript = await bundle('scripts/bench/listings-page-entry.ts');
const yelp = directories.find((d) => d.id === 'yelp')!;
const adapter = { id: yelp.id, businessPath: yelp.businessPath, selectors: yelp.selectors };
const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});
const context = await browser.newContext();
let html = '';
await context.route('**/*', (route) =>
  route.request().url() === RESULTS_URL ? route.fulfill({ contentType: 'text/html', body: html }) : route.fulfill({ status: 204, body: '' }),
);
await context.addInitScript(() => {
  const w = window as unknown as { longTasks: { start: number; duration: number }[] };
  w.longTasks = [];
  new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({
    type: 'longtask',
    buffered: true,
  });
});

/** The results page with `count` cards and a bench bundle: the whole one, or only the chips code as the extension injects it. */
async function openResults(count: number, bundled = script): Promise<Page> {
  html = resultsPage(count);
  const page = await context.newPage();
  await page.goto(RESULTS_URL);
  await page.addScriptTag({ content: bundled });
  return page;
}

/** What scripts/bench/listings-entry.ts puts on the page. */
interface Bench {
  chipsInBatches(batchSize: number): BatchRun;
  floorInBatches(batchSize: number): BatchRun;
  infiniteScroll(total: number, step: number, template: Element, mode: ScrollMode, source: string): Promise<ScrollRun>;
}

/** What scripts/bench/listings-page-entry.ts puts on the page. */
interface PageBench {
  chipsAsInTheExtension(adapter: unknown, source: string): Promise<{ chips: number; tasks: number[] }>;
  infiniteScroll(adapter: unknown, total: number, step: number, template: Element, mode: ScrollMode, source: string): Promise<ScrollRun>;
}

type BatchRun = { cards: number; find: number; batches: number[]; draws: number[] };
type ScrollMode = 'ours' | 'ours-worker' | 'floor';
type ScrollRun = { chips: number; tasks: number[]; startedAt: number };
const fifty: Record<'ours' | 'floor', BatchRun[]> = { ours: [], floor: [] };
const fiftyInExtension: { chips: number; tasks: number[] }[] = [];
const scroll: Record<ScrollMode, (ScrollRun & { longTasks: number[] })[]> = { ours: [], 'ours-worker': [], floor: [] };

for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? (['floor', 'ours'] as const) : (['ours', 'floor'] as const);
  for (const mode of order) {
    const page = await openResults(50);
    fifty[mode].push(
      await page.evaluate((m) => {
        const bench = (globalThis as unknown as { kneadBench: Bench }).kneadBench;
        return m === 'ours' ? bench.chipsInBatches(20) : bench.floorInBatches(20);
      }, mode),
    );
    await page.close();
  }
  {
    const page = await openResults(50, pageScript);
    fiftyInExtension.push(
      await page.evaluate(
        ([a, source]) => (globalThis as unknown as { kneadBenchPage: PageBench }).kneadBenchPage.chipsAsInTheExtension(a, source),
        [adapter, script] as const,
      ),
    );
    await page.close();
  }
  for (const mode of [...order, 'ours-worker'] as const) {
    const page = await openResults(1, mode === 'ours-worker' ? pageScript : script);
    const run: ScrollRun = await page.evaluate(
      async ([m, source, a]) => {
        const template = document.querySelector('section[aria-label="All Results"] li')!;
        const w = globalThis as unknown as { kneadBench: Bench; kneadBenchPage: PageBench };
        return m === 'ours-worker'
          ? w.kneadBenchPage.infiniteScroll(a, 500, 20, template, m, source)
          : w.kneadBench.infiniteScroll(500, 20, template, m, source);
      },
      [mode, script, adapter] as const,
    );
    // Only the tasks from the first append on: loading the page, the bench's script and the worker are the harness's.
    const longTasks: number[] = await page.evaluate(
      (from) =>
        (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
          .filter((t) => t.start >= from)
          .map((t) => t.duration),
      run.startedAt,
    );
    scroll[mode].push({ ...run, longTasks });
    await page.close();
  }
}
await browser.close();

const ms = (n: number) => `${n.toFixed(2)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : '—');
const firstStretch = (r: BatchRun) => r.find + r.batches[0]!;
const longest = (values: number[]) => Math.max(0, ...values);
const row = (label: string, ours: number[], floor: number[]) => `| ${label} | ${ms(median(ours))} | ${ms(median(floor))} | ${ratio(median(ours), median(floor))} |`;

const oursFifty = fifty.ours;
const floorFifty = fifty.floor;
const allBatches = (runs: BatchRun[]) => runs.flatMap((r) => r.batches);
const worstFirst = longest(oursFifty.map(firstStretch));
const extensionLongest = fiftyInExtension.map((r) => longest(r.tasks));
const extensionScan = fiftyInExtension.map((r) => r.tasks[0] ?? 0);
const extensionDraws = fiftyInExtension.flatMap((r) => r.tasks.slice(1));
const floorLongest = floorFifty.map((r) => longest([r.find, ...r.batches]));
const scrollTasksOurs = scroll.ours.map((r) => longest(r.tasks));
const longTaskCount = scroll.ours.reduce((n, r) => n + r.longTasks.length, 0);
const floorLongTasks = scroll.floor.reduce((n, r) => n + r.longTasks.length, 0);
const chipsDrawn = [...new Set(scroll.ours.map((r) => r.chips))].join(', ');
const worker = scroll['ours-worker'];
const workerTasks = worker.map((r) => longest(r.tasks));
const workerLongTasks = worker.reduce((n, r) => n + r.longTasks.length, 0);
const workerChips = [...new Set(worker.map((r) => r.chips))].join(', ');

const report = `
Run on ${new Date().toISOString().slice(0, 10)}, ${ROUNDS} rounds, Chromium ${browser.version()} headless, this machine
(\`npm run bench:listings\`; \`KTK_BENCH_ROUNDS\` sets the rounds). Medians over rounds; the floor ran in the same rounds.

**50 listings** (${oursFifty[0]?.cards ?? 0} cards found; batches of 20):

| Step | Ours | Floor | Ours ÷ floor |
|---|---|---|---|
${row('scan (find every card)', oursFifty.map((r) => r.find), floorFifty.map((r) => r.find))}
${row('one batch: classify + draw 20 chips', allBatches(oursFifty), allBatches(floorFifty))}
${row('scan + first batch (the longest stretch)', oursFifty.map(firstStretch), floorFifty.map(firstStretch))}
${row("the page's own share per batch: draw 20 chips, with the style and layout they cause (classifying runs in the background)", oursFifty.flatMap((r) => r.draws), floorFifty.flatMap((r) => r.draws))}
${row("the page's own longest stretch: scan + first draw (with its style and layout)", oursFifty.map((r) => r.find + r.draws[0]!), floorFifty.map((r) => r.find + r.draws[0]!))}

Longest stretch in any round: ${ms(worstFirst)}.

**The same 50 listings as the extension runs them** (${[...new Set(fiftyInExtension.map((r) => r.chips))].join(', ')} chips drawn per round): the
real chips script, its verdicts from a worker playing the background, each of the page's tasks timed
(reading a batch of cards and sending it; drawing a batch's chips on its reply):

| Per round | Ours | Floor | Ours ÷ floor |
|---|---|---|---|
${row('the first task: reading the first batch', extensionScan, floorFifty.map((r) => r.find))}
${row('each task after it', extensionDraws, allBatches(floorFifty))}
${row("the page's longest task of ours", extensionLongest, floorLongest)}

Target: at most 16 ms of main-thread time per batch, read as the median round's longest task of
ours: ${ms(median(extensionLongest))} (${median(extensionLongest) <= 16 ? 'met' : 'missed'}); longest in any round: ${ms(longest(extensionLongest))}.

**500 listings appended by infinite scroll, 20 at a time** (${chipsDrawn} chips drawn per round):

| Per round | Ours | Floor | Ours ÷ floor |
|---|---|---|---|
${row('longest task of ours', scrollTasksOurs, scroll.floor.map((r) => longest(r.tasks)))}
${row('median task of ours', scroll.ours.map((r) => median(r.tasks)), scroll.floor.map((r) => median(r.tasks)))}

Long tasks (over 50 ms) seen by the PerformanceObserver from the first append on, in all rounds: ours ${longTaskCount}, floor ${floorLongTasks}
(target: none of ours: ${longTaskCount === 0 ? 'met' : 'missed'}). Longest task of ours in any round: ${ms(longest(scrollTasksOurs))}.

**The same, classifying in a worker as the extension's background does** (${workerChips} chips drawn per round;
each of the page's tasks timed, from a reply to the next request, the wait for the worker left out):

| Per round | Ours | Floor | Ours ÷ floor |
|---|---|---|---|
${row("the page's longest task", workerTasks, scroll.floor.map((r) => longest(r.tasks)))}
${row("the page's median task", worker.map((r) => median(r.tasks)), scroll.floor.map((r) => median(r.tasks)))}

Long tasks (over 50 ms) in all rounds: ours ${workerLongTasks}, floor ${floorLongTasks}
(target: none of ours: ${workerLongTasks === 0 ? 'met' : 'missed'}). Longest task of the page's in any round: ${ms(longest(workerTasks))}.
`;
console.log(report);
recordInBenchmarksDoc('bench-listings', report);
