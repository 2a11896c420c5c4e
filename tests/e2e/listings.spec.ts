import path from 'node:path';
import { EXTRA_URLS } from './extra-pages';
import type { ExtensionBrowser } from './drivers/types';
import { badgeText, chipsAfterScrolling, expect, tabIdFor, test } from './fixtures';

const LISTINGS = 11;
const chipCount = () => document.querySelectorAll('knead-to-know-chip').length;

interface StoredListing {
  name: string;
  kind: string;
  reasons: { label: string }[];
}

async function storedDetection(ext: ExtensionBrowser, tabId: number) {
  return ext.inExtension(async (id: number) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const reply = await api.runtime.sendMessage({ type: 'get-tab-detection', tabId: id });
    return reply.detection as { kind: string; listings?: StoredListing[] } | null;
  }, tabId);
}

test('a directory results page: a chip on every listing, verdicts with reasons, the page never a provider', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.resultsYelp);
  const tabId = await tabIdFor(ext, EXTRA_URLS.resultsYelp);
  await expect.poll(() => chipsAfterScrolling(page)).toBe(LISTINGS);

  // The page itself: no MED/SPA/MIX badge, and no listing of its own to save.
  expect(await badgeText(ext, tabId)).toBe('');
  const detection = await storedDetection(ext, tabId);
  expect(detection?.kind).toBe('none');
  expect(detection?.listings).toHaveLength(LISTINGS);
  const harbor = detection!.listings!.find((l) => l.name === 'Harbor Clinical Massage')!;
  expect(harbor.kind).toBe('clinical-massage');
  expect(harbor.reasons.length).toBeGreaterThan(0);
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="verdict"]');
  expect(await popup.text('[data-testid="listings"] h2')).toMatch(/^11 listings: \d+ lean clinical/);
  expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="listing"]').length, null)).toBe(LISTINGS);
  expect(await popup.evaluate(() => document.querySelector('[data-testid="save-provider"]'), null)).toBeNull();
  await popup.close();

  // Each chip sits right after its listing's name link, closed to the page, and focusable.
  const placed = await page.evaluate(
    () =>
      [...document.querySelectorAll('knead-to-know-chip')].map((host) => ({
        afterName: host.previousElementSibling?.getAttribute('data-traffic-crawl-id') === 'SearchResultBizName',
        open: (host as HTMLElement).shadowRoot !== null,
      })),
    null,
  );
  expect(placed.every((p) => p.afterName && !p.open)).toBe(true);
  const focused = await page.evaluate(() => {
    const host = document.querySelector('knead-to-know-chip') as HTMLElement;
    host.focus();
    // Focus moves to the button inside the closed root: the page sees only the host.
    return document.activeElement === host;
  }, null);
  expect(focused).toBe(true);

  // Page CSS cannot hide or shrink the chips.
  const visible = await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent =
      'knead-to-know-chip, * knead-to-know-chip { display: none !important; visibility: hidden !important; opacity: 0 !important; width: 0 !important; }';
    document.head.append(style);
    // Nor can the page's script, through the hosts' own inline style.
    for (const host of document.querySelectorAll<HTMLElement>('knead-to-know-chip')) host.style.setProperty('display', 'none', 'important');
    return [...document.querySelectorAll('knead-to-know-chip')].every((host) => {
      const computed = getComputedStyle(host);
      return computed.display !== 'none' && computed.visibility === 'visible' && computed.opacity === '1' && host.getBoundingClientRect().width > 0;
    });
  }, null);
  expect(visible).toBe(true);
  // The chip whose panel is open sits one layer above its neighbours, whose panels it would cover.
  // Focus shows only in a focused window (Firefox), as it is when the patient tabs to a chip.
  await page.bringToFront();
  const layers = await page.evaluate(() => {
    const [first, second] = document.querySelectorAll<HTMLElement>('knead-to-know-chip');
    first!.focus();
    return [getComputedStyle(first!).zIndex, getComputedStyle(second!).zIndex];
  }, null);
  expect(Number(layers[0])).toBeGreaterThan(Number(layers[1]));
  await page.close();
});

test('infinite scroll: appended listings get chips, none twice, and the page\'s own links still work', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.resultsYelp);
  await expect.poll(() => chipsAfterScrolling(page)).toBe(LISTINGS);
  await page.evaluate((count) => {
    // Cards that are boxless wrappers, as some sites' are: a chip waits for its listing's name to be near.
    const boxless = document.createElement('style');
    boxless.textContent = '[data-testid="serp-ia-card"] { display: contents; }';
    document.head.append(boxless);
    const list = document.querySelector('section[aria-label="All Results"] ul')!;
    const template = list.querySelector('li')!;
    for (let i = 0; i < count; i++) {
      const li = template.cloneNode(true) as Element;
      li.querySelector('knead-to-know-chip')?.remove();
      for (const a of li.querySelectorAll('a[href^="/biz/"]')) a.setAttribute('href', `/biz/appended-spa-${i}`);
      li.querySelector('[data-traffic-crawl-id]')!.textContent = `Appended Day Spa ${i}`;
      li.querySelector('[data-testid="serp-ia-snippet"]')!.textContent = 'Hot stone massage and gift cards at this day spa.';
      list.append(li);
    }
  }, 30);
  // Read and drawn only as the patient scrolls towards them, or read when the popup asks for every
  // listing: the appended listings lie screens below the top, where the page still is.
  const tabId = await tabIdFor(ext, EXTRA_URLS.resultsYelp);
  await new Promise((resolve) => setTimeout(resolve, 600));
  const lastHasChip = () =>
    page.evaluate(() => {
      const last = [...document.querySelectorAll('[data-traffic-crawl-id="SearchResultBizName"]')].find((a) => a.textContent === 'Appended Day Spa 29');
      return last?.nextElementSibling?.localName === 'knead-to-know-chip';
    }, null);
  expect(await lastHasChip()).toBe(false);
  // Only the first appended listings, within half a screen of the view, may have been read.
  expect((await storedDetection(ext, tabId))?.listings?.length).toBeLessThan(LISTINGS + 5);
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="verdict"]');
  await expect.poll(() => popup.evaluate(() => document.querySelectorAll('[data-testid="listing"]').length, null)).toBe(LISTINGS + 30);
  expect(await popup.text('[data-testid="listings"] h2')).toMatch(/^41 listings:/);
  await popup.close();
  expect((await storedDetection(ext, tabId))?.listings?.length).toBe(LISTINGS + 30);
  expect(await lastHasChip()).toBe(false);
  await expect.poll(() => chipsAfterScrolling(page)).toBe(LISTINGS + 30);
  expect(await lastHasChip()).toBe(true);
  // Nothing is drawn twice, even after the page settles.
  await new Promise((resolve) => setTimeout(resolve, 800));
  expect(await page.evaluate(chipCount, null)).toBe(LISTINGS + 30);
  const perName = await page.evaluate(
    () => [...document.querySelectorAll('[data-traffic-crawl-id="SearchResultBizName"]')].every((a) => a.parentElement!.querySelectorAll('knead-to-know-chip').length === 1),
    null,
  );
  expect(perName).toBe(true);

  await page.click('a[href^="/biz/harbor-clinical-massage-brooklyn"][data-traffic-crawl-id]');
  await expect.poll(() => page.evaluate(() => location.pathname, null)).toBe('/biz/harbor-clinical-massage-brooklyn');
  await page.close();
});

// Marked fixme for part of the eleventh session, when it failed in both browsers with no change
// to the chips script; it passed again, alone and after the other spec files, from the twelfth
// (docs/listings.md). If it fails again, first check that the tab was being rendered.
test('in a scrolling list of results (a map view\'s, say), a chip is drawn half a list\'s height ahead, not far beyond', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.resultsYelp);
  await expect.poll(() => chipsAfterScrolling(page)).toBe(LISTINGS);
  await page.evaluate(() => {
    const list = document.querySelector('section[aria-label="All Results"] ul') as HTMLElement;
    list.style.cssText = 'position: relative; height: 300px; overflow: auto;';
    const template = list.querySelector('li')!;
    for (let i = 0; i < 10; i++) {
      const li = template.cloneNode(true) as Element;
      li.querySelector('knead-to-know-chip')?.remove();
      for (const a of li.querySelectorAll('a[href^="/biz/"]')) a.setAttribute('href', `/biz/listed-${i}`);
      li.querySelector('[data-traffic-crawl-id]')!.textContent = `Listed Spa ${i}`;
      list.append(li);
    }
    scrollTo(0, 0);
    // The first new listing sits 100 px below what the list shows; the last, screens further down.
    const firstNew = [...list.children].at(-10) as HTMLElement;
    list.scrollTop = firstNew.offsetTop - list.clientHeight - 100;
  }, null);
  await page.bringToFront();
  const chipBeside = (name: string) =>
    page.evaluate((n) => {
      const link = [...document.querySelectorAll('[data-traffic-crawl-id="SearchResultBizName"]')].find((a) => a.textContent === n);
      return link?.nextElementSibling?.localName === 'knead-to-know-chip';
    }, name);
  await expect.poll(() => chipBeside('Listed Spa 0')).toBe(true);
  expect(await chipBeside('Listed Spa 9')).toBe(false);
  await page.close();
});

interface SavedProvider {
  id: string;
  url: string;
  name: string;
  kind: string;
  evidenceSummary: unknown[];
  seenOn?: { directory: string; link: string; reasons: unknown[] }[];
  aliases?: string[];
}

/** Every provider in the shortlist, read straight from the extension's IndexedDB. */
function savedProviders(ext: ExtensionBrowser): Promise<SavedProvider[]> {
  return ext.inExtension(
    () =>
      new Promise<SavedProvider[]>((resolve, reject) => {
        const open = indexedDB.open('knead-to-know');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('providers')) return resolve((db.close(), []));
          const all = db.transaction('providers').objectStore('providers').getAll();
          all.onsuccess = () => resolve((db.close(), all.result as SavedProvider[]));
          all.onerror = () => reject(all.error);
        };
      }),
    null,
  );
}

test('save a listing from its chip and from the popup, then its own page: one record per provider, never the results page', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.resultsYelp);
  const tabId = await tabIdFor(ext, EXTRA_URLS.resultsYelp);
  await expect.poll(() => chipsAfterScrolling(page)).toBe(LISTINGS);

  // From the chip, by keyboard: focus the chip beside Harbor's name, Tab to its save button, Enter.
  await page.evaluate(() => {
    const name = document.querySelector('a[href^="/biz/harbor-clinical-massage-brooklyn"][data-traffic-crawl-id]')!;
    (name.nextElementSibling as HTMLElement).focus();
  }, null);
  await page.press('Tab');
  await page.press('Enter');
  const named = (name: string) => async () => (await savedProviders(ext)).filter((p) => p.name === name);
  await expect.poll(async () => (await named('Harbor Clinical Massage')()).length).toBe(1);
  // The page never saw a thing: focus stayed on the chip's host, and the card's link was not followed.
  expect(await page.evaluate(() => location.pathname, null)).toBe('/search');

  // From the popup's list.
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="save-listing"]');
  await popup.evaluate(() => {
    const item = [...document.querySelectorAll('[data-testid="listing"]')].find((li) => li.textContent!.includes('Gowanus Sports Recovery'))!;
    (item.querySelector('[data-testid="save-listing"]') as HTMLButtonElement).click();
  }, null);
  await expect.poll(() => popup.evaluate(() => document.querySelectorAll('[data-testid="listing-saved"]').length, null)).toBe(1);
  await popup.close();
  await expect.poll(async () => (await named('Gowanus Sports Recovery')()).length).toBe(1);

  const [fromChip] = await named('Harbor Clinical Massage')();
  expect(fromChip).toMatchObject({ id: 'https://yelp.com/biz/harbor-clinical-massage-brooklyn', kind: 'clinical-massage', evidenceSummary: [] });
  expect(fromChip!.seenOn).toHaveLength(1);
  expect(fromChip!.seenOn![0]!.directory).toBe('Yelp');
  expect(fromChip!.seenOn![0]!.reasons.length).toBeGreaterThan(0);

  // The provider's own page on the directory, saved from the popup: the same record, now with the page's evidence.
  await page.goto(EXTRA_URLS.yelpBizHarbor);
  const bizTab = await tabIdFor(ext, EXTRA_URLS.yelpBizHarbor);
  await expect.poll(() => badgeText(ext, bizTab)).toBe('MED');
  const bizPopup = await ext.openExtensionPage(`popup.html?tabId=${bizTab}`, '[data-testid="save-provider"]');
  // Already known: the popup offers to update the saved record, not to add another.
  await expect.poll(() => bizPopup.evaluate(() => document.querySelector('[data-testid="saved-status"]') !== null, null)).toBe(true);
  await bizPopup.click('[data-testid="save-provider"]');
  await expect.poll(async () => (await named('Harbor Clinical Massage')())[0]?.evidenceSummary.length ?? 0).toBeGreaterThan(0);
  await bizPopup.close();
  const harbor = await named('Harbor Clinical Massage')();
  expect(harbor).toHaveLength(1);
  expect(harbor[0]!.seenOn?.[0]?.directory).toBe('Yelp');

  // Nothing was ever saved for the results page itself.
  expect((await savedProviders(ext)).some((p) => p.url.includes('/search'))).toBe(false);
  await page.close();
});

// docs/screenshots/results-chips-{light,dark}.png, shown in README: chips on a results page, one of
// them focused so its reasons and save button show. Chromium only, like every docs screenshot.
test('screenshot of chips on a results page, in light and dark, for the README', async ({ ext, driver }) => {
  test.skip(driver !== 'chromium', 'screenshots for the docs are taken in Chromium');
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.resultsYelp);
  await expect.poll(() => chipsAfterScrolling(page)).toBe(LISTINGS);
  await page.evaluate(() => {
    // The fixture has no styles of its own: a few plain ones so the picture reads like a results page.
    const style = document.createElement('style');
    style.textContent = `body { font: 15px/1.4 system-ui, sans-serif; margin: 16px; }
      section[aria-label="All Results"] ul { list-style: none; padding: 0; }
      section[aria-label="All Results"] li { border-bottom: 1px solid #ddd; padding: 10px 0; }
      section[aria-label="All Results"] img { display: none; } h3 { margin: 0 0 4px; font-size: 17px; } p { margin: 2px 0; }
      @media (prefers-color-scheme: dark) { body { background: #17181b; color: #e6e6ea; } a { color: #8ab4f8; } li { border-color: #333 !important; } }`;
    document.head.append(style);
    document.querySelector('section[aria-label="Sponsored Results"]')?.remove();
    const harbor = document.querySelector('a[href^="/biz/harbor-clinical-massage-brooklyn"][data-traffic-crawl-id]')!;
    (harbor.nextElementSibling as HTMLElement).focus();
  }, null);
  const shots = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
  for (const scheme of ['light', 'dark'] as const)
    await page.screenshot!(path.join(shots, `results-chips-${scheme}.png`), scheme, { width: 760, height: 900, selector: 'section[aria-label="All Results"] ul' });
  await page.close();
});
