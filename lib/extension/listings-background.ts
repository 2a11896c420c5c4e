// The background's part in a directory's results page: which pages get the listing chips, and
// the verdicts for the cards the chips script sends. Kept apart from background.ts, which only
// wires these in.
import type { CardAdapter } from '@/lib/page/listing-cards';
import type { ChipData } from '@/lib/page/listing-chips';
import type { ListingCard } from '@/lib/page/listing-schema';
import { directoryPageKind } from '@/lib/page/directory-address';
import { directoryForUrl } from '@/lib/page/results-page';
import { classifyListing, resultsPageDetection } from '@/lib/detect/listings';
import { listingVerdictWords } from '@/lib/detect/verdict';
import { MAX_LISTINGS, type Listing } from '@/lib/detect/listing-schema';
import type { Detection } from '@/lib/detect/schema';
import { currentLanguage, t } from '@/lib/extension/i18n';
import type { TabStateStore } from '@/lib/extension/tab-state';
import { signalLabelFromEnglish } from '@/data/i18n/signal-label-by-text';
import type { SaveListingReply } from '@/lib/extension/messages';
import type { SaveLabels } from '@/lib/page/listing-chips';
import type { Shortlist } from '@/lib/shortlist';

/** What the chips script is handed before it runs (entrypoints/listing-chips.ts). */
export interface ListingsHandover {
  /** The directory's adapter, or null to find the cards by shape. */
  adapter: CardAdapter | null;
  /** The words of each chip's save button, in the patient's language (the chips script has no i18n of its own). */
  labels: SaveLabels;
}

const saveLabels = (): SaveLabels => ({ save: t('saveToShortlist'), saved: t('savedToShortlist'), failed: t('listingSaveFailed') });

/** The handover for a page checked on demand: no adapter, cards found by shape. */
export const shapeOnlyHandover = (): ListingsHandover => ({ adapter: null, labels: saveLabels() });

/** The handover for a known directory's results address, where chips go without asking. */
export function resultsAddressHandover(url: string): ListingsHandover | undefined {
  const adapter = directoryForUrl(url);
  if (!adapter || directoryPageKind(adapter, url) !== 'results') return undefined;
  return { adapter: { id: adapter.id, businessPath: adapter.businessPath, selectors: adapter.selectors }, labels: saveLabels() };
}

/**
 * A results page's Detection right after its snapshot, before any card is read: already "not a
 * provider", so that no badge ever calls the search page itself clinical or spa. Listings read
 * earlier for the same address are kept (the content script re-reports after in-page navigation).
 */
export function pendingResultsDetection(page: Detection, previous: Detection | undefined): Detection {
  const detection = resultsPageDetection(page, []);
  return previous?.url === page.url && previous.listings ? { ...detection, listings: previous.listings } : detection;
}

function chipText(listing: Listing): Pick<ChipData, 'chip' | 'title'> {
  const words = listingVerdictWords(listing.kind, listing.strength);
  return { chip: t(words.chip), title: t(words.title) };
}

export function chipDataFor(listing: Listing): ChipData {
  return {
    link: listing.link,
    kind: listing.kind,
    ...chipText(listing),
    reasons: listing.reasons.map((r) => `${signalLabelFromEnglish(r.label, currentLanguage())}: “${r.snippet}”`),
  };
}

/**
 * Classifies cards the chips script sent and adds them to the tab's results Detection (a fresh
 * list when `replace`, e.g. the first batch of a page). Returns the stored Detection and the
 * chips for these cards, in their order; nothing on an insurer's page or a tab we know nothing of.
 */
export async function recordListingCards(
  store: TabStateStore,
  tabId: number,
  cards: readonly ListingCard[],
  replace: boolean,
): Promise<{ detection?: Detection; chips: ChipData[] }> {
  const stored = await store.get(tabId);
  if (!stored || stored.kind === 'insurer') return { chips: [] };
  const base = stored.listings ? stored : resultsPageDetection(stored, []);
  const fresh = cards.map((card) => classifyListing(card));
  const links = new Set(fresh.map((l) => l.link));
  const kept = replace ? [] : (base.listings ?? []).filter((l) => !links.has(l.link));
  const detection = { ...base, listings: [...kept, ...fresh].slice(-MAX_LISTINGS) };
  await store.set(tabId, detection);
  return { detection, chips: fresh.map(chipDataFor) };
}

/**
 * The provider page a listing links to, as it is saved: on a known directory a business page is
 * named by its path alone, so the search's own query (`?osq=massage`, a position, an ad id) goes.
 */
function providerLinkOf(link: string, resultsUrl: string): string {
  const adapter = directoryForUrl(resultsUrl);
  if (!adapter || directoryForUrl(link) !== adapter) return link;
  try {
    const url = new URL(link);
    if (directoryPageKind(adapter, link) !== 'business') return link;
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return link;
  }
}

/** The directory a results page belongs to, by name, else its host. */
function directoryNameOf(resultsUrl: string): string {
  const adapter = directoryForUrl(resultsUrl);
  if (adapter) return adapter.name;
  try {
    return new URL(resultsUrl).hostname.replace(/^www\./, '');
  } catch {
    return '?';
  }
}

/**
 * Saves one listing of a tab's results page to the shortlist. Only a listing the background itself
 * classified for that tab can be saved, with the verdict and reasons it holds: the page can name a
 * link, nothing more. The results page itself is never saved.
 */
export async function saveTabListing(
  store: TabStateStore,
  openList: () => Promise<Shortlist>,
  tabId: number,
  link: string,
): Promise<SaveListingReply> {
  const detection = await store.get(tabId);
  const listing = detection?.listings?.find((l) => l.link === link);
  if (!detection || !listing) return { saved: false, error: 'not-a-listing' };
  const shortlist = await openList();
  try {
    const record = await shortlist.saveFromListing({
      name: listing.name,
      link: providerLinkOf(listing.link, detection.url),
      directory: directoryNameOf(detection.url),
      kind: listing.kind,
      strength: listing.strength,
      reasons: listing.reasons,
      ...(listing.address ? { address: listing.address } : {}),
      ...(listing.phone ? { phone: listing.phone } : {}),
    });
    return { saved: true, providerId: record.id };
  } catch {
    return { saved: false, error: 'not-saved' };
  } finally {
    shortlist.close();
  }
}
