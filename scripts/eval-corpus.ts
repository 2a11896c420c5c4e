// npm run eval: classifies every page of tests/fixtures/pages and prints a confusion matrix with
// per-class precision and recall. Exit code 1 when a page has no evidence for its verdict.
import { evaluateCorpus, formatReport } from '../tests/support/corpus';

const report = evaluateCorpus();
console.log(formatReport(report));
if (process.argv.includes('--scores')) {
  for (const r of report.rows) console.log(`${r.expected.padEnd(22)} ${r.actual.padEnd(22)} C=${r.detection.clinicalScore} R=${r.detection.recreationalScore} ${r.file}`);
}
if (process.argv.includes('--verbose')) {
  for (const row of report.rows.filter((r) => r.actual !== r.expected)) {
    console.log(`\n✗ ${row.file}: expected ${row.expected}, got ${row.actual} (${row.detection.reason}; clinical ${row.detection.clinicalScore}, spa ${row.detection.recreationalScore})`);
    console.log(`  ${row.reason}`);
    console.log(`  provider cues: ${row.detection.pageCues.provider.join(', ')}; counter: ${row.detection.pageCues.counter.join(', ')}`);
    for (const e of row.detection.evidence) console.log(`  - [${e.side}] ${e.label}: ${e.snippet}`);
  }
}
