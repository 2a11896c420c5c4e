import { describe, expect, it } from 'vitest';
import { curatedHostPatterns } from '@/data/hosts';
import { allSitesActive, disableAllSites, enableAllSites, type AllSitesApis, ALL_SITES_SCRIPT_ID } from '@/lib/extension/all-sites';

function fakeApis({ grant = true, removable = true, removeTakesCurated = false } = {}) {
  const granted = new Set<string>(curatedHostPatterns);
  const requested: string[][] = [];
  const scripts = new Map<string, { matches: string[]; excludeMatches?: string[]; js: string[] }>();
  const apis: AllSitesApis = {
    permissions: {
      request: async ({ origins }) => {
        requested.push(origins);
        return grant ? (origins.forEach((o) => granted.add(o)), true) : false;
      },
      remove: async ({ origins }) => {
        if (!removable) throw new Error('You cannot remove required permissions.');
        origins.forEach((o) => granted.delete(o));
        // What Chromium does: every host inside *://*/* goes too.
        if (removeTakesCurated) granted.clear();
        return true;
      },
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
    },
    scripting: {
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error('Duplicate script ID');
          scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => scripts.delete(id)),
      getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => scripts.has(id)).map((id) => scripts.get(id)),
    },
  };
  return { apis, granted, scripts, requested };
}

describe('check every page I visit', () => {
  it('asks for the permission, then registers the content script outside the curated hosts', async () => {
    const { apis, granted, scripts } = fakeApis();
    expect(await enableAllSites(apis)).toBe(true);
    expect(granted.has('*://*/*')).toBe(true);
    const script = scripts.get(ALL_SITES_SCRIPT_ID)!;
    expect(script.js).toEqual(['page-watch.js']);
    expect(script.excludeMatches).toContain('https://*.aetna.com/*');
    expect(await allSitesActive(apis)).toBe(true);
    // Turning it on twice registers once.
    expect(await enableAllSites(apis)).toBe(true);
  });

  it('registers nothing when the patient declines', async () => {
    const { apis, scripts } = fakeApis({ grant: false });
    expect(await enableAllSites(apis)).toBe(false);
    expect(scripts.size).toBe(0);
    expect(await allSitesActive(apis)).toBe(false);
  });

  it('unregisters the script and gives the permission back when turned off', async () => {
    const { apis, granted, scripts } = fakeApis();
    await enableAllSites(apis);
    expect(await disableAllSites(apis)).toEqual({ permissionReturned: true });
    expect(scripts.size).toBe(0);
    expect(granted.has('*://*/*')).toBe(false);
    expect(curatedHostPatterns.every((p) => granted.has(p))).toBe(true);
    expect(await allSitesActive(apis)).toBe(false);
  });

  it('asks the curated hosts back when the browser withdrew them with all sites', async () => {
    const { apis, granted, requested } = fakeApis({ removeTakesCurated: true });
    await enableAllSites(apis);
    await disableAllSites(apis);
    expect(requested.at(-1)).toEqual(curatedHostPatterns);
    expect(curatedHostPatterns.every((p) => granted.has(p))).toBe(true);
  });

  it('touches no permission when the mode was never on (as in "delete all my data")', async () => {
    const { apis, granted, requested } = fakeApis({ removeTakesCurated: true });
    expect(await disableAllSites(apis)).toEqual({ permissionReturned: true });
    expect(requested).toEqual([]);
    expect(curatedHostPatterns.every((p) => granted.has(p))).toBe(true);
  });

  it('still unregisters when the permission cannot be returned', async () => {
    const { apis, scripts } = fakeApis({ removable: false });
    await enableAllSites(apis);
    expect(await disableAllSites(apis)).toEqual({ permissionReturned: false });
    expect(scripts.size).toBe(0);
  });
});
