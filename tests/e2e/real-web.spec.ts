import type { ExtensionBrowser } from './drivers/types';
import { badgeText, expect, tabIdFor, test } from './fixtures';

// Pages modelled on what a patient reaches from a search (tests/fixtures/pages/web-*/): none is on
// a curated host, so each is checked the way a patient asks, with "Check this page".
async function checkInPopup(ext: ExtensionBrowser, url: string) {
  const page = await ext.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="check-this-page"]');
  await popup.click('[data-testid="check-this-page"]');
  await expect.poll(() => popup.text('[data-testid="verdict"]')).not.toContain('not been checked');
  return { page, popup, tabId };
}

test('an article on a pain clinic\'s blog explains massage and is no practice', async ({ grantedExt: ext }) => {
  const { page, popup, tabId } = await checkInPopup(ext, 'https://www.desertsagepain.com/post/can-massage-help-chronic-pain');
  await expect.poll(() => popup.text('[data-testid="verdict"]')).toContain("it explains, it doesn't offer");
  expect(await badgeText(ext, tabId)).toBe('');
  await popup.close();
  await page.close();
});

test('a clinical practice\'s cancellation policy, reached from a search, is read with its practice', async ({ grantedExt: ext }) => {
  const { page, popup, tabId } = await checkInPopup(ext, 'https://northsideortho-rehab.com/cancellation-policy/');
  await expect.poll(() => popup.text('[data-testid="verdict"]')).toContain('clinical massage practice');
  expect(await popup.text('[data-testid="verdict-page"]')).toContain('its policies');
  expect(await badgeText(ext, tabId)).toBe('MED');
  await popup.close();
  await page.close();
});

test('a chiropractor\'s massage sold as a cash add-on is not the clinic\'s clinical work, and the popup says why', async ({ grantedExt: ext }) => {
  const { page, popup, tabId } = await checkInPopup(ext, 'https://www.lakeviewfamilychiro.com/services/massage-therapy/');
  await expect.poll(() => badgeText(ext, tabId)).toBe('SPA');
  const note = await popup.text('[data-testid="verdict-note"]');
  expect(note).toContain('paid out of pocket');
  expect(note).toContain('cash service');
  await popup.close();
  await page.close();
});
