import type { Action, Browser } from 'webextension-polyfill';

/**
 * The toolbar button API. Both builds are MV3 (`action`); an MV2 build, never made, would need
 * `browserAction` here, the one place that would know the difference.
 */
export function toolbarOf(b: Browser): Action.Static {
  if (!b.action) throw new Error('No toolbar action API in this browser');
  return b.action;
}
