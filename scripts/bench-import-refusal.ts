// npm run bench:import-refusal — refusing a backup of 100,001 providers (one more than a shortlist
// holds, about 60 MB of JSON) in the options page, in real Chromium with the built extension (needs
// `npm run build`). The file is read, parsed and checked in a worker (lib/shortlist/backup-check.ts);
// this prints the longest task the page's main thread ran from choosing the file to the refusal on
// screen, which the hostile review measured at 6.1 s when the check ran on the page. Records the
// figures in docs/benchmarks.md. A benchmark, not a test: run it on purpose, on a quiet machine.
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/drivers/chromium';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { median, recordInBenchmarksDoc, root } from './bench/common';
import { benchBackup } from './bench/shortlist-data';
import type { PageHandle } from '../tests/e2e/drivers/types';
import { SHORTLIST_LIMITS } from '@/lib/shortlist';

const RUNS = 3;
/** A task longer than this is a long task (the Long Tasks API's own threshold). */
const LONG_TASK_MS = 50;

const loadAtStart = loadavg()[0]!;
// One ordinary provider of the benchmark's shortlist, repeated with its own id: the file is made in
// the page (Playwright hands a file input at most 50 MB), before the measured part begins.
const PROVIDERS = SHORTLIST_LIMITS.providers + 1;
const sample = benchBackup(1, 0);
const sampleProvider = JSON.stringify(sample.providers[0]);
const sampleId = sample.providers[0]!.id;

/** Builds the backup's text in the page and hands it to the file input as the file picker would. */
function chooseGeneratedFile(page: PageHandle): Promise<number> {
  return page.evaluate(
    ({ head, provider, id, count }) => {
      const parts: string[] = [];
      for (let i = 0; i < count; i++) parts.push(provider.replaceAll(JSON.stringify(id), JSON.stringify(`${id}p${i}`)));
      const file = new File([`${head}${parts.join(',')}],"visits":[]}`], 'too-many.json', { type: 'application/json' });
      (window as unknown as { pendingFile: File }).pendingFile = file;
      return file.size;
    },
    { head: `{"format":"${sample.format}","schemaVersion":${sample.schemaVersion},"exportedAt":"${sample.exportedAt}","providers":[`, provider: sampleProvider, id: sampleId, count: PROVIDERS },
  );
}

const dropInput = (page: PageHandle) =>
  page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { pendingFile: File }).pendingFile);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, null);
let megabytes = '';

const server = await startFixtureServer();
const ext = await launchChromium({ extensionDir: path.join(root, '.output', 'chrome-mv3'), httpPort: server.httpPort, httpsPort: server.httpsPort });
const longest: number[] = [];
const toRefusal: number[] = [];
let refusal = '';
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await ext.openExtensionPage('options.html', '[data-testid="import-file"]');
    await page.evaluate(() => {
      const w = window as unknown as { refusalTasks: number[] };
      w.refusalTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.refusalTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    }, null);
    megabytes = ((await chooseGeneratedFile(page)) / 1024 / 1024).toFixed(1);
    // Let the page settle, so its own first render and the file's making are not counted.
    await new Promise((r) => setTimeout(r, 1500));
    await page.evaluate(() => ((window as unknown as { refusalTasks: number[] }).refusalTasks = []), null);
    const started = Date.now();
    await dropInput(page);
    for (let waited = 0; ; waited += 50) {
      refusal = await page.evaluate(() => document.querySelector('[data-testid="import-problems"] li')?.textContent ?? '', null);
      if (refusal) break;
      if (waited > 180_000) throw new Error('no refusal after 3 minutes');
      await new Promise((r) => setTimeout(r, 50));
    }
    toRefusal.push(Date.now() - started);
    const tasks = await page.evaluate(() => (window as unknown as { refusalTasks: number[] }).refusalTasks, null);
    longest.push(tasks.length > 0 ? Math.max(...tasks) : 0);
    console.log(`run ${run + 1}: refused in ${toRefusal.at(-1)} ms; long tasks on the page's main thread: ${tasks.map((t) => Math.round(t)).join(', ') || 'none'}`);
    await page.close();
  }
} finally {
  await ext.close();
  await server.close();
}
if (!/more than a shortlist can hold/.test(refusal)) throw new Error(`unexpected refusal: ${refusal}`);

const worst = Math.max(...longest);
const markdown = `Run on ${new Date().toISOString().slice(0, 10)}, headless Chromium, built extension, ${cpus().length} cores with a load average of ${loadAtStart.toFixed(1)} at the start; a backup of ${PROVIDERS.toLocaleString('en-US')} providers (${megabytes} MB), chosen in the options page's file input, ${RUNS} runs. The Long Tasks API reports tasks over ${LONG_TASK_MS} ms of the page's main thread only (the worker's work is not on it); "none" is 0.

| measure | median | slowest |
| --- | --- | --- |
| longest main-thread task from choosing the file to the refusal | ${median(longest).toFixed(0)} ms | ${worst.toFixed(0)} ms |
| file chosen → refusal on screen | ${median(toRefusal).toFixed(0)} ms | ${Math.max(...toRefusal).toFixed(0)} ms |

The refusal reads: "${refusal}"`;
console.log(markdown);
recordInBenchmarksDoc('bench-import-refusal', markdown);
