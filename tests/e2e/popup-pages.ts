import type { ExtensionBrowser, PageHandle } from './drivers/types';
import { EXTRA_URLS } from './extra-pages';
import { badgeText, expect, tabIdFor } from './fixtures';

/** One page of each kind the popup answers differently, on the fixture server. */
export const popupPages = [
  { kind: 'clinic', url: 'https://www.massagebook.com/riverside-clinical-massage', badge: 'MED' },
  { kind: 'spa', url: 'https://www.vagaro.com/lotusdayspa/services', badge: 'SPA' },
  { kind: 'mixed', url: 'https://www.massagebook.com/beacon-hill-bodywork', badge: 'MIX' },
  { kind: 'insurer', url: 'https://www.aetna.com/individuals-families/member-benefits/coverage.html', badge: 'INS' },
  { kind: 'results', url: EXTRA_URLS.resultsYelp, badge: '' },
  // A chiropractor's blog post about massage: outside the curated hosts, checked on request.
  { kind: 'article', url: 'https://www.bartoncreekspine.com/blog/medical-massage-vs-spa-massage/', badge: undefined },
] as const;
export type PopupPageKind = (typeof popupPages)[number]['kind'];

/** Everything the popup shows after its first screen, folded away: "all sections closed". */
export const POPUP_READY = '[data-testid="verdict"]';

/**
 * Opens the page of `kind` in a tab, waits until the extension has read it, and opens the popup
 * for that tab. The article is outside the curated hosts, so its popup's "Check this page" runs first.
 */
export async function openPopupFor(ext: ExtensionBrowser, kind: PopupPageKind): Promise<{ page: PageHandle; popup: PageHandle }> {
  const entry = popupPages.find((p) => p.kind === kind)!;
  const page = await ext.newPage();
  await page.goto(entry.url);
  // The extension page that answers tab queries can take longer to open than one poll waits.
  await ext.inExtension(() => true, null);
  const tabId = await tabIdFor(ext, entry.url);
  if (entry.badge) await expect.poll(() => badgeText(ext, tabId)).toBe(entry.badge);
  if (kind === 'results') {
    // The listings' verdicts come after the page's own, as they come into view (an extension page
    // opened meanwhile may have hidden the tab): wait until the background holds some.
    await page.bringToFront();
    const listings = () =>
      ext.inExtension(async (id: number) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const reply = await api.runtime.sendMessage({ type: 'get-tab-detection', tabId: id });
        return (reply?.detection?.listings?.length as number | undefined) ?? 0;
      }, tabId);
    await expect.poll(listings, { timeout: 30_000 }).toBeGreaterThan(0);
  }
  const ready = kind === 'article' ? '[data-testid="check-this-page"]' : kind === 'results' ? '[data-testid="listings"]' : kind === 'insurer' ? '[data-testid="insurer-view"]' : '[data-testid="next-step"]';
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, ready);
  if (kind === 'article') {
    await popup.click('[data-testid="check-this-page"]');
    await expect.poll(() => popup.text('[data-testid="verdict"]')).not.toContain('not been checked');
  }
  // The lazily loaded sections below the verdict have arrived.
  await expect.poll(() => popup.evaluate(() => document.querySelector('.disclaimer') !== null && document.querySelectorAll('main > *').length > 3, null)).toBe(true);
  return { page, popup };
}

/** Opens every folded section of the popup, the way a patient clicking each summary would. */
export async function openAllSections(popup: PageHandle): Promise<void> {
  await popup.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  }, null);
  await expect.poll(() => popup.evaluate(() => document.querySelector('[data-testid="note-composer"]') !== null, null)).toBe(true);
}

/** Opens a page outside the install-time hosts and checks it the way a patient asks, with "Check this page". */
export async function checkInPopup(ext: ExtensionBrowser, url: string) {
  const page = await ext.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="check-this-page"]');
  await popup.click('[data-testid="check-this-page"]');
  await expect.poll(() => popup.evaluate(() => document.querySelectorAll('[data-testid="page-says"] li').length, null)).toBeGreaterThan(0);
  const statements = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="page-says"] li')].map((li) => li.textContent ?? ''), null);
  return { page, popup, statements };
}
