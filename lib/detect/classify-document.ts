// A whole page, read from its Document: the page's own verdict, or, on a directory's results page,
// the page as "not a provider" with a verdict per listing. Node tools (npm run classify, the tests)
// and the browser share it.
import { findResultsListings } from '@/lib/page/results-page';
import { takeSnapshot } from '@/lib/page/snapshot';
import { classify } from './classify';
import { resultsPageDetection } from './listings';
import type { Detection } from './schema';

export function classifyDocument(doc: Document, url: string): Detection {
  const page = classify(takeSnapshot(doc, url));
  if (page.kind === 'insurer') return page;
  const results = findResultsListings(doc, url);
  return results ? resultsPageDetection(page, results.cards.map((c) => c.card)) : page;
}
