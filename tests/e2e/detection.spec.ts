import { EXTRA_URLS } from './extra-pages';
import { badgeText, expect, tabIdFor, test } from './fixtures';

const pagesOfEachKind = [
  { kind: 'clinical', url: 'https://www.massagebook.com/riverside-clinical-massage', badge: 'MED' },
  { kind: 'spa', url: 'https://www.vagaro.com/lotusdayspa/services', badge: 'SPA' },
  { kind: 'mixed', url: 'https://www.massagebook.com/beacon-hill-bodywork', badge: 'MIX' },
  { kind: 'insurer', url: 'https://kp.org/wa/health-wellness/complementary-care', badge: 'INS' },
];

for (const { kind, url, badge } of pagesOfEachKind) {
  test(`${kind} page: shows the ${badge} badge`, async ({ ext }) => {
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, url);
    await expect.poll(() => badgeText(ext, tabId)).toBe(badge);
    await page.close();
  });
}

test('a single-page directory is checked again after in-page navigation', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.directorySpa);
  const tabId = await tabIdFor(ext, EXTRA_URLS.directorySpa);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');
  await page.click('#next');
  await expect.poll(() => badgeText(ext, tabId)).toBe('SPA');
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="verdict"]');
  expect(await popup.text('[data-testid="verdict"]')).toContain('spa or relaxation');
  await popup.close();
  await page.close();
});

test('a 10,000-deep page is classified and stays responsive', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.deepNesting);
  const tabId = await tabIdFor(ext, EXTRA_URLS.deepNesting);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');
  expect(await page.evaluate(() => 6 * 7, null)).toBe(42);
  await page.close();
});

test('a 10 MB page is classified from its capped text and stays responsive', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.tenMegabytes);
  const tabId = await tabIdFor(ext, EXTRA_URLS.tenMegabytes);
  await expect.poll(() => badgeText(ext, tabId)).toBe('SPA');
  expect(await page.evaluate(() => document.title, null)).toBe('Huge Spa');
  await page.close();
});

test('a page whose named form clobbers `window.browser` is still checked (DOM clobbering)', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.clobberingProvider);
  // The page really does shadow the name: `browser` is its form, not an extension API.
  expect(await page.evaluate(() => (window as any).browser?.tagName ?? null, null)).toBe('FORM');
  const tabId = await tabIdFor(ext, EXTRA_URLS.clobberingProvider);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="verdict"]');
  expect(await popup.text('[data-testid="verdict"]')).toContain('clinical');
  await popup.close();
  await page.close();
});
