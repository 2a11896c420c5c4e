// npm run bench:popup — time from opening the popup (as an extension page, in real Chromium with
// the built extension) to the verdict on screen, read from the popup's own 'verdict-shown' User
// Timing mark. Median over repeated opens; recorded in docs/benchmarks.md. Needs `npm run build`.
// Beside each popup open, a static extension page (plain HTML and one script file that sets the
// same mark, added to a copy of the build) is opened the same way: the ratio of the two is the
// popup's cost over what any extension page costs on this machine, in this run.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { badgeText, tabIdFor } from '../tests/e2e/fixtures';
import { launchChromium } from '../tests/e2e/drivers/chromium';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { median, recordInBenchmarksDoc, root } from './bench/common';

const OPENS = Number(process.env.KTK_BENCH_OPENS ?? 30);
const pages = [
  { name: 'clinic page', url: 'https://www.massagebook.com/riverside-clinical-massage' },
  { name: 'insurer page', url: 'https://www.aetna.com/individuals-families/member-benefits/coverage.html' },
];

/** A copy of the build with a static page beside the popup; the caller removes it. */
function buildWithStaticPage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ktk-bench-popup-'));
  cpSync(path.join(root, '.output', 'chrome-mv3'), dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'bench-static.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static page</title></head><body><main><h1>Knead to Know</h1><h2 data-testid="verdict">A static page</h2></main><script src="bench-static.js"></script></body></html>',
  );
  writeFileSync(path.join(dir, 'bench-static.js'), "performance.mark('verdict-shown');\n");
  return dir;
}

async function timeToMark(ext: Awaited<ReturnType<typeof launchChromium>>, pathAndQuery: string): Promise<number> {
  const page = await ext.openExtensionPage(pathAndQuery, '[data-testid="verdict"]');
  let mark: number | undefined;
  while (mark === undefined) {
    mark = await page.evaluate(() => performance.getEntriesByName('verdict-shown')[0]?.startTime, null);
  }
  await page.close();
  return mark;
}

const extensionDir = buildWithStaticPage();
const server = await startFixtureServer();
const ext = await launchChromium({ extensionDir, httpPort: server.httpPort, httpsPort: server.httpsPort });
const rows: string[] = [];
try {
  for (const p of pages) {
    const page = await ext.newPage();
    await page.goto(p.url);
    // On a busy machine the extension page that answers tab queries can take longer to open than
    // one poll waits: open it first.
    await ext.inExtension(() => true, null);
    const tabId = await tabIdFor(ext, p.url);
    while (!(await badgeText(ext, tabId))) await new Promise((r) => setTimeout(r, 100));
    const times: number[] = [];
    const staticTimes: number[] = [];
    // Alternated, so the machine's drift weighs on both alike.
    for (let i = 0; i < OPENS; i++) {
      staticTimes.push(await timeToMark(ext, 'bench-static.html'));
      times.push(await timeToMark(ext, `popup.html?tabId=${tabId}`));
    }
    const ratio = median(times) / median(staticTimes);
    // Each popup open over the static open just before it: the machine's drift cancels pair by pair.
    const pairRatio = median(times.map((time, i) => time / staticTimes[i]!));
    const row = `| ${p.name} | ${OPENS} | ${median(times).toFixed(1)} ms | ${median(staticTimes).toFixed(1)} ms | ${ratio.toFixed(2)}× | ${pairRatio.toFixed(2)}× | ${Math.min(...times).toFixed(1)} ms | ${Math.max(...times).toFixed(1)} ms |`;
    console.log(row);
    rows.push(row);
    await page.close();
  }
} finally {
  await ext.close();
  await server.close();
  rmSync(extensionDir, { recursive: true, force: true });
}
recordInBenchmarksDoc(
  'bench-popup',
  `Run on ${new Date().toISOString().slice(0, 10)}, headless Chromium, built extension, popup opened as an extension page; a
static extension page (one heading, one script setting the same mark) opened the same way, alternating with it.

| tab | opens | popup: median to verdict | static page: median to mark | popup / static (medians) | popup / static (median of pairs) | popup fastest | popup slowest |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}`,
);
