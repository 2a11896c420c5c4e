import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DetectionKind } from '@/data/schemas';

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
