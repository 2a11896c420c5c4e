// Bundled into the page by scripts/bench-listings.ts: the in-page listing code (the finder, the
// chips) and the classifier, so one page's main thread does all of it, as an upper bound (in the
// extension the classifying runs in the background, off the page's thread). It is also the
// worker's script, where it plays the background (`verdicts`).
import { directories } from '@/data/directories';
import { classifyListing } from '@/lib/detect/listings';
import type { Listing } from '@/lib/detect/listing-schema';
import { findCardsWithAdapter, type CardAdapter } from '@/lib/page/listing-cards';
import type { ListingCard } from '@/lib/page/listing-schema';
import { mountChip, type ChipData } from '@/lib/page/listing-chips';
import { infiniteScroll, saving, type ScrollMode } from './listings-page-entry';

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


/**
 * Drawing costs the page the style and layout it invalidates, which the browser would otherwise do
 * after the task, out of the timed stretch: asking for a box brings both up to date inside it.
 */
const forceStyleAndLayout = () => void document.body.getBoundingClientRect();

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
    const draw = measure('ktk-draw', () => {
      batch.forEach((found, j) => mountChip(document, found, chips[j]!, undefined, saving));
      forceStyleAndLayout();
    });
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
    batches.push(
      measure('floor-batch', () => {
        batch.forEach((name) => name.after(document.createElement('span')));
        forceStyleAndLayout();
      }),
    );
  }
  return { cards: names.length, find, batches, draws: batches };
}

const verdicts = (cards: ListingCard[]) => cards.map((c) => chipOf(classifyListing(c)));

/** Infinite scroll as in listings-page-entry.ts, with the verdicts computed on the page's thread when asked ('ours'). */
const infiniteScrollHere = (total: number, step: number, template: Element, mode: ScrollMode, source = '') =>
  infiniteScroll(adapter, total, step, template, mode, source, async (cards) => cards.map((c) => chipOf(classifyListing(c))));

(globalThis as { kneadBench?: unknown }).kneadBench = { chipsInBatches, floorInBatches, infiniteScroll: infiniteScrollHere, verdicts };
