import { detectionSchema } from '../../lib/detect/schema';
import type { ExtensionBrowser, PageHandle } from './drivers/types';
import { expect, test } from './fixtures';
import { fuzzPage, fuzzUrl } from './fuzz-pages';

// 1,000 generated hostile pages (deep nesting, huge headings and attributes, clobbering names,
// broken JSON-LD, zero-width text, over-long titles) through the content script in Chromium. Each
// page carries clinic or spa text, so each must get a verdict: a content script that threw, hung or
// produced a verdict its own schema refuses (the background drops those) leaves none.
// FUZZ_PAGES and FUZZ_FIRST_SEED replay a smaller or another range; FUZZ_VERBOSE prints each page.
//
// How pages reach the content script, so that 1,000 of them take about two minutes rather than six:
// each tab loads its first page (and every RELOAD_EVERY-th) by a real navigation, and moves to the
// next ones as a directory site does, in place: the page's DOM is replaced by the next generated
// page (parsed by DOMParser, so nothing in it runs, as the extension never runs a page's scripts
// either) and the address changes with history.pushState. That is the content script's own path
// for single-page sites (lib/page/watch.ts: the Navigation API's `navigate`, then the gate, the
// snapshot and the message after RECHECK_DELAYS_MS), with the same isolated world, the same named
// elements clobbering `window.browser`, and the same background classification per tab address.
// page.setContent would not do: it rewrites the document without a navigation, so nothing tells
// the content script to look again.
const PAGES = Number(process.env.FUZZ_PAGES ?? 1000);
const FIRST_SEED = Number(process.env.FUZZ_FIRST_SEED ?? 1);
const TABS_AT_ONCE = Number(process.env.FUZZ_TABS ?? 2);
const RELOAD_EVERY = 50;
/** A long task of ours: the limit. */
const LONG_TASK_MS = 50;
const VERDICT_WAIT_MS = 15_000;
/** How many times a page with a long task among the tabs is loaded again alone. */
const ALONE_LOADS = 3;

interface Outcome {
  seed: number;
  verdict?: unknown;
  longTasks: number[];
  problem?: string;
}

async function verdictFor(ext: ExtensionBrowser, url: string): Promise<unknown> {
  return ext.inExtension(async (wanted) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const tab = ((await api.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url === wanted);
    if (!tab) return null;
    const detection = (await api.runtime.sendMessage({ type: 'get-tab-detection', tabId: tab.id })).detection;
    // The tab's verdict is this page's once the background has classified it at this address.
    return detection?.url === wanted ? detection : null;
  }, url);
}

async function waitForVerdict(ext: ExtensionBrowser, url: string): Promise<unknown> {
  const deadline = Date.now() + VERDICT_WAIT_MS;
  for (;;) {
    const verdict = await verdictFor(ext, url);
    if (verdict || Date.now() > deadline) return verdict;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Replaces the page with the next one and changes the address, as a single-page site does. Layout
 * of the new page is forced here, in this task, so it is not counted as ours; returns the time
 * from which a long task is the content script's (see LONG_TASK_PROBE in fuzz-pages.ts).
 */
function moveInPlace(page: PageHandle, html: string, url: string): Promise<number> {
  return page.evaluate(
    async ({ html, url }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.documentElement.replaceChildren(document.adoptNode(next.head), document.adoptNode(next.body));
      void document.body.offsetHeight;
      // The new page's first paint is the browser's work too: wait for a frame (or, where frames
      // are not produced for a tab in the background, a while), then a task after it.
      await Promise.race([new Promise((r) => requestAnimationFrame(r)), new Promise((r) => setTimeout(r, 250))]);
      await new Promise((r) => setTimeout(r, 0));
      (window as any).longTasksAfterParse = [];
      const from = performance.now();
      history.pushState(null, '', url);
      return from;
    },
    { html, url },
  );
}

async function check(ext: ExtensionBrowser, page: PageHandle, seed: number, inPlace: boolean): Promise<Outcome> {
  const url = fuzzUrl(seed);
  let from = 0;
  if (inPlace) from = await moveInPlace(page, fuzzPage(seed), url);
  else await page.goto(url);
  const verdict = await waitForVerdict(ext, url);
  const tasks = await page.evaluate(() => (window as any).longTasksAfterParse as { start: number; duration: number }[], null);
  const longTasks = tasks.filter((t) => t.start >= from).map((t) => t.duration);
  return verdict ? { seed, verdict, longTasks } : { seed, longTasks, problem: 'no verdict' };
}

test.skip(({ driver }) => driver !== 'chromium', 'Chromium only: one browser is enough to shake the content script');

// Two tabs at once: on a 2-core machine more tabs only make each page's tasks hold the others'
// time. Runs of 2026-12-02 (load average about 2): 1,000 pages in 414 to 419 s, every one with a
// verdict that passes its schema; 2 to 5 pages with a long task among the tabs. Once, seed 1 (the
// first page of the run) had one alone too (81 ms among the tabs, 70 ms alone): hence up to
// ALONE_LOADS loads alone before a page counts as slow.
test(`${PAGES} generated hostile pages: no throw, no long task of ours over ${LONG_TASK_MS} ms, a verdict that passes its schema`, async ({ ext }) => {
  test.setTimeout(Math.max(180_000, PAGES * 1000));
  const seeds = Array.from({ length: PAGES }, (_, i) => FIRST_SEED + i);
  const outcomes: Outcome[] = [];
  // One extension page answers every tab's question: open it before the tabs all ask at once.
  await verdictFor(ext, 'about:blank');
  const started = Date.now();
  await Promise.all(
    Array.from({ length: TABS_AT_ONCE }, async () => {
      const page = await ext.newPage();
      try {
        for (let n = 0, seed = seeds.shift(); seed !== undefined; n++, seed = seeds.shift()) {
          const t0 = Date.now();
          const outcome = await check(ext, page, seed, n % RELOAD_EVERY !== 0);
          if (process.env.FUZZ_VERBOSE) console.log(seed, Date.now() - t0, outcome.problem ?? (outcome.verdict as { kind: string }).kind, outcome.longTasks.join(','));
          outcomes.push(outcome);
        }
      } finally {
        await page.close();
      }
    }),
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  const noVerdict = outcomes.filter((o) => o.problem).map((o) => o.seed);
  const refused = outcomes
    .filter((o) => o.verdict && !detectionSchema.safeParse(o.verdict).success)
    .map((o) => `${o.seed}: ${detectionSchema.safeParse(o.verdict).error?.issues[0]?.path.join('.')}`);
  // A long task is wall-clock time: with TABS_AT_ONCE renderers sharing the machine's cores, a
  // page's task also holds the time the others took, and on a shared machine any one load can
  // catch another job's burst. So a page with one is loaded again, alone and by a real navigation
  // (the content script's coldest path), up to ALONE_LOADS times, and counts as slow only if it is
  // slow every time: a page that makes us slow does so on each load.
  const suspects = outcomes.filter((o) => o.longTasks.some((ms) => ms > LONG_TASK_MS));
  const slow: string[] = [];
  const alone = await ext.newPage();
  try {
    for (const suspect of suspects) {
      const again: number[][] = [];
      for (let load = 0; load < ALONE_LOADS; load++) {
        const tasks = (await check(ext, alone, suspect.seed, false)).longTasks;
        again.push(tasks);
        if (!tasks.some((ms) => ms > LONG_TASK_MS)) break;
      }
      if (again.every((tasks) => tasks.some((ms) => ms > LONG_TASK_MS)))
        slow.push(`${suspect.seed}: ${suspect.longTasks.join(', ')} ms, then alone ${again.map((tasks) => tasks.join(', ')).join(' / ')} ms`);
    }
  } finally {
    await alone.close();
  }
  console.log(`fuzz: ${outcomes.length} pages in ${seconds} s; ${noVerdict.length} without a verdict, ${suspects.length} with a long task among the tabs, ${slow.length} of them on each of up to ${ALONE_LOADS} loads alone`);
  expect(outcomes).toHaveLength(PAGES);
  expect(noVerdict, 'pages that got no verdict (replay one with FUZZ_FIRST_SEED=<seed> FUZZ_PAGES=1)').toEqual([]);
  expect(refused).toEqual([]);
  expect(slow).toEqual([]);
});
