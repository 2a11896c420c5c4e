import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

// Runs last in each browser (files run in name order, one worker). Every host name resolves, or is
// proxied, to the fixture server, so every request of the whole suite, from pages and from every
// part of the extension, arrived there and was recorded.
const fixturesDir = path.join(import.meta.dirname, '..', 'fixtures');
// Every fixture set, sub-folders included (pages/web-practice/, pages/listings/…).
const fixtureHtml = ['pages', 'e2e']
  .flatMap((dir) =>
    readdirSync(path.join(fixturesDir, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.join(fixturesDir, dir, f)),
  )
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

// The browsers' own background services (Chromium's updater, Firefox's remote settings) also go
// through the fixture server here; they are the browser's traffic, not the extension's.
const BROWSER_SERVICE_HOST = /(?:^|\.)(?:googleapis\.com|gvt1\.com|mozilla\.(?:com|net|org)|firefox\.com)$/;

/** Whether a fixture page names this resource itself (href="/css/site.css", src=x…). */
function namedByAFixture(pathname: string): boolean {
  const name = pathname.split('/').pop() ?? '';
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A full address in the page (src="https://host/path/file.css?ver=2") names its path too.
  const namedInFull = ['"', "'", '?'].some((end) => fixtureHtml.includes(`${pathname}${end}`) && pathname.length > 1);
  return fixtureHtml.includes(`"${pathname}"`) || namedInFull || new RegExp(`(?:src|href)=["']?${escaped}(?:["'\\s>])`).test(fixtureHtml);
}

test('nothing but the fixture pages and what they link to was requested during the suite', async ({ fixtureServer, ext }) => {
  expect(ext).toBeDefined();
  expect(fixtureServer.requests.length).toBeGreaterThan(0);
  // Nothing came from an extension origin (its pages, worker or scripts with their own origin)…
  expect(fixtureServer.extensionOriginRequests).toEqual([]);
  // …and every request that was not a fixture page is a resource a fixture page names itself, the
  // browser's favicon probe, or the browser's own services: a content script fetching anything
  // would show here.
  const unexplained = fixtureServer.unknownRequests.filter(({ url }) => {
    const { hostname, pathname } = new URL(url);
    return pathname !== '/favicon.ico' && !BROWSER_SERVICE_HOST.test(hostname) && !namedByAFixture(pathname);
  });
  expect(unexplained).toEqual([]);
});
