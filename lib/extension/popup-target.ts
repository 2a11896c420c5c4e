import type { Browser } from 'webextension-polyfill';

/**
 * The tab the popup is about: `?tabId=` when the popup is opened as a page (tests, and links from
 * the options page), otherwise the active tab of the current window.
 */
export async function popupTargetTab(b: Browser, search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && new URLSearchParams(search).has('tabId')) return fromQuery;
  const [active] = await b.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
