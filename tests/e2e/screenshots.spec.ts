import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { BRAND_TILE_COLOR, brandMarkSvgSource } from '../../lib/extension/brand-mark';
import { EXTRA_URLS } from './extra-pages';
import { badgeText, chipsAfterScrolling, expect, tabIdFor, test } from './fixtures';
import { checkInPopup, openPopupFor, popupPages } from './popup-pages';
import type { ExtensionBrowser, PageHandle } from './drivers/types';

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

test('popup screenshots in light and dark for docs/screenshots, each page kind and the situation choice', async ({ grantedExt: ext, driver }) => {
  test.skip(driver !== 'chromium', 'screenshots for the docs are taken in Chromium');
  test.setTimeout(180_000);
  for (const { kind } of popupPages) {
    const { page, popup } = await openPopupFor(ext, kind);
    for (const scheme of ['light', 'dark'] as const) await popup.screenshot!(path.join(shotsDir, `popup-${kind}-${scheme}.png`), scheme);
    if (kind === 'clinic') {
      // "What brings you here?", where the patient meets it: at the top of the questions.
      await popup.click('[data-testid="questions-section"] summary');
      for (const scheme of ['light', 'dark'] as const)
        await popup.screenshot!(path.join(shotsDir, `popup-situation-${scheme}.png`), scheme, { selector: '[data-testid="questions-section"]' });
    }
    await popup.close();
    await page.close();
  }
});

// Store screenshots (docs/screenshots/store/): the sizes the Chrome Web Store takes, 1280 × 800 and
// 640 × 400, and its 440 × 280 promo tile, as PNG without an alpha channel. Each shows a page as a
// user sees it with the popup open over it, or the shortlist; docs/screenshots/store/README.md
// lists them.
const storeDir = path.join(shotsDir, 'store');
const STORE_SIZE = { width: 1280, height: 800 };
const POPUP_SIZE = { width: 420, height: 760 };

async function savePng(image: ReturnType<typeof sharp>, file: string, size: { width: number; height: number }) {
  await image.resize(size.width, size.height).flatten({ background: '#ffffff' }).removeAlpha().png().toFile(file);
  const meta = await sharp(file).metadata();
  expect([meta.width, meta.height, meta.channels, meta.hasAlpha]).toEqual([size.width, size.height, 3, false]);
}

async function saveStoreShot(name: string, scheme: 'light' | 'dark', base: Buffer, popup?: Buffer) {
  let image = sharp(base);
  if (popup) {
    // A thin frame, as the browser draws around a popup, so the popup reads on any page.
    const framed = await sharp(popup)
      .extend({ top: 1, bottom: 1, left: 1, right: 1, background: scheme === 'dark' ? '#5f6368' : '#9aa0a6' })
      .png()
      .toBuffer();
    image = sharp(await image.composite([{ input: framed, left: STORE_SIZE.width - POPUP_SIZE.width - 26, top: 8 }]).png().toBuffer());
  }
  const full = await image.png().toBuffer();
  await savePng(sharp(full), path.join(storeDir, `${name}-${scheme}-1280x800.png`), STORE_SIZE);
  await savePng(sharp(full), path.join(storeDir, `${name}-${scheme}-640x400.png`), { width: 640, height: 400 });
}

/**
 * The pages the store screenshots show, each with the popup open over it: a directory's results
 * with a chip beside every listing, a clinic's page, and a health plan's benefits page.
 */
const storePages = [
  { name: 'results', url: EXTRA_URLS.resultsYelp, badge: '', ready: '[data-testid="listings"]', chips: 11 },
  { name: 'clinic', url: pages[0]!.url, badge: 'MED', ready: '[data-testid="checklist-section"]', chips: 0 },
  { name: 'insurer', url: pages[2]!.url, badge: 'INS', ready: '[data-testid="insurer-view"]', chips: 0 },
];

/** Saves the page's provider from the popup, as a patient would. */
async function saveFromPopup(ext: ExtensionBrowser, url: string, badge: string) {
  const page = await ext.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(() => badgeText(ext, tabId)).toBe(badge);
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="save-provider"]');
  await popup.click('[data-testid="save-provider"]');
  await expect.poll(() => popup.text('[data-testid="saved-status"]')).toContain('Saved');
  await popup.close();
  await page.close();
}

/** Six visits over two months, entered through the visit form, so the chart has a trend to draw. */
async function logVisits(options: PageHandle) {
  const visits = [
    ['2026-09-07', '7', '4', 'head 45° left'],
    ['2026-09-14', '7', '5', 'head 50° left'],
    ['2026-09-28', '6', '3', 'head 55° left'],
    ['2026-10-12', '5', '', 'stiff in the morning'],
    ['2026-10-26', '4', '2', 'head 65° left'],
    ['2026-11-09', '3', '1', 'head 70° left'],
  ] as const;
  for (const [index, [date, before, after, motion]] of visits.entries()) {
    await options.fill('[data-testid="provider-detail"] [data-field="date"]', date);
    await options.fill('[data-testid="provider-detail"] [data-field="painBefore"]', before);
    await options.fill('[data-testid="provider-detail"] [data-field="painAfter"]', after);
    await options.fill('[data-testid="provider-detail"] [data-field="rangeOfMotion"]', motion);
    await options.click('[data-testid="visit-submit"]');
    await expect.poll(() => options.text('[data-testid="visit-status"]')).toContain('added');
    // The status still says "added" from the visit before: wait for this visit in the chart, so the
    // next one is not typed into a form that is about to be reset.
    await expect
      .poll(() => options.evaluate(() => document.querySelectorAll('[data-testid="visit-chart"] [data-series="painBefore"] .marker').length, null))
      .toBe(index + 1);
  }
}

test('store screenshots at the stores’ sizes, in light and dark, and the promo tile', async ({ ext, driver }) => {
  test.skip(driver !== 'chromium', 'store screenshots are taken in Chromium');
  test.setTimeout(240_000);
  mkdirSync(storeDir, { recursive: true });

  // A clean shortlist (the browser is shared by the suite), then two providers saved from the popup.
  const cleaner = await ext.openExtensionPage('options.html', '[data-testid="delete-all"]');
  await cleaner.click('[data-testid="delete-all"]');
  await cleaner.click('[data-testid="delete-all-confirm"]');
  await expect.poll(() => cleaner.text('[data-testid="delete-all-result"]')).toContain('was deleted');
  await cleaner.close();
  for (const p of pages.filter((p) => p.badge !== 'INS')) await saveFromPopup(ext, p.url, p.badge);

  for (const p of storePages) {
    const page = await ext.newPage();
    await page.goto(p.url);
    const tabId = await tabIdFor(ext, p.url);
    await expect.poll(() => badgeText(ext, tabId)).toBe(p.badge);
    if (p.chips) await expect.poll(() => chipsAfterScrolling(page)).toBe(p.chips);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, p.ready);
    for (const scheme of ['light', 'dark'] as const) {
      const base = await page.viewportShot!(STORE_SIZE, scheme);
      await saveStoreShot(p.name, scheme, base, await popup.viewportShot!(POPUP_SIZE, scheme));
    }
    await popup.close();
    await page.close();
  }

  const options = await ext.openExtensionPage('options.html', '[data-testid="shortlist-table"]');
  await expect.poll(() => options.text('[data-testid="shortlist-table"]')).toContain('Riverside');
  for (const scheme of ['light', 'dark'] as const) await saveStoreShot('shortlist', scheme, await options.viewportShot!(STORE_SIZE, scheme));

  // The shortlist with the clinic's visit chart: its details open, visits logged, the chart in view.
  await options.fill('[data-testid="shortlist-search"]', 'riverside');
  await options.click('tr.row .col-name button');
  await expect.poll(() => options.text('[data-testid="detail-name"]')).toContain('Riverside');
  await logVisits(options);
  await expect.poll(() => options.evaluate(() => document.querySelectorAll('[data-testid="visit-chart"] [data-series="painBefore"] .marker').length, null)).toBe(6);
  await options.viewportShot!(STORE_SIZE, 'light');
  await options.evaluate(() => document.querySelector('.visit-chart-section')!.scrollIntoView({ block: 'center' }), null);
  for (const scheme of ['light', 'dark'] as const) await saveStoreShot('shortlist-chart', scheme, await options.viewportShot!(STORE_SIZE, scheme));
  await options.close();

  const tile = await ext.newPage();
  await tile.setContent!(promoTileHtml());
  await savePng(sharp(await tile.viewportShot!({ width: 440, height: 280 }, 'light')), path.join(storeDir, 'promo-440x280.png'), { width: 440, height: 280 });
  await tile.close();

  // Leave the shared browser as this test found it: later specs count the clinic's visits.
  const after = await ext.openExtensionPage('options.html', '[data-testid="delete-all"]');
  await after.click('[data-testid="delete-all"]');
  await after.click('[data-testid="delete-all-confirm"]');
  await expect.poll(() => after.text('[data-testid="delete-all-result"]')).toContain('was deleted');
  await after.close();
});

test('store screenshot of a plan\'s own page with the popup on "What this page says"', async ({ grantedExt: ext, driver }) => {
  test.skip(driver !== 'chromium', 'store screenshots are taken in Chromium');
  // The plan pages whose statements the popup lists are outside the install-time hosts, so the
  // patient checks them with "Check this page", as here (the test build can read any page).
  const url = 'https://www.bcbsnd.com/members/benefits/therapy-and-rehabilitation';
  const { page, popup } = await checkInPopup(ext, url);
  for (const scheme of ['light', 'dark'] as const) {
    const base = await page.viewportShot!(STORE_SIZE, scheme);
    await saveStoreShot('insurer-says', scheme, base, await popup.viewportShot!(POPUP_SIZE, scheme));
  }
  await popup.close();
  await page.close();
});

/** The small promo tile: the mark on its own tile, the name and what it does, on a pale tint of the tile colour. */
function promoTileHtml(): string {
  const mark = brandMarkSvgSource().replace('width="512" height="512"', 'width="112" height="112"');
  return `<!doctype html><html><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:22px;padding:0 28px;box-sizing:border-box;background:#eaf4f2;color:${BRAND_TILE_COLOR};font:16px/1.35 system-ui,sans-serif">
<div style="flex:none;width:112px;height:112px">${mark}</div><div><div style="font-size:30px;font-weight:700;margin-bottom:8px">Knead to Know</div>
<div>Clinical or spa? See the evidence, check credentials, and know what to ask before you book.</div></div></body></html>`;
}
