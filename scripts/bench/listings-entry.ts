// Bundled into the page by scripts/bench-listings.ts: the in-page listing code (the finder, the
// chips) and the classifier, so one page's main thread does all of it, as an upper bound (in the
// extension the classifying runs in the background, off the page's thread).
import { directories } from '@/data/directories';
import { classifyListing } from '@/lib/detect/listings';
import type { Listing } from '@/lib/detect/listing-schema';
import { findCardsWithAdapter, type CardAdapter } from '@/lib/page/listing-cards';
import type { ListingCard } from '@/lib/page/listing-schema';
import { mountChip, startListingChips, type ChipData } from '@/lib/page/listing-chips';

const yelp = directories.find((d) => d.id === 'yelp')!;
const adapter: CardAdapter = { id: yelp.id, businessPath: yelp.businessPath, selectors: yelp.selectors };
const CHIP: Record<Listing['kind'], string> = { 'clinical-massage': 'MED', 'recreational-massage': 'SPA', 'mixed-massage': 'MIX', none: '?' };

// The background's chip data, without the extension's i18n (there is none in a plain page).
const chipOf = (listing: Listing): ChipData => ({
  link: listing.link,
  kind: listing.kind,
  chip: CHIP[listing.kind],
  title: `${listing.kind} (${listing.strength})`,
  reasons: listing.reasons.map((r) => `${r.label}: “${r.snippet}”`),
});

const saving = { labels: { save: 'Save to shortlist', saved: 'Saved', failed: 'Not saved' }, save: async () => true };

function measure(name: string, work: () => void): number {
  const start = performance.now();
  work();
  return performance.measure(name, { start, end: performance.now() }).duration;
}

/** All listings of the page as the chips script takes them: one scan, then batches of 20 classified and drawn. */
function chipsInBatches(batchSize: number) {
  let cards: ReturnType<typeof findCardsWithAdapter> = [];
  const find = measure('ktk-find', () => (cards = findCardsWithAdapter(document, location.href, adapter)));
  const batches: number[] = [];
  const draws: number[] = [];
  for (let i = 0; i < cards.length; i += batchSize) {
    const batch = cards.slice(i, i + batchSize);
    let chips: ChipData[] = [];
    const classify = measure('ktk-classify', () => (chips = batch.map((found) => chipOf(classifyListing(found.card)))));
    const draw = measure('ktk-draw', () => batch.forEach((found, j) => mountChip(document, found, chips[j]!, undefined, saving)));
    batches.push(classify + draw);
    draws.push(draw);
  }
  return { cards: cards.length, find, batches, draws };
}

/** The floor for the same page: find each card's name the cheapest way and put an empty marker after it. */
function floorInBatches(batchSize: number) {
  let names: Element[] = [];
  const find = measure('floor-find', () => (names = [...document.querySelectorAll(yelp.selectors.name)]));
  const batches: number[] = [];
  for (let i = 0; i < names.length; i += batchSize) {
    const batch = names.slice(i, i + batchSize);
    batches.push(measure('floor-batch', () => batch.forEach((name) => name.after(document.createElement('span')))));
  }
  return { cards: names.length, find, batches, draws: batches };
}

function markNewNames(list: Element) {
  for (const name of list.querySelectorAll(`${yelp.selectors.name}:not([data-floor])`)) {
    name.setAttribute('data-floor', '');
    name.after(document.createElement('span'));
  }
}

/** The background, played by a worker running this same bundle: classifying stays off the page's thread, as in the extension. */
function backgroundWorker(source: string) {
  const glue = `self.onmessage = (e) => self.postMessage(kneadBench.verdicts(e.data));`;
  const worker = new Worker(URL.createObjectURL(new Blob([source, '\n', glue], { type: 'text/javascript' })));
  let waited = 0;
  const requestVerdicts = (cards: ListingCard[]) =>
    new Promise<ChipData[]>((resolve) => {
      const start = performance.now();
      worker.onmessage = (e: MessageEvent<ChipData[]>) => {
        waited += performance.now() - start;
        resolve(e.data);
      };
      worker.postMessage(cards);
    });
  return { requestVerdicts, waited: () => waited, stop: () => worker.terminate() };
}

type ScrollMode = 'ours' | 'ours-worker' | 'floor';

/**
 * Infinite scroll: the page appends `total` cards, `step` at a time; after each, the real chips
 * script (startListingChips) rescans and draws. In 'ours' the verdicts are computed on the page's
 * thread at once, so a rescan's duration is the page's work, classifying included (an upper bound).
 * In 'ours-worker' a worker classifies, as the background does, and a rescan's figure is the
 * page's own share: its duration less the wait for the worker. The floor marks each new card the
 * cheapest way.
 */
async function infiniteScroll(total: number, step: number, template: Element, mode: ScrollMode, source = '') {
  const list = template.parentElement!;
  template.remove();
  const background = mode === 'ours-worker' ? backgroundWorker(source) : undefined;
  const requestVerdicts = background?.requestVerdicts ?? (async (cards: ListingCard[]) => cards.map((c) => chipOf(classifyListing(c))));
  const chips = mode === 'floor' ? undefined : startListingChips(window, { adapter, requestVerdicts, saving });
  const tasks: number[] = [];
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
    const start = performance.now();
    const waitedBefore = background?.waited() ?? 0;
    if (chips) await chips.rescan();
    else markNewNames(list);
    const waited = (background?.waited() ?? 0) - waitedBefore;
    tasks.push(performance.measure(`${mode}-scroll-task`, { start, end: performance.now() }).duration - waited);
  }
  // Let the debounced rescans the page's changes also scheduled run, so the long-task observer sees them.
  await new Promise((resolve) => setTimeout(resolve, 600));
  chips?.stop();
  background?.stop();
  return { chips: document.querySelectorAll('knead-to-know-chip').length, tasks, startedAt };
}

const verdicts = (cards: ListingCard[]) => cards.map((c) => chipOf(classifyListing(c)));

(globalThis as { kneadBench?: unknown }).kneadBench = { chipsInBatches, floorInBatches, infiniteScroll, verdicts };
