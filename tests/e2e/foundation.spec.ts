import { badgeText, badgeTitle, expect, tabIdFor, test } from './fixtures';

const CLINIC = 'https://www.massagebook.com/riverside-clinical-massage';
const SPA = 'https://www.vagaro.com/lotusdayspa/services';
const RECIPE = 'https://www.yelp.com/biz/blue-plate-diner/recipes';
const AETNA_PATH = '//www.aetna.com/individuals-families/member-benefits/coverage.html';

async function openAndGetTab(ext: Parameters<typeof tabIdFor>[0], url: string) {
  const page = await ext.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdFor(ext, url) };
}

test('a clinic page gets the clinical badge and tooltip', async ({ ext }) => {
  const { page, tabId } = await openAndGetTab(ext, CLINIC);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');
  expect(await badgeTitle(ext, tabId)).toContain('clinical massage practice');
  await page.close();
});

test('a spa page gets the spa badge', async ({ ext }) => {
  const { page, tabId } = await openAndGetTab(ext, SPA);
  await expect.poll(() => badgeText(ext, tabId)).toBe('SPA');
  await page.close();
});

test('an unrelated page on a curated host gets no badge', async ({ ext }) => {
  const { page, tabId } = await openAndGetTab(ext, RECIPE);
  // Give the content script time to run, then check nothing was shown.
  await new Promise((r) => setTimeout(r, 1500));
  expect(await badgeText(ext, tabId)).toBe('');
  await page.close();
});

// https only: the curated host patterns leave plain-http copies alone (insurer.spec.ts checks that).
test('an insurer page under its real host name gets the insurer badge', async ({ ext }) => {
  const { page, tabId } = await openAndGetTab(ext, 'https:' + AETNA_PATH);
  await expect.poll(() => badgeText(ext, tabId)).toBe('INS');
  await page.close();
});

test('the popup shows the detection of the tab it is about', async ({ ext }) => {
  const clinic = await openAndGetTab(ext, CLINIC);
  const spa = await openAndGetTab(ext, SPA);
  await expect.poll(() => badgeText(ext, spa.tabId)).toBe('SPA');
  await expect.poll(() => badgeText(ext, clinic.tabId)).toBe('MED');

  const popup = await ext.openExtensionPage(`popup.html?tabId=${clinic.tabId}`, '[data-testid="verdict"]');
  expect(await popup.text('[data-testid="verdict"]')).toContain('clinical massage practice');
  expect(await popup.text('.evidence')).toContain('SOAP notes');
  await popup.close();

  const spaPopup = await ext.openExtensionPage(`popup.html?tabId=${spa.tabId}`, '[data-testid="verdict"]');
  expect(await spaPopup.text('[data-testid="verdict"]')).toContain('spa or relaxation');
  await spaPopup.close();
  await clinic.page.close();
  await spa.page.close();
});

test('badge and popup survive the background being stopped', async ({ ext }) => {
  const { page, tabId } = await openAndGetTab(ext, CLINIC);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');
  await ext.stopBackground();
  expect(await badgeText(ext, tabId)).toBe('MED');
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="verdict"]');
  expect(await popup.text('[data-testid="verdict"]')).toContain('clinical massage practice');
  await popup.close();
  await page.close();
});

test('navigating away clears the badge', async ({ ext }) => {
  const { page, tabId } = await openAndGetTab(ext, CLINIC);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');
  await page.goto(RECIPE);
  await expect.poll(() => badgeText(ext, tabId)).toBe('');
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="verdict"]');
  expect(await popup.text('[data-testid="verdict"]')).toContain('not been checked');
  await popup.close();
  await page.close();
});

test('after the background stops mid-session, new pages are classified and a save still lands', async ({ ext }) => {
  const { page, tabId } = await openAndGetTab(ext, CLINIC);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="save-provider"]');
  await ext.stopBackground();
  // The next page's snapshot wakes the background, which picks up where it left off.
  await page.goto(SPA);
  await expect.poll(() => badgeText(ext, tabId)).toBe('SPA');
  // A save begun in a popup opened before the stop does not depend on the background at all.
  await popup.click('[data-testid="save-provider"]');
  await expect.poll(() => popup.text('[data-testid="saved-status"]')).toContain('Saved');
  const saved = await ext.inExtension(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('knead-to-know');
        open.onsuccess = () => {
          const request = open.result.transaction('providers').objectStore('providers').getAll();
          request.onsuccess = () => (open.result.close(), resolve(request.result.map((p: { name: string }) => p.name)));
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    null,
  );
  expect(saved).toContain('Riverside Clinical Massage');
  await popup.close();
  await page.close();
});
