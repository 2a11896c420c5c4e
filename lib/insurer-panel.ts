// The small hint panel on an insurer's benefits pages. Zod-free and React-free: it is injected
// into the page only where it applies. Everything is built with text nodes, never markup strings.

export interface InsurerPanelData {
  title: string;
  intro: string;
  terms: string[];
  footer: string;
  hideLabel: string;
  dismissSiteLabel: string;
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

const PANEL_CSS = `
:host { color-scheme: light dark; }
/* No font family of our own, and buttons inherit too (their default is system-ui): a family the page
   has not used yet costs a font lookup on every load. */
aside { font-size: 14px; line-height: 1.4; color: #1d1d1f; background: #fff; border: 1px solid #c9ccd3;
  border-radius: 10px; padding: 12px 14px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
@media (prefers-color-scheme: dark) { aside { color: #ececf0; background: #23252a; border-color: #3a3d44; } }
.title { font-weight: 700; margin: 0 0 6px; }
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

/** Shows the panel (replacing an earlier one) and returns its host element. */
export function mountInsurerPanel(doc: Document, data: InsurerPanelData, onDismissSite: () => void): HTMLElement {
  doc.querySelector(PANEL_TAG)?.remove();
  const host = doc.createElement(PANEL_TAG);
  for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  // Open, so that tests and assistive tools can reach it; the page could remove the host anyway.
  const root = host.attachShadow({ mode: 'open' });
  const style = element(doc, 'style', PANEL_CSS);
  const panel = element(doc, 'aside');
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

/** A light shape check of data handed over from the background through executeScript. */
export function isInsurerPanelData(value: unknown): value is InsurerPanelData {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const short = (s: unknown) => typeof s === 'string' && s.length <= 500;
  return (
    short(v.title) && short(v.intro) && short(v.footer) && short(v.hideLabel) && short(v.dismissSiteLabel) &&
    Array.isArray(v.terms) && v.terms.length <= 20 && v.terms.every(short)
  );
}
