import '@/lib/extension/zod-config';
import browser, { type Runtime } from 'webextension-polyfill';
import { handleMessage, onTabNavigated, onTabRemoved } from '@/lib/extension/background';
import { tabStateStore } from '@/lib/extension/tab-state';
import type { InsurerPanelData } from '@/lib/insurer/panel';
import type { ListingsHandover } from '@/lib/extension/listings-background';
import { toolbarOf } from '@/lib/extension/toolbar';
import { installSpanish } from '@/lib/extension/spanish';

export default defineBackground(() => {
  // The toolbar's titles and the listing chips speak the patient's language, read at each use.
  installSpanish();
  const deps = {
    store: tabStateStore(browser.storage.session),
    toolbar: toolbarOf(browser),
    ourId: browser.runtime.id,
    ourBaseUrl: browser.runtime.getURL('/'),
    log: (why: string) => console.warn(`[knead-to-know] ${why}`),
    readPage: async (tabId: number) => {
      const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-snapshot.js'] });
      return first?.result;
    },
    tabUrl: async (tabId: number) => (await browser.tabs.get(tabId)).url,
    settings: browser.storage.local,
    showPanel: async (tabId: number, data: InsurerPanelData) => {
      // Two steps in the same isolated world: hand over the data, then run the panel script.
      await browser.scripting.executeScript({
        target: { tabId },
        func: (panelData: InsurerPanelData) => {
          (globalThis as { kneadToKnowPanelData?: unknown }).kneadToKnowPanelData = panelData;
        },
        args: [data],
      });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/insurer-panel.js'] });
    },
    showListings: async (tabId: number, handover: ListingsHandover) => {
      // The same two steps for the listing chips of a results page.
      await browser.scripting.executeScript({
        target: { tabId },
        func: (listingsHandover: ListingsHandover) => {
          (globalThis as { kneadToKnowListings?: unknown }).kneadToKnowListings = listingsHandover;
        },
        args: [handover],
      });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/listing-chips.js'] });
    },
  };
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
    handleMessage(deps, raw, sender),
  );
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void onTabNavigated(deps, tabId, change.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(deps, tabId));
});
