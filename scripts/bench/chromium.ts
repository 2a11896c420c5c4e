// What bench:overhead and bench:ab share: a headless Chromium per contender, pointed at the fixture
// server, and the main-thread cost of one page load read from the browser's own counters.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findBrowser } from '../../tests/e2e/drivers/find-browser';
import type { FixtureServer } from '../../tests/e2e/fixture-server';
import { median, pairedMedianInterval } from './common';

/** Headless Chromium's switches for a benchmark: the fixture pages' hosts resolve to the fixture server. */
export const benchBrowserArgs = (server: FixtureServer): string[] => [
  '--headless=new',
  `--host-resolver-rules=MAP *:80 127.0.0.1:${server.httpPort},MAP *:443 127.0.0.1:${server.httpsPort},EXCLUDE localhost`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A fresh profile with this unpacked extension, or with no extension at all. */
export function launchForBench(server: FixtureServer, extension?: string): Promise<BrowserContext> {
  const args = benchBrowserArgs(server);
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'ktk-bench-')), {
    executablePath: findBrowser('chromium'),
    headless: false,
    ignoreHTTPSErrors: true,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    args: extension ? [...args, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : args,
  });
}

export interface LoadCost {
  task: number;
  script: number;
  styleAndLayout: number;
}

/** One load of the page in a new tab, read once the page's and the extension's work settled. */
export async function loadCost(context: BrowserContext, url: string, settleMs: number): Promise<LoadCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: ms('TaskDuration'),
    script: ms('ScriptDuration') + ms('V8CompileDuration'),
    styleAndLayout: ms('RecalcStyleDuration') + ms('LayoutDuration'),
  };
}

/** Milliseconds with their sign, as the tables print them. */
export const signed = (ms: number) => `${ms >= 0 ? '+' : '−'}${Math.abs(ms).toFixed(1)}`;

/** The median of paired differences with its 95 % interval, e.g. "+12.3 ms (+4.0 to +20.1)". */
export function medianWithInterval(differences: number[]): string {
  const [low, high] = pairedMedianInterval(differences);
  return `${signed(median(differences))} ms (${signed(low)} to ${signed(high)})`;
}
