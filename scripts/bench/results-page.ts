// A directory's results page for the benchmarks: the Yelp results fixture, its list grown to any
// number of listings with new names and links.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './common';

export const RESULTS_URL = 'https://www.yelp.com/search?find_desc=massage&find_loc=Brooklyn%2C+NY';

const fixture = readFileSync(path.join(root, 'tests', 'fixtures', 'pages', 'listings', 'yelp-massage-brooklyn.html'), 'utf8');

/** The fixture with its result list grown to `count` cards (or cut to one, as the template for scrolling). */
export function resultsPage(count: number): string {
  const start = fixture.indexOf('<li class="y-css-mhg9c5">');
  const end = fixture.indexOf('</ul></section>', start);
  const cards = fixture.slice(start, end).split(/(?=<li class="y-css-mhg9c5">)/).filter((c) => c.trim());
  const grown = Array.from({ length: count }, (_, i) => {
    const card = cards[i % cards.length]!;
    const round = Math.floor(i / cards.length);
    return round === 0 ? card : card.replace(/\/biz\/([a-z0-9-]+)/g, `/biz/$1-${round}`).replace(/(SearchResultBizName">)([^<]+)/, `$1$2 ${round + 1}`);
  });
  return fixture.slice(0, start) + grown.join('') + fixture.slice(end);
}
