import { badgeText, expect, tabIdFor, test } from './fixtures';

// A clinic on its own domain: not a curated host, so nothing runs there until the patient asks.
const OWN_DOMAIN_CLINIC = 'https://www.harborpainrelief.com/services';

test('"Check this page" analyses a page outside the curated hosts on request', async ({ grantedExt: ext }) => {
  const page = await ext.newPage();
  await page.goto(OWN_DOMAIN_CLINIC);
  const tabId = await tabIdFor(ext, OWN_DOMAIN_CLINIC);
  await new Promise((r) => setTimeout(r, 1000));
  expect(await badgeText(ext, tabId)).toBe('');

  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="check-this-page"]');
  expect(await popup.text('[data-testid="verdict"]')).toContain('not been checked');
  await popup.click('[data-testid="check-this-page"]');
  await expect.poll(() => popup.text('[data-testid="verdict"]')).toContain('clinical massage practice');
  expect(await badgeText(ext, tabId)).toBe('MED');
  await popup.close();
  await page.close();
});
