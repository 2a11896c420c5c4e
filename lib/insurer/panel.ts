// The small hint panel on an insurer's benefits pages. Zod-free and React-free: it is injected
// into the page only where it applies. Everything is built with text nodes, never markup strings.
import { createBrandMark } from '@/lib/extension/brand-mark';
import { pinHostStyle } from '@/lib/page/host-style';
import type { ContentRuntime } from '@/lib/extension/content-script';
import { cornerOrder, leastCovered, placePanel, type Box, type PanelCorner, type Size } from './placement';

export interface InsurerPanelData {
  title: string;
  intro: string;
  terms: string[];
  footer: string;
  hideLabel: string;
  dismissSiteLabel: string;
  /** The language of these texts (BCP 47), for the panel's `lang`. */
  lang?: string;
  /** The header button that folds the panel into its tab, and the tab's own accessible name. */
  collapseLabel: string;
  expandLabel: string;
  /** The patient folded the panel on this site before: it opens as the tab. */
  collapsed: boolean;
  /** What the page itself says about coverage (the reader's statements): the panel never lies over it. */
  avoid: string[];
}

/** What the panel tells its script: "don't show on this site", and a fold or unfold by the patient. */
export interface PanelHandlers {
  onDismissSite: () => void;
  onCollapsedChange?: (collapsed: boolean) => void;
}

export const PANEL_TAG = 'knead-to-know-panel';

/**
 * The panel's shadow root is closed, so the page cannot read or rewrite its text or press its
 * buttons. This is the extension's own handle on it: a property of the content scripts' isolated
 * world (never the page's window), for the browser suite, which reads it through
 * scripting.executeScript.
 */
export const PANEL_ROOT_HANDLE = 'kneadToKnowPanelRoot';
const panelRoots = new WeakMap<Element, ShadowRoot>();

/** The closed root of a panel host this script mounted (for tests in the same world). */
export const panelRoot = (host: Element): ShadowRoot | undefined => panelRoots.get(host);

// Inline `!important` declarations outrank any stylesheet rule of the page, so page CSS cannot
// hide, move or restyle the host; inside, the shadow root keeps page CSS out altogether.
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  inset: 'auto 16px 16px auto',
  width: '320px',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  'pointer-events': 'auto',
  // `all` leaves out zoom, which multiplies down the tree: `html{zoom:.05} body{zoom:20}` looks
  // normal but would leave a 16 px panel. The host undoes its parent's zoom (mountInsurerPanel).
  zoom: '1',
  direction: 'ltr',
  'unicode-bidi': 'isolate',
};

// Generic family keywords only: a page's @font-face can redefine "Arial" or "Segoe UI" (glyphs that
// show other digits, for instance), never `system-ui` or `sans-serif`. Set inside the closed root,
// at a fixed size, so nothing of the page's font is inherited. One size and one weight throughout:
// each further weight is a further font face to load and lay out with, on the page's own thread
// (a bold title alone cost about 1.4 ms of style and layout, docs/benchmarks.md).
const PANEL_FONT = 'system-ui, sans-serif';
const PANEL_CSS = `
:host { color-scheme: light dark; }
* { letter-spacing: normal; word-spacing: normal; }
[hidden] { display: none !important; }
aside { font: normal 400 14px/1.4 ${PANEL_FONT}; color: #1d1d1f; background: #fff; border: 1px solid #c9ccd3;
  border-radius: 10px; padding: 12px 14px; box-shadow: 0 6px 24px rgba(0,0,0,.18); text-align: start; }
.head { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; padding-bottom: 4px; border-bottom: 2px solid #1f5fbf; }
.title { flex: 1; margin: 0; letter-spacing: .02em; }
p { margin: 0 0 6px; } ul { margin: 0 0 8px; padding-left: 18px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; border-radius: 6px; border: 1px solid #8a8f99; background: transparent; color: inherit; padding: 4px 10px; cursor: pointer; }
.head button { padding: 0 8px; line-height: 1.5; }
.tab { display: flex; align-items: center; gap: 6px; font: normal 400 14px/1.2 ${PANEL_FONT}; color: #1d1d1f; background: #fff;
  border: 1px solid #c9ccd3; border-radius: 999px; padding: 5px 12px 5px 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); }
button:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { aside, .tab { color: #ececf0; background: #23252a; border-color: #3a3d44; } }
`;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string) {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

/**
 * The zoom the host inherits from the page: the computed zoom of every ancestor, multiplied (zoom
 * compounds). The host sets the inverse, so it draws at 1:1 whatever the page zooms.
 */
function inheritedZoom(doc: Document, parent: Element): number {
  const view = doc.defaultView;
  let zoom = 1;
  for (let el: Element | null = parent; el && view; el = el.parentElement) {
    const value = Number.parseFloat(view.getComputedStyle(el).getPropertyValue('zoom'));
    if (Number.isFinite(value) && value > 0) zoom *= value;
  }
  return zoom;
}

/** Only a click the patient made (or the keyboard's Enter and Space on a button) counts. */
function onTrustedClick(target: HTMLElement, action: () => void) {
  target.addEventListener('click', (event) => {
    if (event.isTrusted) action();
  });
}

const MARGIN_PX = 16;
const PANEL_WIDTH_PX = 320;

const INSET: Record<PanelCorner, string> = {
  'bottom-right': `auto ${MARGIN_PX}px ${MARGIN_PX}px auto`,
  'bottom-left': `auto auto ${MARGIN_PX}px ${MARGIN_PX}px`,
  'top-right': `${MARGIN_PX}px ${MARGIN_PX}px auto auto`,
  'top-left': `${MARGIN_PX}px auto auto ${MARGIN_PX}px`,
};

function button(doc: Document, text: string, action: string, className?: string) {
  const el = element(doc, 'button', text, className);
  el.type = 'button';
  el.dataset.action = action;
  return el;
}

/**
 * Where each of the page's own coverage statements is: the innermost element that holds its text
 * (what "show on page", lib/page/highlight.ts, looks for). The page's text is read once, whatever
 * the number of statements: asking every element on the way down for its whole text, once per
 * statement, cost the page more than the rest of the panel.
 */
export function statementElements(doc: Document, statements: readonly string[]): Element[] {
  if (!doc.body) return [];
  // Whitespace is left out altogether: the reader joins table cells with a space, the page may not.
  const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  const nodes: Node[] = [];
  const starts: number[] = [];
  let text = '';
  const texts = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const part = squash(node.nodeValue ?? '');
    if (!part) continue;
    nodes.push(node);
    starts.push(text.length);
    text += part;
  }
  /** The text node whose part of `text` holds this offset. */
  const nodeAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return nodes[low]!;
  };
  const found: Element[] = [];
  for (const statement of statements) {
    const wanted = squash(statement).slice(0, 120);
    const at = wanted ? text.indexOf(wanted) : -1;
    if (at < 0) continue;
    const last = nodeAt(at + wanted.length - 1);
    let holder = nodeAt(at).parentElement;
    while (holder && !holder.contains(last)) holder = holder.parentElement;
    if (holder) found.push(holder);
  }
  return found;
}

/** The panel's parts, built from text nodes only. */
function buildPanel(doc: Document, data: InsurerPanelData) {
  const panel = element(doc, 'aside');
  if (data.lang) panel.lang = data.lang;
  panel.setAttribute('aria-label', data.title);
  const head = element(doc, 'div', undefined, 'head');
  const collapse = button(doc, '\u2013', 'collapse');
  collapse.setAttribute('aria-label', data.collapseLabel);
  collapse.title = data.collapseLabel;
  collapse.setAttribute('aria-expanded', 'true');
  head.append(createBrandMark(doc, 20), element(doc, 'p', data.title, 'title'), collapse);
  const list = element(doc, 'ul');
  for (const term of data.terms) {
    // The words to search for are the portal's own, in English whatever the panel's language.
    const item = element(doc, 'li', term);
    if (data.lang && data.lang !== 'en') item.lang = 'en';
    list.append(item);
  }
  const hide = button(doc, data.hideLabel, 'hide');
  const dismiss = button(doc, data.dismissSiteLabel, 'dismiss-site');
  const actions = element(doc, 'div', undefined, 'actions');
  actions.append(hide, dismiss);
  panel.append(head, element(doc, 'p', data.intro), list, element(doc, 'p', data.footer), actions);
  // The tab: small, in a corner, and a button, so Tab reaches it and Enter or Space opens the panel.
  const tab = button(doc, '', 'expand', 'tab');
  tab.setAttribute('aria-label', data.expandLabel);
  tab.setAttribute('aria-expanded', 'false');
  tab.append(createBrandMark(doc, 18), element(doc, 'span', data.title));
  return { panel, tab, collapse, hide, dismiss };
}

/**
 * The top layer sits above anything the page stacks, whatever its z-index. Showing a popover makes
 * the browser bring the page's style up to date, so this waits until it is (placer).
 */
function raiseToTopLayer(host: HTMLElement) {
  if (typeof host.showPopover === 'function') {
    host.setAttribute('popover', 'manual');
    try {
      host.showPopover();
    } catch {
      // Not connected or not supported here: the fixed position and z-index still apply.
    }
  }
}

const sizeOf = (el: Element): Size => {
  const box = el.getBoundingClientRect();
  return { width: box.width, height: box.height };
};

/**
 * Keeps the panel off the page's coverage statements: measured once, then placed again after
 * each scroll or resize (once a frame at most). The patient's fold is theirs; a tab forced by the
 * page's text opens again on its own once a corner is free.
 */
function placer(doc: Document, host: HTMLElement, parts: ReturnType<typeof buildPanel>, data: InsurerPanelData) {
  const view = doc.defaultView;
  let statements: Element[] = [];
  let panelSize: Size = { width: PANEL_WIDTH_PX, height: 0 };
  let tabSize: Size = { width: 0, height: 0 };
  const state = { collapsed: data.collapsed, openedOnPurpose: false, corner: 'bottom-right' as PanelCorner };
  let shown: { corner: PanelCorner; collapsed: boolean } | undefined;
  // Only what changed is written: where the usual corner is free, the after-layout report leaves
  // the frame the browser has just laid out as it is.
  const show = (corner: PanelCorner, collapsed: boolean) => {
    state.corner = corner;
    if (shown?.corner === corner && shown.collapsed === collapsed) return;
    shown = { corner, collapsed };
    host.style.setProperty('inset', INSET[corner], 'important');
    host.style.setProperty('width', collapsed ? 'auto' : `${PANEL_WIDTH_PX}px`, 'important');
    parts.panel.hidden = collapsed;
    parts.tab.hidden = !collapsed;
    parts.panel.dataset.corner = corner;
    parts.tab.dataset.corner = corner;
  };
  // Before the host is inserted, so the browser's first layout lays out only the part that shows.
  show(state.corner, state.collapsed);
  const layout = () => {
    if (!host.isConnected) return stop();
    const viewport = { width: doc.documentElement.clientWidth || view?.innerWidth || 0, height: view?.innerHeight ?? 0 };
    const boxes: Box[] = statements.map((el) => el.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
    const input = { viewport, panel: panelSize, tab: tabSize, margin: MARGIN_PX, statements: boxes, preferred: 'bottom-right' as const };
    if (state.collapsed) return show(leastCovered(cornerOrder(input.preferred), tabSize, input), true);
    const placed = placePanel(input);
    // Opened on purpose while no corner is free: open where it covers least, until folded again.
    if (placed.collapsed && state.openedOnPurpose) return show(leastCovered(cornerOrder(input.preferred), panelSize, input), false);
    show(placed.corner, placed.collapsed);
  };
  let frame = 0;
  const schedule = () => {
    if (!frame && view) frame = view.requestAnimationFrame(() => ((frame = 0), layout()));
  };
  const stop = () => {
    view?.removeEventListener('scroll', schedule);
    view?.removeEventListener('resize', schedule);
  };
  // Measured once the browser has laid the page and the panel out anyway: asking for sizes and the
  // page's zoom while inserting would make it do that work twice, before the page's next frame.
  whenLaidOut(host, () => {
    raiseToTopLayer(host);
    const zoom = inheritedZoom(doc, host.parentElement ?? doc.documentElement);
    if (zoom !== 1) host.style.setProperty('zoom', String(1 / zoom), 'important');
    statements = statementElements(doc, data.avoid);
    panelSize = sizeOf(parts.panel);
    tabSize = sizeOf(parts.tab);
    view?.addEventListener('scroll', schedule, { passive: true });
    view?.addEventListener('resize', schedule, { passive: true });
    layout();
  });
  return { state, layout, stop };
}

/**
 * Runs `work` right after the browser's next layout of `element`, before that frame is painted (a
 * ResizeObserver's first report), so that reading sizes there costs no extra layout. At once
 * where there is no ResizeObserver.
 */
function whenLaidOut(element: Element, work: () => void) {
  const Observer = element.ownerDocument.defaultView?.ResizeObserver;
  if (typeof Observer !== 'function') return work();
  const observer = new Observer(() => {
    observer.disconnect();
    work();
  });
  observer.observe(element);
}

/** Shows the panel (replacing an earlier one) and returns its host element. */
export function mountInsurerPanel(doc: Document, data: InsurerPanelData, handlers: PanelHandlers): HTMLElement {
  doc.querySelector(PANEL_TAG)?.remove();
  const host = doc.createElement(PANEL_TAG);
  if (data.lang) host.lang = data.lang;
  // Closed: the page can remove the host, but neither read, rewrite nor press what is inside.
  const root = host.attachShadow({ mode: 'closed' });
  panelRoots.set(host, root);
  (globalThis as Record<string, unknown>)[PANEL_ROOT_HANDLE] = root;
  const parts = buildPanel(doc, data);
  root.append(element(doc, 'style', PANEL_CSS), parts.panel, parts.tab);
  // Pinned above the page with inline `!important` styles; the top layer and the page's zoom come once laid out.
  pinHostStyle(host, HOST_STYLE);
  const placement = placer(doc, host, parts, data);
  (doc.documentElement ?? doc.body).append(host);
  const remove = () => {
    placement.stop();
    host.remove();
  };
  const fold = (collapsed: boolean) => {
    placement.state.collapsed = collapsed;
    placement.state.openedOnPurpose = !collapsed;
    placement.layout();
    (collapsed ? parts.tab : parts.collapse).focus();
    handlers.onCollapsedChange?.(collapsed);
  };
  onTrustedClick(parts.hide, remove);
  onTrustedClick(parts.dismiss, () => {
    handlers.onDismissSite();
    remove();
  });
  onTrustedClick(parts.collapse, () => fold(true));
  onTrustedClick(parts.tab, () => fold(false));
  return host;
}

/**
 * Shows the panel from data the background handed over (a message reply or executeScript), after a
 * shape check. "Don't show on this site" goes back to the background as a message.
 */
export function showPanelFromBackground(doc: Document, data: unknown, runtime: () => ContentRuntime | undefined): void {
  if (!isInsurerPanelData(data)) return;
  const send = (message: object) => runtime()?.sendMessage(message).catch(() => undefined);
  mountInsurerPanel(doc, data, {
    onDismissSite: () => send({ type: 'dismiss-panel-site' }),
    onCollapsedChange: (collapsed) => send({ type: 'panel-collapsed', collapsed }),
  });
}

/** A light shape check of data handed over from the background. */
export function isInsurerPanelData(value: unknown): value is InsurerPanelData {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const short = (s: unknown) => typeof s === 'string' && s.length <= 500;
  return (
    (v.lang === undefined || (typeof v.lang === 'string' && /^[a-z]{2}$/.test(v.lang))) &&
    short(v.title) && short(v.intro) && short(v.footer) && short(v.hideLabel) && short(v.dismissSiteLabel) &&
    short(v.collapseLabel) && short(v.expandLabel) && typeof v.collapsed === 'boolean' &&
    Array.isArray(v.terms) && v.terms.length <= 20 && v.terms.every(short) &&
    Array.isArray(v.avoid) && v.avoid.length <= 50 && v.avoid.every(short)
  );
}
