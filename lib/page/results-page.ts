// Decides whether a page is a directory's results page, and finds its listings: through the
// directory's adapter where we have one, else (or when the adapter finds nothing) by shape.
import { directories as defaultDirectories, type DirectoryAdapter } from '@/data/directories';
import { directoryForUrl as directoryForAddress, directoryPageKind } from './directory-address';
import { findCardsGeneric, findCardsWithAdapter, looksLikeBusinessCards, type FoundCard } from './listing-cards';

export interface ResultsListings {
  /** The directory, when an adapter knows it. */
  directory?: { id: string; name: string };
  /** Which finder found the cards. */
  via: 'adapter' | 'generic';
  cards: FoundCard[];
}

/** The adapter for a directory's address, if there is one. */
export const directoryForUrl = (url: string, list: readonly DirectoryAdapter[] = defaultDirectories): DirectoryAdapter | undefined =>
  directoryForAddress(url, list);

/**
 * The listings of a results page, or undefined for a page that is not one. A directory's own
 * business page never is, even with its "people also viewed" cards.
 */
export function findResultsListings(
  doc: Document,
  url: string,
  list: readonly DirectoryAdapter[] = defaultDirectories,
): ResultsListings | undefined {
  const adapter = directoryForUrl(url, list);
  const kind = adapter ? directoryPageKind(adapter, url) : 'other';
  if (kind === 'business') return undefined;
  if (adapter && kind === 'results') {
    const directory = { id: adapter.id, name: adapter.name };
    const byAdapter = findCardsWithAdapter(doc, url, adapter);
    if (byAdapter.length) return { directory, via: 'adapter', cards: byAdapter };
    // The adapter no longer matches the site's markup: the address still says "results".
    return { directory, via: 'generic', cards: findCardsGeneric(doc, url, { businessPath: adapter.businessPath }) };
  }
  const generic = findCardsGeneric(doc, url);
  if (!looksLikeBusinessCards(generic)) return undefined;
  return { ...(adapter ? { directory: { id: adapter.id, name: adapter.name } } : {}), via: 'generic', cards: generic };
}
