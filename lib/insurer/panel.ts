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
};

// Text in one font only, the page's own (see pageTextFont): no bold title, and buttons inherit
// rather than use their default system-ui.
const PANEL_CSS = `
:host { color-scheme: light dark; }
aside { line-height: 1.4; color: #1d1d1f; background: #fff; border: 1px solid #c9ccd3;
  border-radius: 10px; padding: 12px 14px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
@media (prefers-color-scheme: dark) { aside { color: #ececf0; background: #23252a; border-color: #3a3d44; } }
.title { margin: 0 0 8px; padding-bottom: 4px; border-bottom: 2px solid #1f5fbf; letter-spacing: .02em; }
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

const READABLE_PX = { min: 13, max: 22 };

/**
 * The font of the page's body text, for the panel's host. Laying out text in a font, size or weight
 * the page has not used yet costs a font instance of its own: about 4 ms of layout per load on the
 * test machines (docs/benchmarks.md). A size outside a readable range falls back to the default.
 */
function pageTextFont(doc: Document): Record<string, string> {
  const body = doc.body;
  const computed = body && doc.defaultView?.getComputedStyle(body);
  if (!computed) return {};
  const size = Number.parseFloat(computed.fontSize);
  return {
    'font-family': computed.fontFamily || 'initial',
    'font-size': size >= READABLE_PX.min && size <= READABLE_PX.max ? `${size}px` : 'medium',
    'font-weight': computed.fontWeight || 'normal',
    'font-style': 'normal',
  };
}

/** Shows the panel (replacing an earlier one) and returns its host element. */
export function mountInsurerPanel(doc: Document, data: InsurerPanelData, onDismissSite: () => void): HTMLElement {
  doc.querySelector(PANEL_TAG)?.remove();
  const host = doc.createElement(PANEL_TAG);
  for (const [property, value] of Object.entries({ ...HOST_STYLE, ...pageTextFont(doc) }))
    host.style.setProperty(property, value, 'important');
  // Open, so that tests and assistive tools can reach it; the page could remove the host anyway.
  const root = host.attachShadow({ mode: 'open' });
  const style = element(doc, 'style', PANEL_CSS);
  const panel = element(doc, 'aside');
  if (data.lang) panel.lang = data.lang;
  panel.setAttribute('aria-label', data.title);
  panel.append(element(doc, 'p', data.title, 'title'), element(doc, 'p', data.intro));
  const list = element(doc, 'ul');
  for (const term of data.terms) list.append(element(doc, 'li', term));
  const hide = element(doc, 'button', data.hideLabel);
  hide.type = 'button';
  hide.dataset.action = 'hide';
  hide.addEventListener('click', () => host.remove());
  const dismiss = element(doc, 'button', data.dismissSiteLabel);
  dismiss.type = 'button';
  dismiss.dataset.action = 'dismiss-site';
  dismiss.addEventListener('click', () => {
    onDismissSite();
    host.remove();
  });
  const actions = element(doc, 'div', undefined, 'actions');
  actions.append(hide, dismiss);
  panel.append(list, element(doc, 'p', data.footer), actions);
  root.append(style, panel);
  (doc.documentElement ?? doc.body).append(host);
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
