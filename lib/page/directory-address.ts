// What a directory's address is, from the directory's address patterns alone. Zod-free and free of
// the directories' table: the content script bundles it with the patterns the build hands it
// (wxt.config.ts, __KTK_DIRECTORY_ADDRESSES__), and lib/page/results-page.ts with the full table.
import type { DirectoryAdapter } from '@/data/directories';

/** The parts of a directory's entry that say what its addresses are. */
export type DirectoryAddresses = Pick<DirectoryAdapter, 'domains' | 'resultsPath' | 'businessPath'>;

const hostMatches = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The directory an address belongs to, if any in the list. */
export function directoryForUrl<T extends DirectoryAddresses>(url: string, list: readonly T[]): T | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return list.find((d) => d.domains.some((domain) => hostMatches(host, domain)));
}

export type DirectoryPage = 'results' | 'business' | 'other';

/** What a directory's address is: a results page, one business's page, or neither. */
export function directoryPageKind(directory: DirectoryAddresses, url: string): DirectoryPage {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'other';
  }
  if (new RegExp(directory.businessPath).test(u.pathname)) return 'business';
  if (new RegExp(directory.resultsPath).test(`${u.pathname}${u.search}`)) return 'results';
  return 'other';
}

/** Whether an address is a results page of a directory in the list. */
export function isResultsAddress(url: string, list: readonly DirectoryAddresses[]): boolean {
  const directory = directoryForUrl(url, list);
  return !!directory && directoryPageKind(directory, url) === 'results';
}
