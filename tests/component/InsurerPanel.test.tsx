import { describe, expect, it, vi } from 'vitest';
import {
  isInsurerPanelData,
  mountInsurerPanel,
  PANEL_ROOT_HANDLE,
  PANEL_TAG,
  panelRoot,
  showPanelFromBackground,
  type InsurerPanelData,
} from '@/lib/insurer/panel';

const data: InsurerPanelData = {
  title: 'Knead to Know',
  intro: 'Looking for massage in your Aetna benefits? Search for:',
  terms: ['massage therapy', '<img src=x onerror=alert(1)>'],
  footer: 'Click the toolbar button.',
  hideLabel: 'Hide',
  dismissSiteLabel: "Don't show on this site",
};

/** A click as the browser delivers one from the patient's mouse or keyboard (isTrusted). */
function patientClick(button: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  button.dispatchEvent(event);
}

const button = (host: Element, action: string) => panelRoot(host)!.querySelector(`[data-action="${action}"]`) as HTMLButtonElement;

describe('insurer panel', () => {
  it('renders text only, inside a closed shadow root the page cannot reach, with keyboard-reachable buttons', () => {
    const host = mountInsurerPanel(document, data, () => undefined);
    expect(host.tagName.toLowerCase()).toBe(PANEL_TAG);
    expect(host.shadowRoot).toBeNull();
    const root = panelRoot(host)!;
    expect((globalThis as Record<string, unknown>)[PANEL_ROOT_HANDLE]).toBe(root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Hide', "Don't show on this site"]);
    expect(buttons.every((b) => b.tabIndex >= 0)).toBe(true);
    expect(root.querySelector('aside')?.getAttribute('aria-label')).toBe('Knead to Know');
    host.remove();
  });

  it('pins its own look with inline !important declarations', () => {
    const host = mountInsurerPanel(document, data, () => undefined);
    expect(host.style.getPropertyPriority('display')).toBe('important');
    expect(host.style.getPropertyValue('display')).toBe('block');
    expect(host.style.getPropertyPriority('visibility')).toBe('important');
    host.remove();
  });

  it("writes in a generic system font set inside its own root, whatever the page's font or zoom", () => {
    document.body.style.fontFamily = 'Georgia, serif';
    document.body.style.fontSize = '2px';
    const host = mountInsurerPanel(document, data, () => undefined);
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
    const host = mountInsurerPanel(document, data, () => undefined);
    document.documentElement.style.removeProperty('zoom');
    expect(Number(host.style.getPropertyValue('zoom'))).toBeCloseTo(20);
    host.remove();
  });

  it('ignores clicks the page makes (untrusted events): "don\'t show on this site" is not saved', () => {
    const onDismiss = vi.fn();
    const host = mountInsurerPanel(document, data, onDismiss);
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
    mountInsurerPanel(document, data, onDismiss);
    const host = mountInsurerPanel(document, data, onDismiss);
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
    patientClick(button(host, 'dismiss-site'));
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(document.querySelector(PANEL_TAG)).toBeNull();
    const again = mountInsurerPanel(document, data, onDismiss);
    patientClick(button(again, 'hide'));
    expect(document.querySelector(PANEL_TAG)).toBeNull();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('refuses data of the wrong shape', () => {
    expect(isInsurerPanelData(data)).toBe(true);
    expect(isInsurerPanelData({ ...data, terms: 'massage' })).toBe(false);
    expect(isInsurerPanelData({ ...data, title: 'x'.repeat(501) })).toBe(false);
    expect(isInsurerPanelData(null)).toBe(false);
  });
});
