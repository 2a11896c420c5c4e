// npm run classify -- [--url URL] FILE.html
// Prints the Detection for a saved page as JSON, through the same takeSnapshot() the content
// script runs (on a happy-dom document) and the same classify() the background runs. On a
// directory's results page the Detection holds a `listings` array: each listing's verdict.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { classifyDocument } from '@/lib/detect/classify-document';
import { readHtml } from '@/tests/support/parse-html';

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
const pageUrl = url ?? pathToFileURL(file).href;
const detection = readHtml(html, pageUrl, (doc) => classifyDocument(doc, pageUrl));
console.log(JSON.stringify(detection, null, 2));
