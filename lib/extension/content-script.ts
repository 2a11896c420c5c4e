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

/** The popup's request to a results page's chips script for every listing it has not read yet. */
export const READ_ALL_LISTINGS = 'read-all-listings';

/** The part of the extension runtime the in-page scripts use. */
export interface ContentRuntime {
  /** Gone once the extension was updated or removed while the page stayed open. */
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  /** Messages from the extension's own pages (`tabs.sendMessage`); a listener that answers later returns true. */
  onMessage?: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined): void;
  };
}

/**
 * The runtime as an in-page script sees it (`chrome` in Chromium, `chrome` or `browser` in Firefox),
 * without webextension-polyfill, which would not fit the content script's 10 KB budget.
 *
 * `chrome` comes first and every candidate's shape is checked: Chromium has no `browser` global, so
 * there a page's `<form name="browser"><input name="runtime">` stands in for it through the
 * window's named properties (DOM clobbering) and would switch detection off (docs/SECURITY.md).
 */
export const contentRuntime = (): ContentRuntime | undefined => {
  const scope = globalThis as { chrome?: unknown; browser?: unknown };
  for (const candidate of [scope.chrome, scope.browser]) {
    const runtime = extensionRuntime(candidate);
    if (runtime) return runtime;
  }
  return undefined;
};

function extensionRuntime(namespace: unknown): ContentRuntime | undefined {
  if (!namespace || typeof namespace !== 'object' || isDomNode(namespace)) return undefined;
  const runtime = (namespace as { runtime?: unknown }).runtime;
  if (!runtime || typeof runtime !== 'object' || isDomNode(runtime)) return undefined;
  return typeof (runtime as { sendMessage?: unknown }).sendMessage === 'function' ? (runtime as ContentRuntime) : undefined;
}

const isDomNode = (value: object) => typeof Node === 'function' && value instanceof Node;
