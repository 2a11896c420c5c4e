// npm run bench:overhead — main-thread cost of the extension on real pages, in Chromium.
// For each page, loads rotate between a browser with the extension (the test build with site
// access, "check every page I visit" switched on), one without it and, on some pages, one with the
// reference script below: rounds of one load each, at least 20 rounds.
// Each load's figures are DevTools' Performance.getMetrics, read once the page and the extension's
// work (content script, and the panel on the insurer page) settled: TaskDuration (every main-thread
// task), ScriptDuration + V8CompileDuration (script), RecalcStyleDuration + LayoutDuration.
// Extra rows calibrate the run: a control (extension installed, none of its scripts runs) for the
// noise, and a reference content script that only reads the page's title and first node (and sends
// one message on the insurer page), for the least any content script costs on this machine.
// With `--peer DIR` (an unpacked peer extension kept outside the repo, e.g. Privacy Badger's MV3
// build), the heavy page, the insurer page and the results page also run with the peer alone, and our rows are
// compared with it round by round. Needs `npm run build:e2e`. Prints medians and ratios and
// records them in docs/benchmarks.md.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { PAGES_DIR, startFixtureServer } from '../tests/e2e/fixture-server';
import { CONTENT_SCRIPT_FILE } from '../lib/extension/content-script';
import { median, recordInBenchmarksDoc, root } from './bench/common';
import { launchForBench, loadCost, medianWithInterval, signed, type LoadCost } from './bench/chromium';
import { RESULTS_URL, resultsPage } from './bench/results-page';

const LOADS = Number(process.env.KTK_BENCH_LOADS ?? 40);
// KTK_BENCH_ONLY=insurer or =results runs those pages' rows alone (a quick look; the doc keeps full runs).
const only = process.env.KTK_BENCH_ONLY;
const peerFlag = process.argv.indexOf('--peer');
const peerDir = peerFlag >= 0 ? process.argv[peerFlag + 1] : undefined;
if (peerFlag >= 0 && !peerDir) throw new Error('--peer needs the folder of an unpacked extension');
const peerNameFlag = process.argv.indexOf('--peer-name');
const peerName = peerNameFlag >= 0 ? process.argv[peerNameFlag + 1] : 'the peer';
const SETTLE_MS = 600;
// On a results page the chips come in batches, each after a round trip to the background.
const RESULTS_SETTLE_MS = 1500;

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

/** The corpus's insurer benefits page with a font of its own, as insurers' real sites have. */
function insurerPageWithItsOwnFont(): string {
  const page = readFileSync(path.join(PAGES_DIR, 'insurer-aetna-benefits.html'), 'utf8');
  return page.replace('</head>', '<style>body { font: 15px/1.5 "DejaVu Sans", Arial, sans-serif; color: #222; } h1, h2 { font-weight: 600; }</style></head>');
}

const pages = [
  { name: 'heavy page, no massage content (all-sites mode)', url: 'https://news.example-city.org/today', html: heavyPageWithoutMassage() },
  { name: 'large provider page', url: 'https://www.massagebook.com/bench/large-provider', html: largeProviderPage() },
  { name: 'insurer benefits page (with panel)', url: 'https://www.aetna.com/individuals-families/member-benefits/coverage.html' },
  {
    name: 'the same insurer page with a font of its own (with panel)',
    url: 'https://www.aetna.com/individuals-families/member-benefits/coverage-with-font.html',
    html: insurerPageWithItsOwnFont(),
  },
  { name: 'directory results page, 50 listings (chips)', url: RESULTS_URL, html: resultsPage(50) },
];

const routes = Object.fromEntries(
  pages.filter((p) => p.html).map((p) => [`${new URL(p.url).host}${new URL(p.url).pathname}`, p.html!]),
);
const server = await startFixtureServer(routes);
const extensionDir = path.join(root, '.output', 'e2e', 'chrome-mv3');
// The same package with the least a content script can do: read the page's title and first node,
// and on the insurer page also send the background one message (which it drops), as ours does there.
// Given READS_TEXT as its query, it does the least any check of a page's words does instead: read
// text nodes up to the snapshot's 40,000 characters and test them once for one word.
const READS_TEXT = '?reads-text';
const referenceDir = mkdtempSync(path.join(tmpdir(), 'ktk-bench-reference-'));
cpSync(extensionDir, referenceDir, { recursive: true });
writeFileSync(
  path.join(referenceDir, CONTENT_SCRIPT_FILE),
  `void document.title; void document.body?.firstChild;
if (location.hostname === ${JSON.stringify(new URL(pages[2]!.url).hostname)}) chrome.runtime.sendMessage({ type: 'bench-reference' }).catch(() => undefined);
if (location.search === ${JSON.stringify(READS_TEXT)}) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let length = 0, node = walker.nextNode(); node && length < 40000; node = walker.nextNode()) parts.push(node.nodeValue), (length += node.nodeValue.length);
  if (/\\bmassage\\b/i.test(parts.join(' '))) chrome.runtime.sendMessage({ type: 'bench-reference' }).catch(() => undefined);
}
`,
);
/** Switches on "check every page I visit" the way a patient does, with a click on the options page. */
async function switchOnAllSites(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await options.locator('[data-testid="all-sites"]').click();
  await options.locator('[data-testid="all-sites-status"]').waitFor();
  await options.close();
}

const ours = await launchForBench(server, extensionDir);
const reference = await launchForBench(server, referenceDir);
const without = await launchForBench(server);
const peer = peerDir ? await launchForBench(server, path.resolve(peerDir)) : undefined;
await switchOnAllSites(reference);

interface Contender {
  name: string;
  context: BrowserContext;
  /** Where this contender loads the page, when not at the address the others use. */
  url?: string;
}

/**
 * Loads the page in each browser in turn, LOADS rounds, starting each round with the next browser
 * so that no browser always loads first. Every contender is compared with the browser without the
 * extension, and those after the first also with the first (the reference), round by round.
 */
async function compare(url: string, contenders: Contender[], settleMs = SETTLE_MS): Promise<string[]> {
  const everyone = [...contenders, { name: 'without', context: without }];
  const costs = new Map<string, LoadCost[]>(everyone.map((c) => [c.name, []]));
  for (const contender of everyone) await loadCost(contender.context, contender.url ?? url, settleMs); // warm each browser's cache once
  for (let round = 0; round < LOADS; round++)
    for (let i = 0; i < everyone.length; i++) {
      const contender = everyone[(round + i) % everyone.length]!;
      costs.get(contender.name)!.push(await loadCost(contender.context, contender.url ?? url, settleMs));
    }
  const off = costs.get('without')!;
  const taskOff = median(off.map((c) => c.task));
  return contenders.map(({ name }, index) => {
    const on = costs.get(name)!;
    const added = (key: keyof LoadCost, than: LoadCost[] = off) => on.map((cost, i) => cost[key] - than[i]![key]);
    const taskOn = median(on.map((c) => c.task));
    const reference = index > 0 ? costs.get(contenders[0]!.name)! : undefined;
    const overReference = reference ? medianWithInterval(added('task', reference)) : '';
    const row = `| ${name} | ${LOADS} | ${taskOff.toFixed(1)} ms | ${taskOn.toFixed(1)} ms | ${medianWithInterval(added('task'))} | ${(taskOn / taskOff).toFixed(3)}× | ${signed(median(added('script')))} ms | ${signed(median(added('styleAndLayout')))} ms | ${overReference} |`;
    console.log(row);
    return row;
  });
}

const rows: string[] = [];
try {
  // Control: the extension is installed but none of its scripts match this page. What this row
  // adds is the price of having any extension at all, not of our code.
  const referenceOn = (what: string): Contender => ({ name: `reference: ${what}`, context: reference });
  const results = pages[4]!;
  if (!only) {
    rows.push(...(await compare(pages[0]!.url, [{ name: 'control: heavy page, no script of ours runs (all-sites off)', context: ours }])));
    await switchOnAllSites(ours);
    rows.push(
      ...(await compare(pages[0]!.url, [
        referenceOn('heavy page, a script that only reads the title and first node'),
        { ...referenceOn('heavy page, a script that reads 40,000 characters of text and tests them for one word'), url: `${pages[0]!.url}${READS_TEXT}` },
        { name: pages[0]!.name, context: ours },
      ])),
    );
    rows.push(...(await compare(pages[1]!.url, [{ name: pages[1]!.name, context: ours }])));
  } else await switchOnAllSites(ours);
  if (only !== 'results') {
    rows.push(
      ...(await compare(pages[2]!.url, [
        referenceOn('insurer page, a script that reads the title and first node and sends one message'),
        { name: pages[2]!.name, context: ours },
      ])),
    );
    rows.push(...(await compare(pages[3]!.url, [referenceOn('the insurer page with its own font'), { name: pages[3]!.name, context: ours }])));
  }
  if (only !== 'insurer')
    rows.push(...(await compare(results.url, [referenceOn('results page, a script that reads the title and first node'), { name: results.name, context: ours }], RESULTS_SETTLE_MS)));
  if (peer && only !== 'insurer') {
    // The peer runs its content scripts on every page: the last column is ours over the peer.
    const peerPages = only ? [results] : [pages[0]!, pages[2]!, results];
    for (const page of peerPages)
      rows.push(
        ...(await compare(
          page.url,
          [{ name: `peer alone: ${peerName}, ${page.name}`, context: peer }, { name: `ours, beside that peer row: ${page.name}`, context: ours }],
          page === results ? RESULTS_SETTLE_MS : SETTLE_MS,
        )),
      );
  }
} finally {
  await peer?.close();
  await ours.close();
  await reference.close();
  await without.close();
  await server.close();
}

if (!only)
  recordInBenchmarksDoc(
    'bench-overhead',
    `Run on ${new Date().toISOString().slice(0, 10)}, headless Chromium, ${LOADS} rounds per page, each round one load in every browser, medians. "Added" is the median of the differences within a round (the load with the extension minus the load without it), with a 95 % bootstrap interval for the task time; the ratio is of the two task medians. The last column compares our scripts with the reference script, round by round, the same way.

| page | loads | task, without | task, with | task added (95 % interval) | ratio | script added | style + layout added | task over the reference (95 % interval) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}`,
  );
