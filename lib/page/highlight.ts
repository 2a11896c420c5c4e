// "Show on page" for a statement the popup lists: scroll to it and mark it without changing the
// page's markup. The CSS Custom Highlight API paints a range from outside the DOM; where a browser
// lacks it, a temporary outline on the element that holds the statement, removed again.

const HIGHLIGHT_NAME = 'knead-to-know-statement';
const OUTLINE_MS = 4000;

type HighlightRegistry = { set(name: string, highlight: unknown): void };
type HighlightConstructor = new (...ranges: Range[]) => unknown;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The innermost element whose text holds the statement (whitespace and case aside). */
function elementHolding(doc: Document, statement: string): Element | undefined {
  const wanted = squash(statement).slice(0, 120);
  if (!wanted || !doc.body) return undefined;
  let found: Element | undefined;
  const walk = (el: Element) => {
    if (!squash(el.textContent ?? '').includes(wanted)) return;
    found = el;
    for (const child of el.children) walk(child);
  };
  walk(doc.body);
  return found;
}

/**
 * Scrolls to the statement and marks it; false when the page no longer shows it. `view` is the
 * page's window (its CSS and Highlight, when the browser has them).
 */
export function showStatement(doc: Document, view: Window & typeof globalThis, statement: string): boolean {
  const element = elementHolding(doc, statement);
  if (!element) return false;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const registry = (view as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const Highlight = (view as unknown as { Highlight?: HighlightConstructor }).Highlight;
  if (registry && Highlight && 'adoptedStyleSheets' in doc) {
    const range = doc.createRange();
    range.selectNodeContents(element);
    registry.set(HIGHLIGHT_NAME, new Highlight(range));
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #000; }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  }
  if (element instanceof view.HTMLElement) {
    const before = element.getAttribute('style');
    element.style.setProperty('outline', '3px solid #ffb000', 'important');
    view.setTimeout(() => (before === null ? element.removeAttribute('style') : element.setAttribute('style', before)), OUTLINE_MS);
  }
  return true;
}

/** The message the popup sends to the tab's content script. */
export interface ShowStatementMessage {
  type: 'show-statement';
  text: string;
}

export const isShowStatementMessage = (m: unknown): m is ShowStatementMessage =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'show-statement' && typeof (m as { text?: unknown }).text === 'string';
