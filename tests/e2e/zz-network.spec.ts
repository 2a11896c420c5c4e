import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

// Runs last in each browser (files run in name order, one worker). Every host name resolves, or is
// proxied, to the fixture server, so every request of the whole suite, from pages and from every
// part of the extension, arrived there and was recorded.
const fixturesDir = path.join(import.meta.dirname, '..', 'fixtures');
const fixtureHtml = ['pages', 'e2e']
  .flatMap((dir) => readdirSync(path.join(fixturesDir, dir)).filter((f) => f.endsWith('.html')).map((f) => path.join(fixturesDir, dir, f)))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

test('nothing but the fixture pages and what they link to was requested during the suite', async ({ fixtureServer, ext }) => {
  expect(ext).toBeDefined();
  expect(fixtureServer.requests.length).toBeGreaterThan(0);
  // Nothing came from an extension origin (its pages, worker or scripts with their own origin)…
  expect(fixtureServer.extensionOriginRequests).toEqual([]);
  // …and every request that was not a fixture page is a stylesheet or icon a fixture page names
  // itself, or the browser's own favicon probe: a content script fetching anything would show here.
  const unexplained = fixtureServer.unknownRequests.filter(({ url }) => {
    const { pathname } = new URL(url);
    return pathname !== '/favicon.ico' && !fixtureHtml.includes(`"${pathname}"`);
  });
  expect(unexplained).toEqual([]);
});
