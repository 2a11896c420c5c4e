// Shared by the scripts that run in pages and by what registers them. Dependency-free: wxt.config.ts
// imports it too.

/** The content script's file in the package (entrypoints/page-watch.ts), wherever it is registered. */
export const CONTENT_SCRIPT_FILE = 'page-watch.js';

/**
 * Every site: the manifest's optional host permission, which "check every page I visit" requests
 * at the moment it is switched on and where it then registers the content script (lib/extension/all-sites.ts).
 * Never an install-time permission (tests/build/packages.test.ts).
 */
export const ALL_SITES_ORIGINS = ['*://*/*'];

/** The part of the extension runtime the in-page scripts use. */
export interface ContentRuntime {
  /** Gone once the extension was updated or removed while the page stayed open. */
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * The runtime as an in-page script sees it (`browser` in Firefox, `chrome` in Chromium), without
 * webextension-polyfill, which would not fit the content script's 10 KB budget.
 */
export const contentRuntime = (): ContentRuntime | undefined =>
  ((globalThis as { browser?: { runtime?: ContentRuntime } }).browser ??
    (globalThis as { chrome?: { runtime?: ContentRuntime } }).chrome)?.runtime;
