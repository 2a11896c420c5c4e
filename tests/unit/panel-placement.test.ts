import { describe, expect, it } from 'vitest';
import { boxAt, overlapArea, placePanel, type Box, type PlacementInput } from '@/lib/insurer/placement';
import { panelTermsNotOnPage } from '@/lib/insurer/panel-content';

const viewport = { width: 1280, height: 800 };
const base: PlacementInput = {
  viewport,
  panel: { width: 320, height: 240 },
  tab: { width: 140, height: 32 },
  margin: 16,
  statements: [],
  preferred: 'bottom-right',
};
const row = (left: number, top: number, width: number, height = 24): Box => ({ left, top, width, height });

describe('where the in-page panel goes', () => {
  it('keeps its usual corner when nothing of the page\'s coverage text is under it', () => {
    expect(placePanel(base)).toEqual({ corner: 'bottom-right', collapsed: false });
    expect(placePanel({ ...base, statements: [row(40, 100, 600)] })).toEqual({ corner: 'bottom-right', collapsed: false });
  });

  it('moves to another corner when a statement would lie under its box', () => {
    // A benefits-table row running across the bottom right of the screen.
    const underBottomRight = row(900, 650, 360);
    expect(overlapArea(boxAt('bottom-right', base.panel, viewport, 16), underBottomRight)).toBeGreaterThan(0);
    const placed = placePanel({ ...base, statements: [underBottomRight] });
    expect(placed).toEqual({ corner: 'bottom-left', collapsed: false });
    expect(overlapArea(boxAt(placed.corner, base.panel, viewport, 16), underBottomRight)).toBe(0);
  });

  it('goes to the top when statements fill the bottom of the screen', () => {
    expect(placePanel({ ...base, statements: [row(0, 600, 1280, 200)] })).toEqual({ corner: 'top-right', collapsed: false });
  });

  it('folds into its tab when every corner would cover a statement, and puts the tab where it covers none', () => {
    // Statements in every corner region of the panel's size, with a gap at the very bottom right
    // that only the small tab fits in.
    const statements = [row(0, 0, 1280, 200), row(0, 560, 1280, 190)];
    expect(placePanel({ ...base, statements })).toEqual({ corner: 'bottom-right', collapsed: true });
    const everywhere = [row(0, 0, 1280, 800)];
    expect(placePanel({ ...base, statements: everywhere }).collapsed).toBe(true);
  });

  it('folds into its tab in a window too small for the open panel', () => {
    expect(placePanel({ ...base, viewport: { width: 300, height: 500 } })).toMatchObject({ collapsed: true });
  });

  it('counts boxes that only touch as apart', () => {
    expect(overlapArea(row(0, 0, 10, 10), row(10, 0, 10, 10))).toBe(0);
    expect(overlapArea(row(0, 0, 10, 10), row(5, 5, 10, 10))).toBe(25);
  });
});

describe('what the in-page panel adds to the page', () => {
  const terms = ['massage therapy', 'manual therapy', 'chiropractic'];

  it('nothing, where the page already says something about massage', () => {
    expect(panelTermsNotOnPage(terms, [{ text: 'Massage therapy: not covered, except in a physical therapy plan of care.' }])).toEqual([]);
  });

  it('only the search terms the page\'s own statements do not already name', () => {
    expect(panelTermsNotOnPage(terms, [{ text: 'Chiropractic care: $30 copay, 20 visits a year.' }])).toEqual(['massage therapy', 'manual therapy']);
    expect(panelTermsNotOnPage(terms, [])).toEqual(terms);
    expect(panelTermsNotOnPage(['chiropractic'], [{ text: 'Chiropractic care is covered.' }])).toEqual([]);
  });
});
