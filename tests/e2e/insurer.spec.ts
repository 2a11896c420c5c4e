import { checkInPopup } from './popup-pages';
import type { ExtensionBrowser, PageHandle } from './drivers/types';
import { EXTRA_URLS } from './extra-pages';
import { badgeText, expect, tabIdFor, test } from './fixtures';

// Benefits pages where the panel has something to add: where to look for massage.
const benefitsPages = [
  { insurer: 'Aetna', path: '//www.aetna.com/individuals-families/member-benefits/coverage.html' },
  { insurer: 'Humana', path: '//www.humana.com/member/claims' },
  { insurer: 'Anthem', path: '//www.anthem.com/find-care' },
];

// Benefits pages that already say what the plan does about massage: the popup lists it, and the
// panel, which would only say "search for massage therapy", stays away.
const pagesThatSayIt = [
  { insurer: 'UnitedHealthcare', path: '//www.myuhc.com/member/benefits' },
  { insurer: 'Cigna', path: '//www.cigna.com/individuals-families/member-guide/complementary-care' },
  { insurer: 'Blue Cross and Blue Shield of Illinois', path: '//www.bcbsil.com/member/benefits/physical-medicine' },
  { insurer: 'Kaiser Permanente', path: '//kp.org/wa/health-wellness/complementary-care' },
];

interface Point {
  x: number;
  y: number;
}

interface PanelState {
  text: string;
  fontFamily: string;
  fontSize: string;
  /** Whether the patient sees the tab instead of the open panel. */
  collapsed: boolean;
  corner: string;
  /** The host's box, in viewport pixels. */
  box: { left: number; top: number; right: number; bottom: number };
  /** Where each button is, in viewport pixels (0, 0 when hidden). */
  dismissAt: Point;
  collapseAt: Point;
  expandAt: Point;
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
        const tab = root.querySelector('.tab');
        const style = getComputedStyle(aside);
        const centre = (selector: string) => {
          const b = root.querySelector(selector).getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        };
        const host = root.host.getBoundingClientRect();
        return {
          text: aside.textContent,
          fontFamily: style.fontFamily,
          fontSize: style.fontSize,
          collapsed: aside.hidden && !tab.hidden,
          corner: (aside.hidden ? tab : aside).dataset.corner,
          box: { left: host.left, top: host.top, right: host.right, bottom: host.bottom },
          dismissAt: centre('[data-action="dismiss-site"]'),
          collapseAt: centre('[data-action="collapse"]'),
          expandAt: centre('[data-action="expand"]'),
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

for (const { insurer, path } of pagesThatSayIt) {
  test(`${insurer} benefits page already says what it does about massage: no panel over it`, async ({ ext }) => {
    const { page, tabId } = await openInsurerPage(ext, 'https:' + path);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await panelText(ext, tabId)).toBeNull();
    expect(await hostInPage(page)).toBe(false);
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
  const url = 'https://www.anthem.com/find-care';
  const { page, tabId } = await openInsurerPage(ext, url);
  await expect.poll(() => panelText(ext, tabId)).toContain('Anthem');
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
    .toContain('www.anthem.com');

  await page.goto(url);
  await expect.poll(() => badgeText(ext, tabId)).toBe('INS');
  await new Promise((r) => setTimeout(r, 1500));
  expect(await panelText(ext, tabId)).toBeNull();
  await page.close();

  const other = await openInsurerPage(ext, 'https://www.aetna.com/individuals-families/member-benefits/coverage.html');
  await expect.poll(() => panelText(ext, other.tabId)).toContain('Aetna');
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

const storedSettings = (ext: ExtensionBrowser) =>
  ext.inExtension(
    async () => (((await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.get('settings')).settings ?? {}) as Record<string, unknown>),
    null,
  );

test('the panel folds into its tab on the patient\'s click, stays folded after a reload, and opens again', async ({ ext }) => {
  const url = 'https://www.aetna.com/individuals-families/member-benefits/coverage.html';
  const { page, tabId } = await openInsurerPage(ext, url);
  await expect.poll(async () => (await panelState(ext, tabId))?.collapsed).toBe(false);
  const open = (await panelState(ext, tabId))!;
  await page.mouseClick(open.collapseAt.x, open.collapseAt.y);
  await expect.poll(async () => (await panelState(ext, tabId))?.collapsed).toBe(true);
  const folded = (await panelState(ext, tabId))!;
  // A small tab: a fraction of the open panel's box, still in a corner of the window.
  expect(folded.box.right - folded.box.left).toBeLessThan((open.box.right - open.box.left) / 1.5);
  expect(folded.box.bottom - folded.box.top).toBeLessThan(60);
  await expect.poll(async () => (await storedSettings(ext)).collapsedPanelSites).toEqual(['www.aetna.com']);

  await page.goto(url);
  await expect.poll(() => badgeText(ext, tabId)).toBe('INS');
  await expect.poll(async () => (await panelState(ext, tabId))?.collapsed).toBe(true);
  const again = (await panelState(ext, tabId))!;
  await page.mouseClick(again.expandAt.x, again.expandAt.y);
  await expect.poll(async () => (await panelState(ext, tabId))?.collapsed).toBe(false);
  await expect.poll(async () => (await storedSettings(ext)).collapsedPanelSites).toEqual([]);
  await page.close();
});

test("the panel moves off the page's own coverage statement when it would lie over it", async ({ ext }) => {
  const { page, tabId } = await openInsurerPage(ext, EXTRA_URLS.insurerStatementInCorner);
  await expect.poll(async () => (await panelState(ext, tabId))?.text ?? '').toContain('massage therapy');
  const statement = await page.evaluate(() => {
    const b = document.getElementById('pinned-statement')!.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  }, null);
  const panel = (await panelState(ext, tabId))!;
  expect(panel.collapsed).toBe(false);
  expect(panel.corner).not.toBe('bottom-right');
  const overlaps =
    panel.box.left < statement.right && statement.left < panel.box.right && panel.box.top < statement.bottom && statement.top < panel.box.bottom;
  expect(overlaps).toBe(false);
  // The statement is the page's own, and the topmost thing at its centre is still the page.
  const statementOnTop = await page.evaluate(() => {
    const el = document.getElementById('pinned-statement')!;
    const b = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2));
  }, null);
  expect(statementOnTop).toBe(true);
  await page.close();
});

/** What "show on page" left in the page: the highlight registered under the extension's name, and where its text is. */
const highlightInPage = (page: PageHandle) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    const highlight = registry?.get('knead-to-know-statement');
    if (!highlight) return null;
    const [range] = [...highlight];
    const box = range!.getBoundingClientRect();
    return { text: range!.toString(), inView: box.bottom > 0 && box.top < window.innerHeight };
  }, null);

test('"What this page says" lists a benefits table\'s rows, and "show on page" highlights one without changing the page', async ({ grantedExt: ext }) => {
  const { page, popup, statements } = await checkInPopup(ext, 'https://www.bcbsnd.com/members/benefits/therapy-and-rehabilitation');
  expect(statements.join('\n')).toMatch(/Massage therapy[\s\S]*Not covered/);
  expect(statements.join('\n')).toContain('Chiropractic care');
  const markupBefore = await page.evaluate(() => document.body.innerHTML, null);
  await popup.click('[data-testid="page-says"] li:nth-child(2) button');
  await expect.poll(async () => (await highlightInPage(page))?.text ?? '').toContain('Chiropractic care');
  await expect.poll(async () => (await highlightInPage(page))?.inView).toBe(true);
  expect(await page.evaluate(() => document.body.innerHTML, null)).toBe(markupBefore);
  await popup.close();
  await page.close();
});

test('"What this page says" lists a coverage policy\'s criteria, and "show on page" finds them', async ({ grantedExt: ext }) => {
  const { page, popup, statements } = await checkInPopup(
    ext,
    'https://www.blueshieldca.com/provider/policies/medical-policy/massage-therapy-manual-therapy',
  );
  const said = statements.join('\n');
  expect(said).toContain('ordered by a physician');
  expect(said).toContain('12 visits per episode of care');
  expect(said).toContain('not medically necessary');
  const markupBefore = await page.evaluate(() => document.body.innerHTML, null);
  const visitLimit = statements.findIndex((s) => s.includes('12 visits per episode'));
  await popup.click(`[data-testid="page-says"] li:nth-child(${visitLimit + 1}) button`);
  await expect.poll(async () => (await highlightInPage(page))?.text ?? '').toContain('12 visits per episode');
  expect(await page.evaluate(() => document.body.innerHTML, null)).toBe(markupBefore);
  await popup.close();
  await page.close();
});
