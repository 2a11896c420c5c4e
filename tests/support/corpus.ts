import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageType } from '@/data/page-types';
import { detectionKinds, type DetectionKind } from '@/data/schemas';
import { classify } from '@/lib/detect/classify';
import type { Detection } from '@/lib/detect/schema';
import { classifyDocument } from '@/lib/detect/classify-document';
import { readHtml, snapshotFromHtml } from '@/tests/support/parse-html';

export const PAGES_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'pages');

export interface CorpusEntry {
  /** The page's file, relative to tests/fixtures/pages/. */
  file: string;
  url: string;
  expected: DetectionKind;
  reason: string;
  /** What the site is and what this page of it is (pages written since the page-type work). */
  site?: NonNullable<Detection['site']>;
  pageType?: PageType;
}

/** Sets of pages, each a folder with its own manifest.json; the first set is the folder itself. */
export const CORPUS_SETS = ['', ...readdirSync(PAGES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()].filter(
  (dir) => existsSync(path.join(PAGES_DIR, dir, 'manifest.json')),
);

export function corpusEntries(sets: readonly string[] = CORPUS_SETS): CorpusEntry[] {
  return sets.flatMap((dir) =>
    (JSON.parse(readFileSync(path.join(PAGES_DIR, dir, 'manifest.json'), 'utf8')) as CorpusEntry[]).map((entry) => ({
      ...entry,
      file: dir ? `${dir}/${entry.file}` : entry.file,
    })),
  );
}

const fixtureHtml = (entry: CorpusEntry) => readFileSync(path.join(PAGES_DIR, entry.file), 'utf8');

/** The page's verdict as npm run classify gives it: with its listings when it is a results page. */
export function classifyFixture(entry: CorpusEntry): Detection {
  return readHtml(fixtureHtml(entry), entry.url, (doc) => classifyDocument(doc, entry.url));
}

/** Characters of text a partial read keeps, as a page still loading or a single-page app gives. */
export const PARTIAL_TEXT_CHARS = 2000;

/** The verdict from only the address and the first characters of the page's text: no title, no structure. */
export function classifyPartialFixture(entry: CorpusEntry): Detection {
  const full = snapshotFromHtml(fixtureHtml(entry), entry.url);
  return classify({
    url: entry.url,
    title: '',
    metaDescription: '',
    headings: [],
    schemaItems: [],
    text: full.text.replace(/\s+/g, ' ').trim().slice(0, PARTIAL_TEXT_CHARS),
    textTruncated: true,
    phoneLinks: [],
    emailLinks: [],
  });
}

export interface CorpusReport {
  rows: (CorpusEntry & { actual: DetectionKind; detection: Detection; partial: DetectionKind })[];
  matrix: Record<DetectionKind, Record<DetectionKind, number>>;
  accuracy: number;
  perClass: Record<DetectionKind, { precision: number; recall: number; support: number }>;
}

export function evaluateCorpus(sets: readonly string[] = CORPUS_SETS): CorpusReport {
  const rows = corpusEntries(sets).map((entry) => {
    const detection = classifyFixture(entry);
    return { ...entry, actual: detection.kind, detection, partial: classifyPartialFixture(entry).kind };
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

const isProvider = (kind: DetectionKind) => kind === 'clinical-massage' || kind === 'recreational-massage' || kind === 'mixed-massage';
const percent = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1)} %` : '–');

/** The figures the held-out real pages are scored by, on this corpus. */
export function headlineFigures(report: CorpusReport) {
  const rows = report.rows.filter((r) => r.expected !== 'insurer');
  const providerAgree = rows.filter((r) => isProvider(r.expected) === isProvider(r.actual)).length;
  const found = rows.filter((r) => isProvider(r.expected) && isProvider(r.actual) && r.expected !== 'mixed-massage');
  const sideAgree = found.filter((r) => r.actual === r.expected || r.actual === 'mixed-massage').length;
  const strongArticles = report.rows.filter(
    (r) => (r.pageType === 'article' || r.pageType === 'news') && isProvider(r.actual) && r.detection.strength === 'strong',
  );
  const partialAgree = report.rows.filter((r) => r.partial === r.actual).length;
  const partialProvider = rows.filter((r) => isProvider(r.expected) === isProvider(r.partial)).length;
  const partialRight = report.rows.filter((r) => r.partial === r.expected).length;
  return {
    partialProviderVsNot: { agree: partialProvider, of: rows.length },
    partialAccuracy: { agree: partialRight, of: report.rows.length },
    providerVsNot: { agree: providerAgree, of: rows.length },
    clinicalVsSpa: { agree: sideAgree, of: found.length },
    strongArticles: strongArticles.map((r) => r.file),
    partialAgreement: { agree: partialAgree, of: report.rows.length },
  };
}

export function formatReport(report: CorpusReport): string {
  const pad = (s: string | number, n = 10) => String(s).padStart(n);
  const figures = headlineFigures(report);
  const byType = new Map<string, CorpusReport['rows']>();
  for (const r of report.rows) byType.set(r.pageType ?? '(untyped)', [...(byType.get(r.pageType ?? '(untyped)') ?? []), r]);
  const lines = [
    `Corpus: ${report.rows.length} pages, accuracy ${(report.accuracy * 100).toFixed(1)} %`,
    `Provider vs not: ${percent(figures.providerVsNot.agree, figures.providerVsNot.of)} of ${figures.providerVsNot.of} non-insurer pages`,
    `Clinical vs spa, of practices found: ${percent(figures.clinicalVsSpa.agree, figures.clinicalVsSpa.of)} of ${figures.clinicalVsSpa.of}`,
    `Articles called a practice with strong evidence: ${figures.strongArticles.length}${figures.strongArticles.length ? ` (${figures.strongArticles.join(', ')})` : ''}`,
    `Partial read (address + first ${PARTIAL_TEXT_CHARS} characters of text) agrees with the full read: ${percent(figures.partialAgreement.agree, figures.partialAgreement.of)}`,
    `Partial read alone: accuracy ${percent(figures.partialAccuracy.agree, figures.partialAccuracy.of)}, provider vs not ${percent(figures.partialProviderVsNot.agree, figures.partialProviderVsNot.of)}`,
    '',
    `${'expected \\ got'.padEnd(16)}${detectionKinds.map((k) => pad(SHORT[k])).join('')}`,
    ...detectionKinds.map((e) => `${SHORT[e].padEnd(16)}${detectionKinds.map((a) => pad(report.matrix[e][a])).join('')}`),
    '',
    `${'class'.padEnd(16)}${pad('precision')}${pad('recall')}${pad('pages')}`,
    ...detectionKinds.map((k) => {
      const c = report.perClass[k];
      return `${SHORT[k].padEnd(16)}${pad(c.precision.toFixed(2))}${pad(c.recall.toFixed(2))}${pad(c.support)}`;
    }),
    '',
    'Per page type (rows: expected, columns: got)',
    `${'page type'.padEnd(12)}${pad('pages', 7)}${pad('right', 8)}${detectionKinds.map((k) => pad(SHORT[k], 9)).join('')}`,
    ...[...byType.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([type, rows]) => [
        `${type.padEnd(12)}${pad(rows.length, 7)}${pad(percent(rows.filter((r) => r.actual === r.expected).length, rows.length), 8)}`,
        ...detectionKinds
          .filter((e) => rows.some((r) => r.expected === e))
          .map((e) => `${`  ${SHORT[e]}`.padEnd(27)}${detectionKinds.map((a) => pad(rows.filter((r) => r.expected === e && r.actual === a).length || '·', 9)).join('')}`),
      ]),
  ];
  return lines.join('\n');
}
