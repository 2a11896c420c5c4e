// Where the in-page panel goes so that it never lies over what the page itself says about coverage.
// Pure and dependency-free: the panel script measures, this decides, and unit tests check it.

export type PanelCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** A rectangle in viewport pixels, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface PlacementInput {
  viewport: Size;
  /** The open panel, and the small tab it collapses to. */
  panel: Size;
  tab: Size;
  /** Gap kept between the panel and the viewport's edges. */
  margin: number;
  /** The page's own coverage statements, where they are on screen now. */
  statements: readonly Box[];
  /** The corner tried first (the panel's usual place). */
  preferred: PanelCorner;
}

export interface Placement {
  corner: PanelCorner;
  /** True when only the tab fits without covering a statement (or nothing fits at all). */
  collapsed: boolean;
}

const CORNERS: readonly PanelCorner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

/** The corners in the order they are tried: the preferred one, then its neighbours along the bottom and the top. */
export const cornerOrder = (preferred: PanelCorner): PanelCorner[] => [preferred, ...CORNERS.filter((c) => c !== preferred)];

/** Where a box of this size sits in that corner of the viewport. */
export function boxAt(corner: PanelCorner, size: Size, viewport: Size, margin: number): Box {
  const left = corner.endsWith('right') ? viewport.width - margin - size.width : margin;
  const top = corner.startsWith('bottom') ? viewport.height - margin - size.height : margin;
  return { left, top, width: size.width, height: size.height };
}

/** The area two boxes share; 0 when they only touch or are apart. */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

const covered = (box: Box, statements: readonly Box[]) => statements.reduce((sum, s) => sum + overlapArea(box, s), 0);

const fits = (size: Size, viewport: Size, margin: number) =>
  size.width + 2 * margin <= viewport.width && size.height + 2 * margin <= viewport.height;

/**
 * The open panel in the first corner where it covers no statement; else the tab in the first
 * corner where it covers none; else the tab where it covers least. A panel too big for the
 * viewport is always the tab.
 */
export function placePanel(input: PlacementInput): Placement {
  const { viewport, panel, tab, margin, statements, preferred } = input;
  const order = cornerOrder(preferred);
  if (fits(panel, viewport, margin)) {
    const open = order.find((corner) => covered(boxAt(corner, panel, viewport, margin), statements) === 0);
    if (open) return { corner: open, collapsed: false };
  }
  return { corner: leastCovered(order, tab, input), collapsed: true };
}

/**
 * The corner where a box of this size covers the least statement area (the first of equals). For
 * the tab, and for a panel the patient opened on purpose where no corner is free.
 */
export function leastCovered(order: readonly PanelCorner[], size: Size, input: Pick<PlacementInput, 'viewport' | 'margin' | 'statements'>): PanelCorner {
  let best = order[0]!;
  let bestArea = Number.POSITIVE_INFINITY;
  for (const corner of order) {
    const area = covered(boxAt(corner, size, input.viewport, input.margin), input.statements);
    if (area < bestArea) [best, bestArea] = [corner, area];
  }
  return best;
}
