// Shared by the scripts that run in pages. Dependency-free: wxt.config.ts imports it too.

/** The content script's file in the package (entrypoints/page-watch.ts), wherever it is registered. */
export const CONTENT_SCRIPT_FILE = 'page-watch.js';

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
