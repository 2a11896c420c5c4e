// npm run bench:bundle — what each extension page loads from the Chromium build: the files its HTML
// loads at once (entry, module preloads, CSS) and everything reachable from them, including chunks
// loaded later by dynamic import. Raw and gzip bytes. Needs `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const build = path.resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['popup', 'options', 'print'];

const read = (file: string) => readFileSync(path.join(build, file));
const referenced = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!.replace(/^\.?\//, ''));

function reachable(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(path.join(build, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const dir = path.posix.dirname(file);
    // Static and dynamic imports name sibling chunks as "./name-hash.js".
    for (const name of referenced(read(file).toString('utf8'), /["'`](\.{0,2}\/?[\w./-]+\.(?:js|css))["'`]/g)) {
      queue.push(path.posix.normalize(name.startsWith('chunks/') || name.startsWith('assets/') ? name : path.posix.join(dir, name)));
    }
  }
  return seen;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (files: Iterable<string>) => {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = read(f);
    raw += bytes.length;
    gz += gzipSync(bytes).length;
  }
  return { raw, gz };
};

console.log('| page | loaded at once (raw / gzip) | with lazy chunks (raw / gzip) |');
console.log('| --- | --- | --- |');
for (const page of pages) {
  const html = read(`${page}.html`).toString('utf8');
  const direct = referenced(html, /(?:src|href)="\/([^"]+\.(?:js|css))"/g);
  const once = sizes(direct);
  const all = sizes(reachable(direct));
  console.log(`| ${page} | ${kb(once.raw)} / ${kb(once.gz)} | ${kb(all.raw)} / ${kb(all.gz)} |`);
}
