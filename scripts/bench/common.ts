import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

export const root = path.resolve(import.meta.dirname, '..', '..');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A 95 % interval for the median of paired differences, by resampling the pairs (seeded, so a
 * rerun on the same figures gives the same interval). Loads are paired as they alternated, which
 * cancels the machine's slow drift; the interval says whether a difference stands out of the noise.
 */
export function pairedMedianInterval(differences: number[], rounds = 4000): [number, number] {
  let seed = 20261126;
  const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const medians = Array.from({ length: rounds }, () =>
    median(differences.map(() => differences[Math.floor(random() * differences.length)]!)),
  ).sort((x, y) => x - y);
  return [medians[Math.floor(rounds * 0.025)]!, medians[Math.ceil(rounds * 0.975) - 1]!];
}

/** Bundles an entry file to one IIFE string, with the same `@/` alias as the extension. */
export async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(root, entry), formats: ['iife'], name: 'kneadBenchBundle' },
    },
  });
  const output = Array.isArray(result) ? result[0]! : result;
  if (!('output' in output)) throw new Error('unexpected vite build result');
  return output.output[0]!.type === 'chunk' ? output.output[0]!.code : '';
}

/** Replaces the section between `<!-- NAME:start -->` and `<!-- NAME:end -->` in docs/benchmarks.md. */
export function recordInBenchmarksDoc(name: string, markdown: string): void {
  const file = path.join(root, 'docs', 'benchmarks.md');
  const doc = readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`docs/benchmarks.md has no ${start} … ${end} section`);
  writeFileSync(file, `${doc.slice(0, i + start.length)}\n${markdown.trim()}\n${doc.slice(j)}`);
}
