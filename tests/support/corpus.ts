import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectionKinds, type DetectionKind } from '@/data/schemas';
import { classify } from '@/lib/detect/classify';
import type { Detection } from '@/lib/detect/schema';
import { snapshotFromHtml } from '@/tests/support/parse-html';

export const PAGES_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'pages');

export interface CorpusEntry {
  file: string;
  url: string;
  expected: DetectionKind;
  reason: string;
}

export function corpusEntries(): CorpusEntry[] {
  return JSON.parse(readFileSync(path.join(PAGES_DIR, 'manifest.json'), 'utf8')) as CorpusEntry[];
}

export function classifyFixture(entry: CorpusEntry): Detection {
  return classify(snapshotFromHtml(readFileSync(path.join(PAGES_DIR, entry.file), 'utf8'), entry.url));
}

export interface CorpusReport {
  rows: (CorpusEntry & { actual: DetectionKind; detection: Detection })[];
  matrix: Record<DetectionKind, Record<DetectionKind, number>>;
  accuracy: number;
  perClass: Record<DetectionKind, { precision: number; recall: number; support: number }>;
}

export function evaluateCorpus(): CorpusReport {
  const rows = corpusEntries().map((entry) => {
    const detection = classifyFixture(entry);
    return { ...entry, actual: detection.kind, detection };
  });
  const zeroRow = () => Object.fromEntries(detectionKinds.map((k) => [k, 0])) as Record<DetectionKind, number>;
  const matrix = Object.fromEntries(detectionKinds.map((k) => [k, zeroRow()])) as CorpusReport['matrix'];
  for (const r of rows) matrix[r.expected][r.actual] += 1;
  const perClass = Object.fromEntries(
    detectionKinds.map((k) => {
      const tp = matrix[k][k];
      const predicted = detectionKinds.reduce((s, e) => s + matrix[e][k], 0);
      const support = detectionKinds.reduce((s, a) => s + matrix[k][a], 0);
      return [k, { precision: predicted ? tp / predicted : 1, recall: support ? tp / support : 1, support }];
    }),
  ) as CorpusReport['perClass'];
  const correct = rows.filter((r) => r.actual === r.expected).length;
  return { rows, matrix, perClass, accuracy: rows.length ? correct / rows.length : 0 };
}

const SHORT: Record<DetectionKind, string> = {
  'clinical-massage': 'clinical',
  'recreational-massage': 'spa',
  'mixed-massage': 'mixed',
  insurer: 'insurer',
  none: 'none',
};

export function formatReport(report: CorpusReport): string {
  const pad = (s: string | number, n = 10) => String(s).padStart(n);
  const lines = [
    `Corpus: ${report.rows.length} pages, accuracy ${(report.accuracy * 100).toFixed(1)} %`,
    '',
    `${'expected \\ got'.padEnd(16)}${detectionKinds.map((k) => pad(SHORT[k])).join('')}`,
    ...detectionKinds.map((e) => `${SHORT[e].padEnd(16)}${detectionKinds.map((a) => pad(report.matrix[e][a])).join('')}`),
    '',
    `${'class'.padEnd(16)}${pad('precision')}${pad('recall')}${pad('pages')}`,
    ...detectionKinds.map((k) => {
      const c = report.perClass[k];
      return `${SHORT[k].padEnd(16)}${pad(c.precision.toFixed(2))}${pad(c.recall.toFixed(2))}${pad(c.support)}`;
    }),
  ];
  return lines.join('\n');
}
