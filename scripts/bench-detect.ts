// npm run bench:detect — snapshot + classify in real Chromium on a small, a typical and a 1 MB
// page, against one `document.body.textContent` read of the same page in the same run. Prints the
// medians and ratios and records them in docs/benchmarks.md. A benchmark, not a test: run it on
// purpose, on a quiet machine, and commit the figures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../tests/e2e/drivers/find-browser';
import { bundle, median, recordInBenchmarksDoc, root } from './bench/common';

const RUNS = 41;

interface BenchApi {
  takeSnapshot: (doc: Document, url: string) => { text: string };
  classify: (snapshot: { text: string }) => { kind: string };
}
const fixture = (name: string) => readFileSync(path.join(root, 'tests', 'fixtures', 'pages', name), 'utf8');

function inflate(html: string, targetBytes: number): string {
  const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>'));
  const inner = body.slice(body.indexOf('>') + 1);
  let extra = '';
  for (let i = 0; extra.length < targetBytes; i++) extra += `<section data-copy="${i}">${inner}</section>\n`;
  return html.replace('</body>', `${extra}</body>`);
}

const pages = [
  { name: 'small (clinic home)', url: 'https://www.massagebook.com/riverside-clinical-massage', html: fixture('clinic-home-riverside.html'), batch: 20 },
  { name: 'typical (spa menu, ~60 KB)', url: 'https://www.vagaro.com/lotusdayspa/services', html: inflate(fixture('spa-menu-lotus.html'), 60_000), batch: 10 },
  { name: '1 MB (long provider page)', url: 'https://www.massagebook.com/riverside-clinical-massage', html: inflate(fixture('clinic-home-riverside.html'), 1_000_000), batch: 2 },
];

const code = await bundle('scripts/bench/detect-entry.ts');
const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const rows: string[] = [];
try {
  for (const p of pages) {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: p.html }));
    await page.goto(p.url);
    const bytes = await page.evaluate(() => document.documentElement.outerHTML.length);
    await page.addScriptTag({ content: code });
    const result = await page.evaluate(
      ({ runs, batch }) => {
        const { takeSnapshot, classify } = (globalThis as unknown as { kneadBench: BenchApi }).kneadBench;
        const snapshotOnly: number[] = [];
        const detect: number[] = [];
        const read: number[] = [];
        let kind = '';
        let sink = 0;
        // Timers are coarse in pages (0.1 ms), so each sample times a batch of calls. The three
        // measurements alternate, so that drift on a busy machine hits them alike.
        for (let i = 0; i < runs; i++) {
          let t = performance.now();
          for (let j = 0; j < batch; j++) sink += document.body.textContent!.length;
          read.push((performance.now() - t) / batch);
          t = performance.now();
          for (let j = 0; j < batch; j++) sink += takeSnapshot(document, location.href).text.length;
          snapshotOnly.push((performance.now() - t) / batch);
          t = performance.now();
          for (let j = 0; j < batch; j++) kind = classify(takeSnapshot(document, location.href)).kind;
          detect.push((performance.now() - t) / batch);
        }
        return { detect, snapshotOnly, read, kind, sink };
      },
      { runs: RUNS, batch: p.batch },
    );
    const d = median(result.detect);
    const s = median(result.snapshotOnly);
    const r = median(result.read);
    const row = `| ${p.name} | ${(bytes / 1024).toFixed(0)} KB | ${result.kind} | ${d.toFixed(2)} ms | ${s.toFixed(2)} ms | ${r.toFixed(3)} ms | ${r > 0 ? `${(d / r).toFixed(1)}×` : 'n/a (the read is below the timer\'s resolution)'} |`;
    console.log(row);
    rows.push(row);
    await page.close();
  }
} finally {
  await browser.close();
}

const version = (await import('playwright-core/package.json', { with: { type: 'json' } })).default.version;
recordInBenchmarksDoc(
  'bench-detect',
  `Run on ${new Date().toISOString().slice(0, 10)}, Chromium via playwright-core ${version}, ${RUNS} alternating runs per page, medians.

| page | size | verdict | snapshot + classify | of which snapshot | one textContent read | ratio |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}`,
);
