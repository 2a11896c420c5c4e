import type { PageHandle } from './drivers/types';
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

/** The panel's text as the page's DOM holds it, or null when there is no panel. */
const panelText = (page: PageHandle) =>
  page.evaluate(() => document.querySelector('knead-to-know-panel')?.shadowRoot?.textContent ?? null, null);

async function openInsurerPage(ext: Parameters<typeof tabIdFor>[0], url: string) {
  const page = await ext.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(() => badgeText(ext, tabId)).toBe('INS');
  return { page, tabId };
}

for (const { insurer, path } of benefitsPages) {
  test(`${insurer} benefits page shows the in-page panel`, async ({ ext }) => {
    const { page } = await openInsurerPage(ext, 'https:' + path);
    await expect.poll(() => panelText(page)).toContain(insurer);
    expect(await panelText(page)).toContain('massage therapy');
    await page.close();
  });
}

test('a plain-http copy of a benefits page is not checked: the host patterns ask for https only', async ({ ext }) => {
  const url = 'http://www.aetna.com/individuals-families/member-benefits/coverage.html';
  const page = await ext.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await badgeText(ext, tabId)).toBe('');
  expect(await panelText(page)).toBeNull();
  await page.close();
});

test('a careers page on the same insurer host gets the badge but no panel', async ({ ext }) => {
  const { page } = await openInsurerPage(ext, 'https://www.aetna.com/about-us/careers.html');
  await new Promise((r) => setTimeout(r, 1500));
  expect(await panelText(page)).toBeNull();
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
  await expect.poll(() => panelText(page)).toContain('Florida Blue');
  await page.evaluate(() => {
    const button = document.querySelector('knead-to-know-panel')!.shadowRoot!.querySelector('[data-action="dismiss-site"]');
    (button as HTMLButtonElement).click();
  }, null);
  expect(await panelText(page)).toBeNull();
  await expect
    .poll(() => ext.inExtension(async () => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.get('settings')).settings?.dismissedSites ?? []) as string[], null))
    .toContain('www.floridablue.com');

  await page.goto(url);
  await expect.poll(() => badgeText(ext, tabId)).toBe('INS');
  await new Promise((r) => setTimeout(r, 1500));
  expect(await panelText(page)).toBeNull();
  await page.close();

  const other = await openInsurerPage(ext, 'https://www.anthem.com/find-care');
  await expect.poll(() => panelText(other.page)).toContain('Anthem');
  await other.page.close();
});

test('page CSS cannot hide, shrink or cover the panel', async ({ ext }) => {
  const { page } = await openInsurerPage(ext, EXTRA_URLS.insurerHostileCss);
  await expect.poll(() => panelText(page)).toContain('Humana');
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
      onTop: topmost === host,
      inTopLayer: host.matches(':popover-open'),
    };
  }, null);
  expect(state).toMatchObject({ visibility: 'visible', opacity: '1', onTop: true, inTopLayer: true });
  expect(state.display).not.toBe('none');
  expect(state.width).toBeGreaterThan(200);
  await page.close();
});
