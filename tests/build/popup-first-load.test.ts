import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import spanishCatalog from '@/public/_locales/es/messages.json';
import { questions } from '@/data/questions';
import { spanishTexts } from '@/data/i18n/es';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Every script file the popup loads before its first render: its page's scripts and their static imports. */
function firstLoad(dir: string): Map<string, string> {
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  const html = read('popup.html');
  const pending = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g), ...html.matchAll(/rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((m) => m[1]!);
  const files = new Map<string, string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    const code = read(file);
    files.set(file, code);
    // Static imports only: `import{…}from"./x.js"` and bare `import"./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/\bimport\s*(?:[\w${},\s*]+from\s*)?["'](\.\/[^"']+)["']/g))
      pending.push(path.posix.join(path.posix.dirname(file), m[1]!));
  }
  return files;
}

// The popup once reached its verdict in 3x the time of a static page, because the verdict pulled in
// every registry and both languages (docs/benchmarks.md). This keeps that from coming back unseen.
describe("the popup's first load", () => {
  for (const build of ['chrome-mv3', 'firefox-mv3']) {
    const dir = path.join(root, '.output', build);
    it(`${build}: leaves the Spanish, the registries and zod to the sections that use them`, () => {
      if (!existsSync(path.join(dir, 'popup.html'))) throw new Error(`No build in .output/${build}: run \`npm run build\` first.`);
      const code = [...firstLoad(dir).values()].join('\n');
      // Plain booleans: a failed toContain would print half a megabyte of minified code.
      const holds = (text: string) => code.includes(text);
      expect(holds('verdict-shown')).toBe(true);
      expect(holds(spanishCatalog.verdictInsurer.message.split('$')[0]!), 'the Spanish catalog').toBe(false);
      expect(holds(spanishTexts['dimension/billing/name']!), "the registries' Spanish").toBe(false);
      expect(questions.slice(0, 5).filter((q) => holds(q.text)), 'the questions registry').toEqual([]);
      // Zod checks the record once the verdict is on screen (lib/extension/tab-record.ts says why).
      expect(holds('$ZodError'), 'zod').toBe(false);
    });
  }
});
