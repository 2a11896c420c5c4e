import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectionSchema } from '@/lib/detect/schema';
import { LISTINGS_DIR, resultsFixtures } from '../support/listings';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('npm run classify on a saved results page', () => {
  it('prints the page as "none" with a listings array: name, link, verdict, strength, reasons', () => {
    const fixture = resultsFixtures().find((f) => f.directory === 'vagaro')!;
    const run = spawnSync(
      path.join(root, 'node_modules', '.bin', 'vite-node'),
      ['--config', 'scripts/vite.config.ts', 'scripts/classify.ts', '--', '--url', fixture.url, path.join(LISTINGS_DIR, fixture.file)],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const detection = detectionSchema.parse(JSON.parse(run.stdout));
    expect(detection.kind).toBe('none');
    expect(detection.listings?.map((l) => l.name)).toEqual(fixture.expectedListings.map((l) => l.name));
    for (const listing of detection.listings!) {
      expect(listing.link).toMatch(/^https:\/\/www\.vagaro\.com\/[a-z0-9]+$/);
      expect(['clear', 'leans', 'unclear']).toContain(listing.strength);
    }
    expect(detection.listings!.some((l) => l.kind === 'clinical-massage' && l.reasons.length > 0)).toBe(true);
  }, 60_000);
});
