// npm run classify -- [--url URL] FILE.html
// Prints the Detection for a saved page as JSON, through the same takeSnapshot() the content
// script runs (on a happy-dom document) and the same classify() the background runs.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { classify } from '@/lib/detect/classify';
import { snapshotFromHtml } from '@/tests/support/parse-html';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run classify -- [--url URL] FILE.html`);
  process.exit(2);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
let url: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') url = args[++i] ?? usage('--url needs an address');
  else files.push(args[i]!);
}
if (files.length !== 1) usage('Give exactly one HTML file.');
const file = files[0]!;
if (url !== undefined) {
  try {
    new URL(url);
  } catch {
    usage(`Not an address: ${url}`);
  }
}
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  usage(`Cannot read ${file}: ${(error as Error).message}`);
}
const detection = classify(snapshotFromHtml(html, url ?? pathToFileURL(file).href));
console.log(JSON.stringify(detection, null, 2));
