// The extension's mark: a leaf with a care cross on a filled rounded tile. assets/icon.svg is the
// drawing the toolbar and store icons are rendered from at build time (@wxt-dev/auto-icons); this
// module carries the same path data so in-page surfaces (the insurer panel, listing chips) can draw
// the mark inline without loading an image. tests/unit/brand-mark.test.ts keeps the two identical.
// Dependency-free, so any entry point (even a size-budgeted content script) may import it.

/** The tile colour: dark enough for white to read on it, and a shape that stands on light and dark toolbars alike. */
export const BRAND_TILE_COLOR = '#0b5d5e';
export const BRAND_GLYPH_COLOR = '#ffffff';

const BRAND_MARK_VIEWBOX = '0 0 128 128';

export interface BrandMarkPart {
  /** What the part is, for whoever restyles it (e.g. a one-colour variant drops the tile). */
  role: 'tile' | 'leaf' | 'stem' | 'cross';
  d: string;
  fill: string;
}

/** Painted in order: the tile, the white leaf and its stem, then the cross cut back in tile colour. */
export const BRAND_MARK_PARTS: readonly BrandMarkPart[] = [
  { role: 'tile', d: 'M36 6H92A30 30 0 0 1 122 36V92A30 30 0 0 1 92 122H36A30 30 0 0 1 6 92V36A30 30 0 0 1 36 6Z', fill: BRAND_TILE_COLOR },
  { role: 'leaf', d: 'M29 99C26 55 55 27 102 26C101 73 73 102 29 99Z', fill: BRAND_GLYPH_COLOR },
  { role: 'stem', d: 'M20 104L34 90L38 94L24 108Z', fill: BRAND_GLYPH_COLOR },
  { role: 'cross', d: 'M59 46H71V57H82V69H71V80H59V69H48V57H59Z', fill: BRAND_TILE_COLOR },
];

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The mark as SVG source text: exactly the content of assets/icon.svg. Rendered at 512 px so the
 * rasteriser downsamples to every icon size instead of enlarging.
 */
export function brandMarkSvgSource(): string {
  const paths = BRAND_MARK_PARTS.map((part) => `  <path d="${part.d}" fill="${part.fill}"/>`).join('\n');
  return `<svg xmlns="${SVG_NS}" width="512" height="512" viewBox="${BRAND_MARK_VIEWBOX}">\n${paths}\n</svg>\n`;
}

/**
 * The mark as a DOM element, built node by node (no markup parsing) for pages the extension draws
 * into. Decorative: hidden from assistive technology, since the text beside it names the extension.
 */
export function createBrandMark(doc: Document, sizePx: number): SVGSVGElement {
  // A results page draws a dozen chips at once: each copies one drawing rather than building its own.
  const drawings = brandMarks.get(doc) ?? brandMarks.set(doc, new Map()).get(doc)!;
  const drawing = drawings.get(sizePx) ?? drawings.set(sizePx, drawBrandMark(doc, sizePx)).get(sizePx)!;
  return drawing.cloneNode(true) as SVGSVGElement;
}

const brandMarks = new WeakMap<Document, Map<number, SVGSVGElement>>();

function drawBrandMark(doc: Document, sizePx: number): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', BRAND_MARK_VIEWBOX);
  svg.setAttribute('width', String(sizePx));
  svg.setAttribute('height', String(sizePx));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const part of BRAND_MARK_PARTS) {
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', part.d);
    path.setAttribute('fill', part.fill);
    svg.append(path);
  }
  return svg;
}

/**
 * Every icon size the browsers and stores ask for: 16 and 32 for the toolbar (1x and 2x), 48 for the
 * extensions page, 96 for Firefox's add-ons manager at 2x, 128 for install dialogs and the Chrome
 * Web Store. Rendered from assets/icon.svg into icons/<size>.png by wxt.config.ts.
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** The toolbar's own icon set, so neither browser falls back to a placeholder next to the badge. */
export const TOOLBAR_ICON_SIZES = [16, 32] as const;

export const iconFile = (size: number) => `icons/${size}.png`;
