import { curatedHostPatterns } from '@/data/hosts';
import { ALL_SITES_ORIGINS, CONTENT_SCRIPT_FILE } from '@/lib/extension/content-script';

export const ALL_SITES_SCRIPT_ID = 'knead-to-know-all-sites';

/** The parts of the permissions and scripting APIs that "check every page I visit" needs. */
export interface AllSitesApis {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: {
      id: string;
      matches: string[];
      excludeMatches?: string[];
      js: string[];
      runAt?: 'document_idle';
      persistAcrossSessions?: boolean;
    }[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
  };
}

/**
 * Turns "check every page I visit" on: asks for access to all sites at this moment (it must run
 * in the click that asked for it), then registers the same small content script everywhere but the
 * curated hosts, where the manifest already runs it. Returns false when the patient declines.
 */
export async function enableAllSites(apis: AllSitesApis): Promise<boolean> {
  if (!(await apis.permissions.request({ origins: ALL_SITES_ORIGINS }))) return false;
  const existing = await apis.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  if (existing.length === 0) {
    await apis.scripting.registerContentScripts([
      {
        id: ALL_SITES_SCRIPT_ID,
        matches: ALL_SITES_ORIGINS,
        excludeMatches: curatedHostPatterns,
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return true;
}

/**
 * Turns it off: unregisters the script, then gives the all-sites access back if the mode had it.
 * Chromium withdraws every granted host covered by all sites along with it, the curated directories
 * and insurers included, so those are asked back for in the same click. A build that lists all
 * sites as required (the browser suite's test build) cannot give it back; that is reported.
 */
export async function disableAllSites(apis: AllSitesApis): Promise<{ permissionReturned: boolean }> {
  const existing = await apis.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  if (existing.length > 0) await apis.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  if (!(await apis.permissions.contains({ origins: ALL_SITES_ORIGINS }))) return { permissionReturned: true };
  let permissionReturned: boolean;
  try {
    permissionReturned = await apis.permissions.remove({ origins: ALL_SITES_ORIGINS });
  } catch {
    return { permissionReturned: false };
  }
  if (!(await apis.permissions.contains({ origins: curatedHostPatterns }))) {
    await apis.permissions.request({ origins: curatedHostPatterns }).catch(() => false);
  }
  return { permissionReturned };
}

/** Whether the mode is really on: the permission held and the script registered. */
export async function allSitesActive(apis: AllSitesApis): Promise<boolean> {
  const [granted, scripts] = await Promise.all([
    apis.permissions.contains({ origins: ALL_SITES_ORIGINS }),
    apis.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] }),
  ]);
  return granted && scripts.length > 0;
}
