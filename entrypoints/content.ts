import { concernsUs } from '@/lib/page/gate';
import { takeSnapshot } from '@/lib/page/snapshot';

// Deliberately without webextension-polyfill, React or zod (10 KB budget): it only snapshots the
// page and hands it to the background, which validates and classifies it.
type SendMessage = (message: unknown) => Promise<unknown>;
const runtime = ((globalThis as { browser?: { runtime: { sendMessage: SendMessage } } }).browser ??
  (globalThis as unknown as { chrome: { runtime: { sendMessage: SendMessage } } }).chrome).runtime;

const RECHECK_DELAYS_MS = [600, 2500];

function report(): void {
  const snapshot = takeSnapshot(document, location.href);
  if (!concernsUs(snapshot)) return;
  runtime.sendMessage({ type: 'page-snapshot', snapshot }).catch(() => {
    // Nothing to do: the background answers nothing to a snapshot, and checks the next page anew.
  });
}

export default defineContentScript({
  // Replaced by data/hosts.ts's curated list at build time (wxt.config.ts explains why).
  matches: ['*://*.massagebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    report();
    // Directory sites change pages without a load. The location changes before the new content
    // arrives, so look again shortly after, and once more for slower sites.
    let pending: number[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      if (newUrl.href.split('#')[0] === oldUrl.href.split('#')[0]) return;
      pending.forEach((id) => clearTimeout(id));
      pending = RECHECK_DELAYS_MS.map((delay) => ctx.setTimeout(report, delay));
    });
  },
});
