import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isInsurerPanelData,
  mountInsurerPanel,
  PANEL_ROOT_HANDLE,
  PANEL_TAG,
  panelRoot,
  showPanelFromBackground,
  statementElements,
  type InsurerPanelData,
} from '@/lib/insurer/panel';

const data: InsurerPanelData = {
  title: 'Knead to Know',
  intro: 'Looking for massage in your Aetna benefits? Search for:',
  terms: ['massage therapy', '<img src=x onerror=alert(1)>'],
  footer: 'Click the toolbar button.',
  hideLabel: 'Hide',
  dismissSiteLabel: "Don't show on this site",
  collapseLabel: 'Fold this hint into a small tab',
  expandLabel: 'Knead to Know: open the hint',
  collapsed: false,
  avoid: [],
};

const quiet = { onDismissSite: () => undefined };

/** A ResizeObserver whose reports the test sends: a browser's come right after its next layout. */
class TestResizeObserver {
  static reportAtOnce = true;
  static waiting: (() => void)[] = [];
  constructor(private readonly report: (entries: { target: Element }[], observer: TestResizeObserver) => void) {}
  observe(target: Element) {
    const send = () => this.report([{ target }], this);
    if (TestResizeObserver.reportAtOnce) send();
    else TestResizeObserver.waiting.push(send);
  }
  unobserve() {}
  disconnect() {}
}
// happy-dom's own ResizeObserver never reports.
beforeEach(() => {
  TestResizeObserver.reportAtOnce = true;
  TestResizeObserver.waiting = [];
  vi.stubGlobal('ResizeObserver', TestResizeObserver);
});
afterEach(() => vi.unstubAllGlobals());

/** A click as the browser delivers one from the patient's mouse or keyboard (isTrusted). */
function patientClick(button: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  button.dispatchEvent(event);
}

const button = (host: Element, action: string) => panelRoot(host)!.querySelector(`[data-action="${action}"]`) as HTMLButtonElement;

describe('insurer panel', () => {
  it('renders text only, inside a closed shadow root the page cannot reach, with keyboard-reachable buttons', () => {
    const host = mountInsurerPanel(document, data, quiet);
    expect(host.tagName.toLowerCase()).toBe(PANEL_TAG);
    expect(host.shadowRoot).toBeNull();
    const root = panelRoot(host)!;
    expect((globalThis as Record<string, unknown>)[PANEL_ROOT_HANDLE]).toBe(root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'Fold this hint into a small tab',
      'Hide',
      "Don't show on this site",
      'Knead to Know: open the hint',
    ]);
    expect(buttons.every((b) => b.tabIndex >= 0)).toBe(true);
    expect(root.querySelector('aside')?.getAttribute('aria-label')).toBe('Knead to Know');
    host.remove();
  });

  it('pins its own look with inline !important declarations, all but the text spacing a patient may widen', () => {
    const host = mountInsurerPanel(document, data, quiet);
    expect(host.style.getPropertyPriority('display')).toBe('important');
    expect(host.style.getPropertyValue('display')).toBe('block');
    expect(host.style.getPropertyPriority('visibility')).toBe('important');
    // WCAG 1.4.12: a patient's own stylesheet must be able to widen these (axe: avoid-inline-spacing).
    // (happy-dom keeps no letter- or word-spacing; the real browsers' axe run checks those.)
    expect(host.style.getPropertyValue('line-height')).toBe('normal');
    for (const spacing of ['letter-spacing', 'word-spacing', 'line-height']) expect(host.style.getPropertyPriority(spacing)).toBe('');
    host.remove();
  });

  it("writes in a generic system font set inside its own root, whatever the page's font or zoom", () => {
    document.body.style.fontFamily = 'Georgia, serif';
    document.body.style.fontSize = '2px';
    const host = mountInsurerPanel(document, data, quiet);
    expect(host.style.getPropertyValue('font-family')).toBe('');
    const css = panelRoot(host)!.querySelector('style')!.textContent!;
    expect(css).toMatch(/aside \{ font: normal 400 14px\/1\.4 system-ui, sans-serif;/);
    expect(host.style.getPropertyValue('zoom')).toBe('1');
    expect(host.style.getPropertyPriority('zoom')).toBe('important');
    document.body.removeAttribute('style');
    host.remove();
  });

  it('undoes a zoom the page sets on its root element', () => {
    document.documentElement.style.setProperty('zoom', '0.05');
    const host = mountInsurerPanel(document, data, quiet);
    document.documentElement.style.removeProperty('zoom');
    expect(Number(host.style.getPropertyValue('zoom'))).toBeCloseTo(20);
    host.remove();
  });

  it('ignores clicks the page makes (untrusted events): "don\'t show on this site" is not saved', () => {
    const onDismiss = vi.fn();
    const host = mountInsurerPanel(document, data, { onDismissSite: onDismiss });
    button(host, 'dismiss-site').click();
    button(host, 'dismiss-site').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button(host, 'hide').click();
    expect(onDismiss).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true);
    host.remove();
  });

  it('shows data from the background only when it has the panel\'s shape, and sends "don\'t show on this site" back', () => {
    const runtime = { id: 'ext-id', sendMessage: vi.fn(async () => undefined) };
    showPanelFromBackground(document, { ...data, terms: 'not a list' }, () => runtime);
    expect(document.querySelector(PANEL_TAG)).toBeNull();
    showPanelFromBackground(document, data, () => runtime);
    patientClick(button(document.querySelector(PANEL_TAG)!, 'dismiss-site'));
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'dismiss-panel-site' });
    expect(document.querySelector(PANEL_TAG)).toBeNull();
  });

  it('hides, or dismisses the site, on request; and replaces an earlier panel', () => {
    const onDismiss = vi.fn();
    mountInsurerPanel(document, data, { onDismissSite: onDismiss });
    const host = mountInsurerPanel(document, data, { onDismissSite: onDismiss });
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
    patientClick(button(host, 'dismiss-site'));
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(document.querySelector(PANEL_TAG)).toBeNull();
    const again = mountInsurerPanel(document, data, { onDismissSite: onDismiss });
    patientClick(button(again, 'hide'));
    expect(document.querySelector(PANEL_TAG)).toBeNull();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

});

describe('insurer panel: its tab and its place on the page', () => {
  it('shows the brand mark in its header and in its tab', () => {
    const host = mountInsurerPanel(document, data, quiet);
    const root = panelRoot(host)!;
    expect(root.querySelectorAll('aside .head svg path')).toHaveLength(4);
    expect(root.querySelectorAll('.tab svg path')).toHaveLength(4);
    expect(root.querySelector('.head svg')!.getAttribute('aria-hidden')).toBe('true');
    host.remove();
  });

  it('folds into its tab and opens again on the patient\'s click only, telling its script each time', () => {
    const onCollapsedChange = vi.fn();
    const host = mountInsurerPanel(document, data, { onDismissSite: () => undefined, onCollapsedChange });
    const root = panelRoot(host)!;
    const aside = root.querySelector('aside')!;
    const tab = root.querySelector('.tab') as HTMLButtonElement;
    expect([aside.hidden, tab.hidden]).toEqual([false, true]);
    button(host, 'collapse').click();
    expect(aside.hidden).toBe(false);
    patientClick(button(host, 'collapse'));
    expect([aside.hidden, tab.hidden]).toEqual([true, false]);
    expect(root.activeElement).toBe(tab);
    expect(host.style.getPropertyValue('width')).toBe('auto');
    patientClick(tab);
    expect([aside.hidden, tab.hidden]).toEqual([false, true]);
    expect(root.activeElement).toBe(button(host, 'collapse'));
    expect(onCollapsedChange.mock.calls).toEqual([[true], [false]]);
    host.remove();
  });

  it('opens as the tab where the patient folded it before, and sends the fold back to the background', () => {
    const runtime = { id: 'ext-id', sendMessage: vi.fn(async () => undefined) };
    showPanelFromBackground(document, { ...data, collapsed: true }, () => runtime);
    const host = document.querySelector(PANEL_TAG)!;
    expect(panelRoot(host)!.querySelector('aside')!.hidden).toBe(true);
    patientClick(button(host, 'expand'));
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'panel-collapsed', collapsed: false });
    host.remove();
  });

  it('finds the element that holds each of the page\'s own statements, the innermost one', () => {
    document.body.innerHTML = '<main><table><tr><td>Massage therapy</td><td>Not covered</td></tr></table><p>Chiropractic care: 20 visits a year.</p></main>';
    const found = statementElements(document, ['Chiropractic care: 20 visits a year.', 'Massage therapy Not covered', 'Not on this page']);
    expect(found.map((el) => el.tagName)).toEqual(['P', 'TR']);
    // Split over inline elements and lines, in another case: still the element that holds all of it.
    document.body.innerHTML = '<main><section><h2>Manual care</h2><p>Massage <b>therapy</b>:\n  <span>covered with a referral</span></p></section></main>';
    const [holder] = statementElements(document, ['massage therapy: Covered with a referral']);
    expect(holder?.tagName).toBe('P');
    expect(statementElements(document, ['Manual care Massage therapy'])[0]?.tagName).toBe('SECTION');
    document.body.innerHTML = '';
  });

  it('measures itself and the page only once the browser laid them out: inserting it forces no layout', () => {
    TestResizeObserver.reportAtOnce = false;
    document.documentElement.style.setProperty('zoom', '0.5');
    const measured = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const styled = vi.spyOn(window, 'getComputedStyle');
    const host = mountInsurerPanel(document, { ...data, collapsed: true }, quiet);
    expect(measured).not.toHaveBeenCalled();
    expect(styled).not.toHaveBeenCalled();
    expect(TestResizeObserver.waiting).toHaveLength(1);
    TestResizeObserver.waiting[0]!();
    expect(measured).toHaveBeenCalled();
    expect(Number(host.style.getPropertyValue('zoom'))).toBeCloseTo(2);
    expect(panelRoot(host)!.querySelector('aside')!.hidden).toBe(true);
    document.documentElement.style.removeProperty('zoom');
    measured.mockRestore();
    styled.mockRestore();
    host.remove();
  });

  it('is inserted showing only its open or folded part, and its first report rewrites nothing when that corner is free', () => {
    TestResizeObserver.reportAtOnce = false;
    for (const collapsed of [false, true]) {
      const host = mountInsurerPanel(document, { ...data, collapsed }, quiet);
      // Before any report: the browser's first layout of the panel lays out only this.
      const root = panelRoot(host)!;
      expect([root.querySelector('aside')!.hidden, (root.querySelector('.tab') as HTMLElement).hidden]).toEqual([collapsed, !collapsed]);
      expect(host.style.getPropertyValue('inset')).toBe('auto 16px 16px auto');
      const written = vi.spyOn(host.style, 'setProperty');
      TestResizeObserver.waiting.shift()!();
      expect(written).not.toHaveBeenCalled();
      written.mockRestore();
      host.remove();
    }
  });

  it('refuses data of the wrong shape', () => {
    expect(isInsurerPanelData(data)).toBe(true);
    expect(isInsurerPanelData({ ...data, terms: 'massage' })).toBe(false);
    expect(isInsurerPanelData({ ...data, title: 'x'.repeat(501) })).toBe(false);
    expect(isInsurerPanelData(null)).toBe(false);
    expect(isInsurerPanelData({ ...data, collapsed: 'yes' })).toBe(false);
    expect(isInsurerPanelData({ ...data, avoid: ['x'.repeat(501)] })).toBe(false);
  });
});
