// npm run bench:panel — what drawing the insurer panel costs the page's main thread, against a floor
// measured in the same run. The corpus's insurer benefits page is loaded in headless Chromium and
// left to settle; then one of three is drawn in the page's own world: the panel (lib/insurer/panel.ts,
// with the data the background hands it for this page), the floor (a closed shadow root holding one
// line, the least an isolated box can be), or nothing. The browser's counters (task, script, style
// and layout) are read before and after two frames. Rounds rotate the three, each load a fresh page.
// bench:overhead times the whole load, which is too noisy here to tell a few milliseconds apart.
// Records medians and the ratio to the floor in docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../tests/e2e/drivers/find-browser';
import { PAGES_DIR, startFixtureServer } from '../tests/e2e/fixture-server';
import { snapshotFromHtml } from '../tests/support/parse-html';
import { classify } from '../lib/detect/classify';
import { defaultSearchTerms, guideFor } from '../data/insurer-guides';
import english from '../public/_locales/en/messages.json';
import { panelTermsNotOnPage } from '../lib/insurer/panel-content';
import type { InsurerPanelData } from '../lib/insurer/panel';
import { benchBrowserArgs } from './bench/chromium';
import { bundle, median, pairedMedianInterval, recordInBenchmarksDoc } from './bench/common';

const ROUNDS = Number(process.env.KTK_BENCH_ROUNDS ?? 40);
const URL_ = 'https://www.aetna.com/individuals-families/member-benefits/coverage.html';
const html = readFileSync(path.join(PAGES_DIR, 'insurer-aetna-benefits.html'), 'utf8');

// The English catalogue read directly: lib/extension/i18n.ts needs the extension's API.
type MessageKey = keyof typeof english;
const t = (key: MessageKey, ...substitutions: string[]): string => {
  const entry: { message: string; placeholders?: Record<string, { content: string }> } = english[key];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) =>
    (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? ''),
  );
};

/** The panel data the background would hand this page (lib/extension/background.ts, insurerPanelFor). */
function panelDataForPage(): InsurerPanelData {
  const detection = classify(snapshotFromHtml(html, URL_));
  if (!detection.insurer) throw new Error('the benchmark page is no longer read as an insurer page');
  const statements = detection.coverage ?? [];
  return {
    lang: 'en',
    title: t('panelTitle'),
    intro: t('panelIntro', detection.insurer.name),
    terms: panelTermsNotOnPage(guideFor(detection.insurer.id)?.searchTerms ?? defaultSearchTerms, statements),
    footer: t('panelFooter'),
    hideLabel: t('panelHide'),
    dismissSiteLabel: t('panelDismissSite'),
    collapseLabel: t('panelCollapse'),
    expandLabel: t('panelExpand'),
    collapsed: false,
    avoid: statements.map((s) => s.text),
  };
}

const data = panelDataForPage();
const script = await bundle('scripts/bench/panel-entry.ts');
const server = await startFixtureServer({});
const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: benchBrowserArgs(server) });
const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 720 } });

type Drawn = 'panel' | 'floor' | 'nothing';
interface Cost {
  task: number;
  script: number;
  styleAndLayout: number;
}
const contenders: Drawn[] = ['panel', 'floor', 'nothing'];
const costs = new Map<Drawn, Cost[]>(contenders.map((c) => [c, []]));

async function drawOnce(drawn: Drawn): Promise<Cost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(URL_, { waitUntil: 'load' });
  await page.addScriptTag({ content: script });
  await page.waitForTimeout(250);
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: ms('TaskDuration'), script: ms('ScriptDuration') + ms('V8CompileDuration'), styleAndLayout: ms('RecalcStyleDuration') + ms('LayoutDuration') };
  };
  const before = await read();
  await page.evaluate(
    ([what, panelData]) => {
      const drawing = (window as unknown as { kneadBenchBundle: { drawPanel(d: unknown): void; drawFloor(text: string): void } }).kneadBenchBundle;
      if (what === 'panel') drawing.drawPanel(panelData);
      else if (what === 'floor') drawing.drawFloor(panelData.title);
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    [drawn, data] as const,
  );
  await page.waitForTimeout(200);
  const after = await read();
  await page.close();
  return { task: after.task - before.task, script: after.script - before.script, styleAndLayout: after.styleAndLayout - before.styleAndLayout };
}

try {
  await drawOnce('panel'); // warm the browser's caches once
  for (let round = 0; round < ROUNDS; round++)
    for (let i = 0; i < contenders.length; i++) {
      const drawn = contenders[(round + i) % contenders.length]!;
      costs.get(drawn)!.push(await drawOnce(drawn));
    }
} finally {
  await browser.close();
  await server.close();
}

// Each drawing is compared with drawing nothing in the same round, which takes out the
// evaluate call's own cost and the machine's drift.
const nothing = costs.get('nothing')!;
const added = (drawn: Drawn, key: keyof Cost) => costs.get(drawn)!.map((c, i) => c[key] - nothing[i]![key]);
const fmt = (ms: number) => `${ms >= 0 ? '+' : '−'}${Math.abs(ms).toFixed(1)} ms`;
const withInterval = (values: number[]) => {
  const [low, high] = pairedMedianInterval(values);
  return `${fmt(median(values))} (${fmt(low).replace(' ms', '')} to ${fmt(high).replace(' ms', '')})`;
};
const panelTask = median(added('panel', 'task'));
const floorTask = median(added('floor', 'task'));
const rows = (['panel', 'floor'] as const).map(
  (drawn) => `| ${drawn === 'panel' ? 'the insurer panel, open, as the background hands it for this page' : 'floor: a closed shadow root holding one line'} | ${withInterval(added(drawn, 'task'))} | ${fmt(median(added(drawn, 'script')))} | ${fmt(median(added(drawn, 'styleAndLayout')))} |`,
);
const markdown = `Run on ${new Date().toISOString().slice(0, 10)}, headless Chromium, ${ROUNDS} rounds, each drawing compared with drawing nothing in the same round (medians, 95 % bootstrap interval for the task time).

| drawn | task added (95 % interval) | script added | style + layout added |
| --- | --- | --- | --- |
${rows.join('\n')}

The panel costs **${(panelTask / floorTask).toFixed(1)}×** the floor's task time.`;
console.log(markdown);
if (!process.env.KTK_BENCH_NO_RECORD) recordInBenchmarksDoc('bench-panel', markdown);
