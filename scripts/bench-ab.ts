// `npm run bench:ab -- DIR_A DIR_B …`: two or more builds of the extension (unpacked folders, e.g. a
// change built with KTK_OUTPUT_DIR) compared on one page, round by round as bench:overhead does, so
// that a change too small for the whole benchmark's noise can still be told apart. Each build gets
// its own browser; every round loads the page once in each, starting with the next. Prints what
// each build adds over no extension and over the first build (medians of the round-by-round
// differences, 95 % bootstrap intervals). Not recorded: docs/benchmarks.md quotes the runs it used.
//   KTK_AB_URL   the page (default: the insurer benefits page)    KTK_AB_LOADS  rounds (default 24)
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { launchForBench, loadCost, medianWithInterval, signed, type LoadCost } from './bench/chromium';
import { median } from './bench/common';
import { RESULTS_URL, resultsPage } from './bench/results-page';

const url = process.env.KTK_AB_URL ?? 'https://www.aetna.com/individuals-families/member-benefits/coverage.html';
const LOADS = Number(process.env.KTK_AB_LOADS ?? 24);
const SETTLE_MS = url === RESULTS_URL ? 1500 : 600;
const builds = process.argv.slice(2).filter((arg) => arg !== '--');
if (builds.length < 2) throw new Error('bench:ab needs at least two unpacked extension folders');

const server = await startFixtureServer({ [`${new URL(RESULTS_URL).host}${new URL(RESULTS_URL).pathname}`]: resultsPage(50) });
const contenders = [...builds.map((dir) => ({ name: dir, dir })), { name: 'no extension', dir: undefined }];
const contexts = await Promise.all(contenders.map(({ dir }) => launchForBench(server, dir)));
try {
  const costs = contenders.map((): LoadCost[] => []);
  for (const context of contexts) await loadCost(context, url, SETTLE_MS); // warm each browser's cache once
  for (let round = 0; round < LOADS; round++)
    for (let i = 0; i < contexts.length; i++) {
      const j = (round + i) % contexts.length;
      costs[j]!.push(await loadCost(contexts[j]!, url, SETTLE_MS));
    }
  const differences = (on: LoadCost[], than: LoadCost[], key: keyof LoadCost) => on.map((cost, i) => cost[key] - than[i]![key]);
  const without = costs[costs.length - 1]!;
  console.log(`${url}, ${LOADS} rounds`);
  builds.forEach((name, i) => {
    const on = costs[i]!;
    const overFirst = i > 0 ? `; over the first build: ${medianWithInterval(differences(on, costs[0]!, 'task'))}` : '';
    console.log(
      `${name}: task ${medianWithInterval(differences(on, without, 'task'))}, script ${signed(median(differences(on, without, 'script')))} ms, style and layout ${signed(median(differences(on, without, 'styleAndLayout')))} ms${overFirst}`,
    );
  });
} finally {
  await Promise.all(contexts.map((context) => context.close()));
  await server.close();
}
