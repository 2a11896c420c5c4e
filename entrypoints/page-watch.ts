import { isInsurerPanelData, mountInsurerPanel } from '@/lib/insurer-panel';
import { watchPage, type ContentRuntime } from '@/lib/page/watch';

// The content script, on the curated hosts (manifest, wxt.config.ts) and, in "check every page I
// visit" mode, on all sites (lib/all-sites.ts). It is an unlisted script rather than a WXT content
// script because WXT's content-script context posts a window message that tells every page the
// extension is installed, and on a test machine cost about 2 ms per page (docs/benchmarks.md).
const runtime = () =>
  ((globalThis as { browser?: { runtime?: ContentRuntime } }).browser ??
    (globalThis as { chrome?: { runtime?: ContentRuntime } }).chrome)?.runtime;

export default defineUnlistedScript(() => {
  watchPage(window, runtime, (reply) => {
    const panel = (reply as { panel?: unknown } | undefined)?.panel;
    if (!isInsurerPanelData(panel)) return;
    mountInsurerPanel(document, panel, () => {
      runtime()?.sendMessage({ type: 'dismiss-panel-site' }).catch(() => undefined);
    });
  });
});
