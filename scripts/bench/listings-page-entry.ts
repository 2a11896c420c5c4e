// Bundled into the page by scripts/bench-listings.ts for the runs that mirror the extension: only
// the in-page chips code, as the extension injects it (its own small script, no classifier); the
// verdicts come from a worker running listings-entry.ts, which plays the background. Every chip is
// drawn as soon as its verdict is in (`atOnce`), not as its listing nears the viewport: the most a
// batch can cost, as on a screen tall enough to show the whole list.
import type { CardAdapter } from '@/lib/page/listing-cards';
import type { ListingCard } from '@/lib/page/listing-schema';
import { startListingChips, type ChipData } from '@/lib/page/listing-chips';
import { atOnce } from '@/lib/page/near-view';

export const saving = { labels: { save: 'Save to shortlist', saved: 'Saved', failed: 'Not saved' }, save: async () => true };

function markNewNames(list: Element, nameSelector: string) {
  for (const name of list.querySelectorAll(`${nameSelector}:not([data-floor])`)) {
    name.setAttribute('data-floor', '');
    name.after(document.createElement('span'));
  }
}

/**
 * The page's tasks while the chips script waits on the background or lets the page run: each runs
 * from a reply, a timer (or the scan's start) to the next request, yield (or the scan's end).
 */
function pageTasks() {
  const tasks: number[] = [];
  let since: number | undefined;
  const begin = () => void (since = performance.now());
  const end = () => {
    if (since !== undefined) tasks.push(performance.now() - since);
    since = undefined;
  };
  /** The chips script's pause between batches, as by default, with the clock stopped while the page runs. */
  const yieldToPage = () => {
    end();
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        begin();
        resolve();
      }, 0),
    );
  };
  return { tasks, begin, end, yieldToPage };
}

/** The background, played by a worker running listings-entry.ts's bundle: classifying stays off the page's thread, as in the extension. */
function backgroundWorker(source: string, clock: ReturnType<typeof pageTasks>) {
  const glue = `self.onmessage = (e) => self.postMessage(kneadBench.verdicts(e.data));`;
  const worker = new Worker(URL.createObjectURL(new Blob([source, '\n', glue], { type: 'text/javascript' })));
  const requestVerdicts = (cards: ListingCard[]) =>
    new Promise<ChipData[]>((resolve) => {
      clock.end();
      worker.onmessage = (e: MessageEvent<ChipData[]>) => {
        clock.begin();
        resolve(e.data);
      };
      worker.postMessage(cards);
    });
  return { requestVerdicts, stop: () => worker.terminate() };
}

/** The 50-listing page as the extension runs it: the real chips script, verdicts from the worker; the page's tasks, each timed. */
async function chipsAsInTheExtension(adapter: CardAdapter, source: string) {
  const clock = pageTasks();
  const background = backgroundWorker(source, clock);
  const chips = startListingChips(window, { adapter, requestVerdicts: background.requestVerdicts, saving, yieldToPage: clock.yieldToPage, nearView: atOnce });
  clock.begin();
  const scanned = chips.rescan();
  await scanned;
  clock.end();
  chips.stop();
  background.stop();
  return { chips: document.querySelectorAll('knead-to-know-chip').length, tasks: clock.tasks };
}

export type ScrollMode = 'ours' | 'ours-worker' | 'floor';

/**
 * Infinite scroll: the page appends `total` cards, `step` at a time; after each, the real chips
 * script (startListingChips) rescans and draws, and each of the page's tasks is timed. In 'ours'
 * the verdicts are computed on the page's thread at once, classifying included in the tasks (an
 * upper bound). In 'ours-worker' a worker classifies, as the background does, and the wait for it
 * is not the page's. The floor marks each new card the cheapest way.
 */
export async function infiniteScroll(
  adapter: CardAdapter,
  total: number,
  step: number,
  template: Element,
  mode: ScrollMode,
  source = '',
  verdictsHere?: (cards: ListingCard[]) => Promise<ChipData[]>,
) {
  const list = template.parentElement!;
  template.remove();
  const clock = pageTasks();
  const background = mode === 'ours-worker' ? backgroundWorker(source, clock) : undefined;
  const requestVerdicts = background?.requestVerdicts ?? verdictsHere ?? (async () => []);
  const chips = mode === 'floor' ? undefined : startListingChips(window, { adapter, requestVerdicts, saving, yieldToPage: clock.yieldToPage, nearView: atOnce });
  const startedAt = performance.now();
  for (let appended = 0; appended < total; appended += step) {
    for (let i = appended; i < appended + step; i++) {
      const li = template.cloneNode(true) as Element;
      for (const a of li.querySelectorAll('a[href^="/biz/"]')) a.setAttribute('href', `/biz/scrolled-${i}`);
      li.querySelector('[data-traffic-crawl-id]')!.textContent = `Scrolled Listing ${i}`;
      list.append(li);
    }
    // A task of its own, as a page's scroll handler would be.
    await new Promise((resolve) => setTimeout(resolve, 0));
    clock.begin();
    if (chips) await chips.rescan();
    else markNewNames(list, adapter.selectors.name);
    clock.end();
  }
  // Let the debounced rescans the page's changes also scheduled run, so the long-task observer sees them.
  await new Promise((resolve) => setTimeout(resolve, 600));
  chips?.stop();
  background?.stop();
  return { chips: document.querySelectorAll('knead-to-know-chip').length, tasks: clock.tasks, startedAt };
}

(globalThis as { kneadBenchPage?: unknown }).kneadBenchPage = { chipsAsInTheExtension, infiniteScroll };
