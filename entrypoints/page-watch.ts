import { contentRuntime } from '@/lib/extension/content-script';
import type { DirectoryAddresses } from '@/lib/page/directory-address';
import { watchPage } from '@/lib/page/watch';

// The directories' address patterns, handed in by the build (wxt.config.ts): the table itself
// would bring zod and every adapter into this script.
declare const __KTK_DIRECTORY_ADDRESSES__: DirectoryAddresses[];

// The content script, on the curated hosts (manifest, wxt.config.ts) and, in "check every page I
// visit" mode, on all sites (lib/extension/all-sites.ts). It is an unlisted script rather than a WXT content
// script because WXT's content-script context posts a window message that tells every page the
// extension is installed, and on a test machine cost about 2 ms per page (docs/benchmarks.md).
export default defineUnlistedScript(() => {
  // The background injects the insurer panel itself where one shows (lib/extension/background.ts).
  watchPage(window, contentRuntime, () => undefined, __KTK_DIRECTORY_ADDRESSES__);
});
