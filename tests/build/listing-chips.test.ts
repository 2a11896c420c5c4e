import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const out = (...p: string[]) => path.resolve(import.meta.dirname, '..', '..', '.output', ...p);

// Injected only into directory results pages, but into each of them: it stays small and plain.
describe('listing chips script', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv3']) {
    it(`${dir}: under 16 KB minified, with no React, no zod and no data tables, and never signals the page`, () => {
      if (!existsSync(out(dir, 'manifest.json'))) throw new Error(`No build in .output/${dir}: run \`npm run build\` first.`);
      const code = readFileSync(out(dir, 'listing-chips.js'), 'utf8');
      expect(code.length).toBeLessThan(16 * 1024);
      expect(code).not.toMatch(/react\.element|__SECRET_INTERNALS|ZodError|\$ZodType|medical-necessity/);
      expect(code).not.toMatch(/\.postMessage\(|\.dispatchEvent\(|new CustomEvent/);
    });
  }
});
