import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DetectionKind } from '@/data/schemas';
import type { ListingCard } from '@/lib/page/listing-schema';

export const LISTINGS_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'pages', 'listings');

export interface ResultsFixture {
  file: string;
  url: string;
  expected: DetectionKind;
  site: string;
  pageType: string;
  reason: string;
  /** The adapter's id, or null for a directory we have no adapter for. */
  directory: string | null;
  expectedListings: { name: string; kind: DetectionKind }[];
}

export const resultsFixtures = (): ResultsFixture[] =>
  JSON.parse(readFileSync(path.join(LISTINGS_DIR, 'manifest.json'), 'utf8')) as ResultsFixture[];

export const fixtureHtml = (fixture: ResultsFixture) => readFileSync(path.join(LISTINGS_DIR, fixture.file), 'utf8');

/** A listing card as a Yelp results page would give it: a name, its business link, and some text. */
export const listingCard = (name: string, text: string): ListingCard => ({
  name,
  link: `https://www.yelp.com/biz/${name.toLowerCase().replaceAll(' ', '-')}`,
  badges: [],
  phones: [],
  text: `${name} ${text}`,
});
