import { describe, expect, it, vi } from 'vitest';
import { isInsurerPanelData, mountInsurerPanel, PANEL_TAG, showPanelFromBackground, type InsurerPanelData } from '@/lib/insurer/panel';

const data: InsurerPanelData = {
  title: 'Knead to Know',
  intro: 'Looking for massage in your Aetna benefits? Search for:',
  terms: ['massage therapy', '<img src=x onerror=alert(1)>'],
  footer: 'Click the toolbar button.',
  hideLabel: 'Hide',
  dismissSiteLabel: "Don't show on this site",
};

describe('insurer panel', () => {
  it('renders text only, inside a shadow root, with keyboard-reachable buttons', () => {
    const host = mountInsurerPanel(document, data, () => undefined);
    expect(host.tagName.toLowerCase()).toBe(PANEL_TAG);
    const root = host.shadowRoot!;
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

  it("writes in the page's own body font, and falls back to the default size when the page's is unreadable", () => {
    document.body.style.fontFamily = 'Georgia, serif';
    document.body.style.fontSize = '15px';
    const host = mountInsurerPanel(document, data, () => undefined);
    expect(host.style.getPropertyValue('font-family')).toContain('Georgia');
    expect(host.style.getPropertyValue('font-size')).toBe('15px');
    expect(host.style.getPropertyPriority('font-size')).toBe('important');
    document.body.style.fontSize = '2px';
    expect(mountInsurerPanel(document, data, () => undefined).style.getPropertyValue('font-size')).toBe('medium');
    document.body.removeAttribute('style');
    document.querySelector(PANEL_TAG)?.remove();
  });

  it('shows data from the background only when it has the panel\'s shape, and sends "don\'t show on this site" back', () => {
    const runtime = { id: 'ext-id', sendMessage: vi.fn(async () => undefined) };
    showPanelFromBackground(document, { ...data, terms: 'not a list' }, () => runtime);
    expect(document.querySelector(PANEL_TAG)).toBeNull();
    showPanelFromBackground(document, data, () => runtime);
    (document.querySelector(PANEL_TAG)!.shadowRoot!.querySelector('[data-action="dismiss-site"]') as HTMLButtonElement).click();
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'dismiss-panel-site' });
    expect(document.querySelector(PANEL_TAG)).toBeNull();
  });

  it('hides, or dismisses the site, on request; and replaces an earlier panel', () => {
    const onDismiss = vi.fn();
    mountInsurerPanel(document, data, onDismiss);
    const host = mountInsurerPanel(document, data, onDismiss);
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
    (host.shadowRoot!.querySelector('[data-action="dismiss-site"]') as HTMLButtonElement).click();
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(document.querySelector(PANEL_TAG)).toBeNull();
    const again = mountInsurerPanel(document, data, onDismiss);
    (again.shadowRoot!.querySelector('[data-action="hide"]') as HTMLButtonElement).click();
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
