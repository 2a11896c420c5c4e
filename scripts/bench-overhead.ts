// npm run bench:overhead — main-thread cost of the extension on real pages, in Chromium.
// For each page, loads alternate between a browser with the extension (the test build with site
// access, "check every page I visit" switched on) and one without it, at least 20 loads each. The
// cost of a load is the renderer's TaskDuration from DevTools' Performance.getMetrics, read once
// the page and the extension's work (content script, and the panel on the insurer page) settled.
// Needs `npm run build:e2e`. Prints medians and ratios and records them in docs/benchmarks.md.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findBrowser } from '../tests/e2e/drivers/find-browser';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { median, recordInBenchmarksDoc, root } from './bench/common';

const LOADS = Number(process.env.KTK_BENCH_LOADS ?? 24);
const SETTLE_MS = 600;

function heavyPageWithoutMassage(): string {
  const paragraph =
    '<p>City council approved the new bike lanes on Tuesday; the budget for road repairs grows by four percent next year, and the library extends its weekend hours.</p>';
  const rows = Array.from({ length: 400 }, (_, i) => `<tr><td>${i}</td><td>Item ${i}</td><td>$${i}.00</td></tr>`).join('');
  const body = `${paragraph.repeat(5000)}<table>${rows}</table>`;
  return `<!doctype html><html><head><title>Local news</title></head><body><h1>Local news</h1>${body}</body></html>`;
}

function largeProviderPage(): string {
  const section =
    '<section><h2>Medical massage</h2><p>Physician referrals welcome. We keep SOAP notes, write a treatment plan, and bill most insurance. Trigger point therapy, myofascial release. 60 min $110. Book now.</p></section>';
  return `<!doctype html><html><head><title>Harbor Clinical Massage</title></head><body><h1>Harbor Clinical Massage</h1>${section.repeat(3000)}<a href="tel:+12065550100">Call</a></body></html>`;
}

const pages = [
  { name: 'heavy page, no massage content (all-sites mode)', url: 'https://news.example-city.org/today', html: heavyPageWithoutMassage() },
  { name: 'large provider page', url: 'https://www.massagebook.com/bench/large-provider', html: largeProviderPage() },
  { name: 'insurer benefits page (with panel)', url: 'https://www.aetna.com/individuals-families/member-benefits/coverage.html' },
];

const routes = Object.fromEntries(
  pages.filter((p) => p.html).map((p) => [`${new URL(p.url).host}${new URL(p.url).pathname}`, p.html!]),
);
const server = await startFixtureServer(routes);
const extensionDir = path.join(root, '.output', 'e2e', 'chrome-mv3');
const baseArgs = [
  '--headless=new',
  `--host-resolver-rules=MAP *:80 127.0.0.1:${server.httpPort},MAP *:443 127.0.0.1:${server.httpsPort},EXCLUDE localhost`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

async function launch(withExtension: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'ktk-bench-')), {
    executablePath: findBrowser('chromium'),
    headless: false,
    ignoreHTTPSErrors: true,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args: withExtension ? [...baseArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : baseArgs,
  });
}

const withExt = await launch(true);
const without = await launch(false);
const worker = withExt.serviceWorkers()[0] ?? (await withExt.waitForEvent('serviceworker'));
const extensionBase = `chrome-extension://${new URL(worker.url()).host}/`;
/** Switches on "check every page I visit" the way a patient does, with a click on the options page. */
async function switchOnAllSites(): Promise<void> {
  const options = await withExt.newPage();
  await options.goto(`${extensionBase}options.html`);
  await options.locator('[data-testid="all-sites"]').click();
  await options.locator('[data-testid="all-sites-status"]').waitFor();
  await options.close();
}

async function mainThreadMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function compare(name: string, url: string): Promise<string> {
  const on: number[] = [];
  const off: number[] = [];
  await mainThreadMs(withExt, url); // warm both caches once
  await mainThreadMs(without, url);
  for (let i = 0; i < LOADS; i++) {
    on.push(await mainThreadMs(withExt, url));
    off.push(await mainThreadMs(without, url));
  }
  const a = median(on);
  const b = median(off);
  const row = `| ${name} | ${LOADS} | ${b.toFixed(1)} ms | ${a.toFixed(1)} ms | ${(a - b).toFixed(1)} ms | ${(a / b).toFixed(3)}× |`;
  console.log(row);
  return row;
}

const rows: string[] = [];
try {
  // Control: the extension is installed but none of its scripts match this page. What this row
  // adds is the price of having any extension at all, not of our code.
  rows.push(await compare('control: heavy page, no script of ours runs (all-sites off)', pages[0]!.url));
  await switchOnAllSites();
  for (const p of pages) {
    rows.push(await compare(p.name, p.url));
  }
} finally {
  await withExt.close();
  await without.close();
  await server.close();
}

recordInBenchmarksDoc(
  'bench-overhead',
  `Run on ${new Date().toISOString().slice(0, 10)}, headless Chromium, ${LOADS} alternating loads per browser and page, medians of TaskDuration.

| page | loads | without extension | with extension | added | ratio |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}`,
);
