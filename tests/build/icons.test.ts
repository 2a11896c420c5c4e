import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, TOOLBAR_ICON_SIZES, iconFile } from '@/lib/extension/brand-mark';

const root = path.resolve(import.meta.dirname, '..', '..');
const out = (...p: string[]) => path.join(root, '.output', ...p);

/** Width and height from a PNG's IHDR chunk, which always comes first after the 8-byte signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons rendered from assets/icon.svg', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv3']) {
    it(`${dir}: the manifest names an icon in every size the browsers and stores ask for, each a PNG of that size`, () => {
      if (!existsSync(out(dir, 'manifest.json'))) throw new Error(`No build in .output/${dir}: run \`npm run build\` first.`);
      const manifest = JSON.parse(readFileSync(out(dir, 'manifest.json'), 'utf8'));
      expect(manifest.icons).toEqual(Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconFile(size)])));
      for (const size of ICON_SIZES) expect(pngSize(out(dir, iconFile(size)))).toEqual({ width: size, height: size });
    });

    it(`${dir}: the toolbar button has icons of its own, so no browser shows a placeholder beside the badge`, () => {
      const manifest = JSON.parse(readFileSync(out(dir, 'manifest.json'), 'utf8'));
      expect(manifest.action.default_icon).toEqual(Object.fromEntries(TOOLBAR_ICON_SIZES.map((size) => [String(size), iconFile(size)])));
      for (const size of TOOLBAR_ICON_SIZES) expect(existsSync(out(dir, iconFile(size)))).toBe(true);
    });
  }
});
