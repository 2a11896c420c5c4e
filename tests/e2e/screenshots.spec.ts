import path from 'node:path';
import { badgeText, expect, tabIdFor, test } from './fixtures';

// Makes docs/screenshots/ (shown in README). Screenshots come from Chromium only: they are pictures
// for the docs, not a behaviour to compare between browsers.
const shotsDir = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const pages = [
  { name: 'clinic', url: 'https://www.massagebook.com/riverside-clinical-massage', badge: 'MED', ready: '[data-testid="checklist-section"]' },
  { name: 'spa', url: 'https://www.vagaro.com/lotusdayspa/services', badge: 'SPA', ready: '[data-testid="checklist-section"]' },
  {
    name: 'insurer',
    url: 'https://www.aetna.com/individuals-families/member-benefits/coverage.html',
    badge: 'INS',
    ready: '[data-testid="insurer-view"]',
  },
];

test('popup screenshots in light and dark for docs/screenshots', async ({ ext, driver }) => {
  test.skip(driver !== 'chromium', 'screenshots for the docs are taken in Chromium');
  for (const p of pages) {
    const page = await ext.newPage();
    await page.goto(p.url);
    const tabId = await tabIdFor(ext, p.url);
    await expect.poll(() => badgeText(ext, tabId)).toBe(p.badge);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, p.ready);
    for (const scheme of ['light', 'dark'] as const) await popup.screenshot!(path.join(shotsDir, `popup-${p.name}-${scheme}.png`), scheme);
    await popup.close();
    await page.close();
  }
});
