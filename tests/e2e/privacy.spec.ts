import { EXTRA_URLS } from './extra-pages';
import { badgeText, expect, tabIdFor, test } from './fixtures';

test('a hostile provider page: markup in names stays text, nothing runs in our UI', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.hostileProvider);
  const tabId = await tabIdFor(ext, EXTRA_URLS.hostileProvider);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');

  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '#provider-heading');
  const heading = await popup.text('#provider-heading');
  expect(heading).toContain('<img src=x onerror=');
  expect(heading).toContain('Sunrise <b>Medical</b> Massage');
  const inside = await popup.evaluate(
    () => ({
      pwned: (window as any).pwned as string | undefined,
      images: document.querySelectorAll('main img, main svg, main b, main script').length,
      javascriptLinks: [...document.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length,
    }),
    null,
  );
  expect(inside).toEqual({ pwned: undefined, images: 0, javascriptLinks: 0 });
  await popup.close();

  // The page's own window.postMessage calls reached nothing: the verdict is still this page's.
  const state = await ext.inExtension(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.runtime.sendMessage({ type: 'get-tab-detection', tabId: id })).detection.url as string;
  }, tabId);
  expect(state).toBe(EXTRA_URLS.hostileProvider);
  // And nothing of ours spoke to the page: it heard only its own two messages.
  expect(await page.evaluate(() => (window as any).heardMessages as string[], null)).toEqual(['page-snapshot', 'analyse-tab']);
  await page.close();
});

test("the extension's own pages cannot make a network request", async ({ ext }) => {
  const outcome = await ext.inExtension(async () => {
    try {
      await fetch('https://www.aetna.com/individuals-families/member-benefits/coverage.html');
      return 'reached the network';
    } catch (error) {
      return `blocked: ${(error as Error).name}`;
    }
  }, null);
  expect(outcome).toMatch(/^blocked/);
});

test('"Check every page I visit": on, a page outside the curated hosts is checked; off, it is not', async ({ grantedExt: ext }) => {
  const url = 'https://www.cedarstreetbodywork.com/services';
  const options = await ext.openExtensionPage('options.html', '[data-testid="all-sites"]');
  await options.click('[data-testid="all-sites"]');
  await expect.poll(() => options.text('[data-testid="all-sites-status"]')).toContain('every page you visit');

  const page = await ext.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');

  await options.click('[data-testid="all-sites"]');
  // This test build lists all sites as required, so the browser keeps the access; the script goes.
  await expect.poll(() => options.text('[data-testid="all-sites-status"]')).toContain('Off');
  await page.goto('https://www.yelp.com/biz/blue-plate-diner/recipes');
  await page.goto(url);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await badgeText(ext, tabId)).toBe('');
  await options.close();
  await page.close();
});

test('"Delete all my data" empties the shortlist, settings and remembered verdicts', async ({ ext }) => {
  const options = await ext.openExtensionPage('options.html', '[data-testid="delete-all"]');
  await options.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.local.set({ settings: { state: 'WA', inPagePanels: true, dismissedSites: [], allSites: false } });
    await api.storage.session.set({ 'tab:999': { kind: 'none' } });
    await new Promise<void>((resolve, reject) => {
      // No version: the suite's earlier tests may have opened it at the current one already.
      const open = indexedDB.open('knead-to-know');
      open.onerror = () => reject(open.error);
      open.onupgradeneeded = () => open.result.createObjectStore('providers', { keyPath: 'id' });
      open.onsuccess = () => {
        const tx = open.result.transaction('providers', 'readwrite');
        tx.objectStore('providers').put({ id: 'https://x.example/', name: 'X' });
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
  }, null);
  await options.click('[data-testid="delete-all"]');
  await options.click('[data-testid="delete-all-confirm"]');
  await expect.poll(() => options.text('[data-testid="delete-all-result"]')).toContain('was deleted');
  const left = await options.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const databases = (await indexedDB.databases?.()) ?? [];
    return {
      local: Object.keys(await api.storage.local.get(null)),
      session: Object.keys(await api.storage.session.get(null)),
      shortlist: databases.some((d: IDBDatabaseInfo) => d.name === 'knead-to-know'),
    };
  }, null);
  expect(left).toEqual({ local: [], session: [], shortlist: false });
  await options.close();

  // It must not have cost the extension its access to the curated sites.
  const url = 'https://www.massagebook.com/riverside-clinical-massage';
  const page = await ext.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(() => badgeText(ext, tabId)).toBe('MED');
  await page.close();
});
