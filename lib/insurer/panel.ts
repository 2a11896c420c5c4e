// The small hint panel on an insurer's benefits pages. Zod-free and React-free: it is injected
// into the page only where it applies. Everything is built with text nodes, never markup strings.
import type { ContentRuntime } from '@/lib/extension/content-script';

export interface InsurerPanelData {
  title: string;
  intro: string;
  terms: string[];
  footer: string;
  hideLabel: string;
  dismissSiteLabel: string;
  /** The language of these texts (BCP 47), for the panel's `lang`. */
  lang?: string;
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
// at a fixed size, so nothing of the page's font is inherited.
const PANEL_FONT = 'system-ui, sans-serif';
const PANEL_CSS = `
:host { color-scheme: light dark; }
aside { font: normal 400 14px/1.4 ${PANEL_FONT}; color: #1d1d1f; background: #fff; border: 1px solid #c9ccd3;
  border-radius: 10px; padding: 12px 14px; box-shadow: 0 6px 24px rgba(0,0,0,.18); text-align: start; }
@media (prefers-color-scheme: dark) { aside { color: #ececf0; background: #23252a; border-color: #3a3d44; } }
.title { margin: 0 0 8px; padding-bottom: 4px; border-bottom: 2px solid #1f5fbf; font-weight: 600; letter-spacing: .02em; }
p { margin: 0 0 6px; } ul { margin: 0 0 8px; padding-left: 18px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; border-radius: 6px; border: 1px solid #8a8f99; background: transparent; color: inherit; padding: 4px 10px; cursor: pointer; }
button:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
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

/** Shows the panel (replacing an earlier one) and returns its host element. */
export function mountInsurerPanel(doc: Document, data: InsurerPanelData, onDismissSite: () => void): HTMLElement {
  doc.querySelector(PANEL_TAG)?.remove();
  const host = doc.createElement(PANEL_TAG);
  for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  // Closed: the page can remove the host, but neither read, rewrite nor press what is inside.
  const root = host.attachShadow({ mode: 'closed' });
  panelRoots.set(host, root);
  (globalThis as Record<string, unknown>)[PANEL_ROOT_HANDLE] = root;
  const style = element(doc, 'style', PANEL_CSS);
  const panel = element(doc, 'aside');
  if (data.lang) {
    host.lang = data.lang;
    panel.lang = data.lang;
  }
  panel.setAttribute('aria-label', data.title);
  panel.append(element(doc, 'p', data.title, 'title'), element(doc, 'p', data.intro));
  const list = element(doc, 'ul');
  for (const term of data.terms) {
    // The words to search for are the portal's own, in English whatever the panel's language.
    const item = element(doc, 'li', term);
    if (data.lang && data.lang !== 'en') item.lang = 'en';
    list.append(item);
  }
  const hide = element(doc, 'button', data.hideLabel);
  hide.type = 'button';
  hide.dataset.action = 'hide';
  onTrustedClick(hide, () => host.remove());
  const dismiss = element(doc, 'button', data.dismissSiteLabel);
  dismiss.type = 'button';
  dismiss.dataset.action = 'dismiss-site';
  onTrustedClick(dismiss, () => {
    onDismissSite();
    host.remove();
  });
  const actions = element(doc, 'div', undefined, 'actions');
  actions.append(hide, dismiss);
  panel.append(list, element(doc, 'p', data.footer), actions);
  root.append(style, panel);
  const parent = doc.documentElement ?? doc.body;
  parent.append(host);
  const zoom = inheritedZoom(doc, parent);
  if (zoom !== 1) host.style.setProperty('zoom', String(1 / zoom), 'important');
  // The top layer sits above anything the page stacks, whatever its z-index.
  if (typeof host.showPopover === 'function') {
    host.setAttribute('popover', 'manual');
    try {
      host.showPopover();
    } catch {
      // Not connected or not supported here: the fixed position and z-index still apply.
    }
  }
  return host;
}

/**
 * Shows the panel from data the background handed over (a message reply or executeScript), after a
 * shape check. "Don't show on this site" goes back to the background as a message.
 */
export function showPanelFromBackground(doc: Document, data: unknown, runtime: () => ContentRuntime | undefined): void {
  if (!isInsurerPanelData(data)) return;
  mountInsurerPanel(doc, data, () => {
    runtime()?.sendMessage({ type: 'dismiss-panel-site' }).catch(() => undefined);
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
    Array.isArray(v.terms) && v.terms.length <= 20 && v.terms.every(short)
  );
}
