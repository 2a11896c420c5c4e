// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BRAND_GLYPH_COLOR,
  BRAND_MARK_PARTS,
  BRAND_TILE_COLOR,
  brandMarkSvgSource,
  createBrandMark,
} from '@/lib/extension/brand-mark';

const root = path.resolve(import.meta.dirname, '..', '..');

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('brand mark', () => {
  it('assets/icon.svg, the drawing the icons are rendered from, is exactly the mark the code draws inline', () => {
    expect(readFileSync(path.join(root, 'assets', 'icon.svg'), 'utf8')).toBe(brandMarkSvgSource());
  });

  it('the glyph reads on its own tile whatever the browser theme (4.5:1 or more), and the tile stands out on a light toolbar (3:1 or more)', () => {
    expect(contrast(BRAND_GLYPH_COLOR, BRAND_TILE_COLOR)).toBeGreaterThanOrEqual(4.5);
    // Firefox's and Chrome's light toolbars.
    for (const toolbar of ['#f9f9fb', '#ffffff']) expect(contrast(BRAND_TILE_COLOR, toolbar)).toBeGreaterThanOrEqual(3);
  });

  it('paints the tile first, so the glyph is never hidden behind it', () => {
    expect(BRAND_MARK_PARTS[0]?.role).toBe('tile');
    expect(BRAND_MARK_PARTS.map((p) => p.role)).toEqual(expect.arrayContaining(['leaf', 'cross']));
  });

  it('builds the inline mark node by node: one path per part, sized, and hidden from screen readers', () => {
    const svg = createBrandMark(document, 20);
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('width')).toBe('20');
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const paths = [...svg.querySelectorAll('path')].map((p) => [p.getAttribute('d'), p.getAttribute('fill')]);
    expect(paths).toEqual(BRAND_MARK_PARTS.map((p) => [p.d, p.fill]));
  });
});
