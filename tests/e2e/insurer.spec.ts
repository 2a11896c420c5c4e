import type { ExtensionBrowser, PageHandle } from './drivers/types';
import { EXTRA_URLS } from './extra-pages';
import { badgeText, expect, tabIdFor, test } from './fixtures';

const benefitsPages = [
  { insurer: 'Aetna', path: '//www.aetna.com/individuals-families/member-benefits/coverage.html' },
  { insurer: 'UnitedHealthcare', path: '//www.myuhc.com/member/benefits' },
  { insurer: 'Cigna', path: '//www.cigna.com/individuals-families/member-guide/complementary-care' },
  { insurer: 'Humana', path: '//www.humana.com/member/claims' },
  { insurer: 'Blue Cross and Blue Shield of Illinois', path: '//www.bcbsil.com/member/benefits/physical-medicine' },
  { insurer: 'Kaiser Permanente', path: '//kp.org/wa/health-wellness/complementary-care' },
];

interface PanelState {
  text: string;
  fontFamily: string;
  fontSize: string;
  /** Where the "Don't show on this site" button is, in viewport pixels. */
  dismissAt: { x: number; y: number };
}

/**
 * The panel as the extension sees it, or null when there is none. Its shadow root is closed, so
 * not even the page can read it: this goes through the extension's own handle, in the content
 * scripts' isolated world (lib/insurer/panel.ts, PANEL_ROOT_HANDLE).
 */
const panelState = (ext: ExtensionBrowser, tabId: number) =>
  ext.inExtension(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const [injection] = await api.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        const root = (globalThis as any).kneadToKnowPanelRoot;
        if (!root || !root.host.isConnected) return null;
        const aside = root.querySelector('aside');
        const style = getComputedStyle(aside);
        const box = root.querySelector('[data-action="dismiss-site"]').getBoundingClientRect();
        return {
          text: root.textContent,
          fontFamily: style.fontFamily,
          fontSize: style.fontSize,
          dismissAt: { x: box.left + box.width / 2, y: box.top + box.height / 2 },
        };
      },
    });
    return (injection?.result ?? null) as PanelState | null;
  }, tabId);

const panelText = async (ext: ExtensionBrowser, tabId: number) => (await panelState(ext, tabId))?.text ?? null;

/** Whether the page's own DOM has a panel host at all. */
const hostInPage = (page: PageHandle) => page.evaluate(() => document.querySelector('knead-to-know-panel') !== null, null);

async function openInsurerPage(ext: ExtensionBrowser, url: string) {
  const page = await ext.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(() => badgeText(ext, tabId)).toBe('INS');
  return { page, tabId };
}

for (const { insurer, path } of benefitsPages) {
  test(`${insurer} benefits page shows the in-page panel`, async ({ ext }) => {
    const { page, tabId } = await openInsurerPage(ext, 'https:' + path);
    await expect.poll(() => panelText(ext, tabId)).toContain(insurer);
    expect(await panelText(ext, tabId)).toContain('massage therapy');
    await page.close();
  });
}

test('a plain-http copy of a benefits page is not checked: the host patterns ask for https only', async ({ ext }) => {
  const url = 'http://www.aetna.com/individuals-families/member-benefits/coverage.html';
  const page = await ext.newPage();
  await page.goto(url);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await hostInPage(page)).toBe(false);
  // Without access to the host the extension cannot even see the tab's address.
  const visible = await ext.inExtension(async (wanted) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return ((await api.tabs.query({})) as { url?: string }[]).some((t) => t.url === wanted);
  }, url);
  expect(visible).toBe(false);
  await page.close();
});

test('a careers page on the same insurer host gets the badge but no panel', async ({ ext }) => {
  const { page, tabId } = await openInsurerPage(ext, 'https://www.aetna.com/about-us/careers.html');
  await new Promise((r) => setTimeout(r, 1500));
  expect(await panelText(ext, tabId)).toBeNull();
  expect(await hostInPage(page)).toBe(false);
  await page.close();
});

test("the popup shows that insurer's hints", async ({ ext }) => {
  const url = 'https://www.humana.com/member/claims';
  const { page, tabId } = await openInsurerPage(ext, url);
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="insurer-view"]');
  expect(await popup.text('[data-testid="verdict"]')).toBe('This is a site of Humana.');
  expect(await popup.text('[data-testid="cpt-codes"]')).toContain('97124');
  await popup.close();
  await page.close();
});

test('"Don\'t show on this site" holds after a reload, and only for that site', async ({ ext }) => {
  const url = 'https://www.floridablue.com/members/understanding-your-benefits';
  const { page, tabId } = await openInsurerPage(ext, url);
  await expect.poll(() => panelText(ext, tabId)).toContain('Florida Blue');
  // The page cannot reach inside (closed root) nor press a button for the patient (untrusted click).
  const fromThePage = await page.evaluate(() => {
    const host = document.querySelector('knead-to-know-panel')!;
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return host.shadowRoot === null;
  }, null);
  expect(fromThePage).toBe(true);
  // The patient's own click does.
  const { dismissAt } = (await panelState(ext, tabId))!;
  await page.mouseClick(dismissAt.x, dismissAt.y);
  await expect.poll(() => hostInPage(page)).toBe(false);
  await expect
    .poll(() => ext.inExtension(async () => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.get('settings')).settings?.dismissedSites ?? []) as string[], null))
    .toContain('www.floridablue.com');

  await page.goto(url);
  await expect.poll(() => badgeText(ext, tabId)).toBe('INS');
  await new Promise((r) => setTimeout(r, 1500));
  expect(await panelText(ext, tabId)).toBeNull();
  await page.close();

  const other = await openInsurerPage(ext, 'https://www.anthem.com/find-care');
  await expect.poll(() => panelText(ext, other.tabId)).toContain('Anthem');
  await other.page.close();
});

test('page CSS cannot hide, shrink (zoom included), cover or restyle the panel', async ({ ext }) => {
  const { page, tabId } = await openInsurerPage(ext, EXTRA_URLS.insurerHostileCss);
  await expect.poll(() => panelText(ext, tabId)).toContain('Humana');
  await new Promise((r) => setTimeout(r, 300));
  const state = await page.evaluate(() => {
    const host = document.querySelector('knead-to-know-panel') as HTMLElement;
    const style = getComputedStyle(host);
    const box = host.getBoundingClientRect();
    const topmost = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      display: style.display,
      visibility: style.visibility,
      opacity: style.opacity,
      width: box.width,
      height: box.height,
      onTop: topmost === host,
      inTopLayer: host.matches(':popover-open'),
    };
  }, null);
  expect(state).toMatchObject({ visibility: 'visible', opacity: '1', onTop: true, inTopLayer: true });
  expect(state.display).not.toBe('none');
  expect(state.width).toBeGreaterThan(200);
  expect(state.height).toBeGreaterThan(100);
  // In a generic system font at a fixed size, not the page's "Arial" nor its 3 px.
  expect(await panelState(ext, tabId)).toMatchObject({ fontFamily: 'system-ui, sans-serif', fontSize: '14px' });
  await page.close();
});
