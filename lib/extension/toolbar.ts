import type { Action, Browser } from 'webextension-polyfill';

/**
 * The toolbar button API: `action` in MV3 (Chrome and our Firefox build), `browserAction` in a
 * Firefox MV2 build. The one place that knows the difference.
 */
export function toolbarOf(b: Browser): Action.Static {
  const api = b.action ?? (b as unknown as { browserAction?: Action.Static }).browserAction;
  if (!api) throw new Error('No toolbar action API in this browser');
  return api;
}
