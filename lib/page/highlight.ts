// "Show on page" for a statement the popup lists: scroll to it and mark it without changing the
// page's markup. The CSS Custom Highlight API paints a range from outside the DOM; where a browser
// lacks it, a temporary outline on the element that holds the statement, removed again.
//
// The popup runs this in the tab with scripting.executeScript({ func }), which sends the function's
// source alone: so it is self-contained (no imports, no module constants), and the content script
// keeps its 10 KB budget.

/** Scrolls to the statement and marks it; false when the page no longer shows it. */
export function showStatementInPage(statement: string): boolean {
  // Whitespace is left out altogether: the reader joins table cells with a space, textContent does not.
  const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  const wanted = squash(statement).slice(0, 120);
  let element: Element | undefined;
  const walk = (el: Element) => {
    if (!squash(el.textContent ?? '').includes(wanted)) return;
    element = el;
    for (const child of el.children) walk(child);
  };
  if (wanted && document.body) walk(document.body);
  if (!element) return false;
  const target: Element = element;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const registry = (globalThis as { CSS?: { highlights?: { set(name: string, highlight: unknown): void } } }).CSS?.highlights;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (registry && Highlight && 'adoptedStyleSheets' in document) {
    const range = document.createRange();
    range.selectNodeContents(target);
    registry.set('knead-to-know-statement', new Highlight(range));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(knead-to-know-statement) { background-color: #ffe066; color: #000; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return true;
  }
  if (target instanceof HTMLElement) {
    const before = target.getAttribute('style');
    target.style.setProperty('outline', '3px solid #ffb000', 'important');
    setTimeout(() => (before === null ? target.removeAttribute('style') : target.setAttribute('style', before)), 4000);
  }
  return true;
}
