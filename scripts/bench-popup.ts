// npm run bench:popup — time from opening the popup (as an extension page, in real Chromium with
// the built extension) to the verdict on screen, read from the popup's own 'verdict-shown' User
// Timing mark. Median over repeated opens; recorded in docs/benchmarks.md. Needs `npm run build`.
import path from 'node:path';
import { badgeText, tabIdFor } from '../tests/e2e/fixtures';
import { launchChromium } from '../tests/e2e/drivers/chromium';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { median, recordInBenchmarksDoc, root } from './bench/common';

const OPENS = 30;
const pages = [
  { name: 'clinic page', url: 'https://www.massagebook.com/riverside-clinical-massage' },
  { name: 'insurer page', url: 'https://www.aetna.com/individuals-families/member-benefits/coverage.html' },
];

const server = await startFixtureServer();
const ext = await launchChromium({ extensionDir: path.join(root, '.output', 'chrome-mv3'), httpPort: server.httpPort, httpsPort: server.httpsPort });
const rows: string[] = [];
try {
  for (const p of pages) {
    const page = await ext.newPage();
    await page.goto(p.url);
    const tabId = await tabIdFor(ext, p.url);
    while (!(await badgeText(ext, tabId))) await new Promise((r) => setTimeout(r, 100));
    const times: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="verdict"]');
      let mark: number | undefined;
      while (mark === undefined) {
        mark = await popup.evaluate(() => performance.getEntriesByName('verdict-shown')[0]?.startTime, null);
      }
      times.push(mark);
      await popup.close();
    }
    const row = `| ${p.name} | ${OPENS} | ${median(times).toFixed(1)} ms | ${Math.min(...times).toFixed(1)} ms | ${Math.max(...times).toFixed(1)} ms |`;
    console.log(row);
    rows.push(row);
    await page.close();
  }
} finally {
  await ext.close();
  await server.close();
}
recordInBenchmarksDoc(
  'bench-popup',
  `Run on ${new Date().toISOString().slice(0, 10)}, headless Chromium, built extension, popup opened as an extension page.

| tab | opens | median to verdict | fastest | slowest |
| --- | --- | --- | --- | --- |
${rows.join('\n')}`,
);
