import { concernsUs } from '@/lib/page/gate';
import { takeSnapshot } from '@/lib/page/snapshot';

// Deliberately without webextension-polyfill, React or zod (10 KB budget): it only snapshots the
// page and hands it to the background, which validates and classifies it.
type SendMessage = (message: unknown) => Promise<unknown>;
const runtime = ((globalThis as { browser?: { runtime: { sendMessage: SendMessage } } }).browser ??
  (globalThis as unknown as { chrome: { runtime: { sendMessage: SendMessage } } }).chrome).runtime;

function report(): void {
  const snapshot = takeSnapshot(document, location.href);
  if (!concernsUs(snapshot)) return;
  runtime.sendMessage({ type: 'page-snapshot', snapshot }).catch(() => {
    // The background may be restarting; the next navigation reports again.
  });
}

export default defineContentScript({
  // Replaced by data/hosts.ts's curated list at build time (wxt.config.ts explains why).
  matches: ['*://*.massagebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    report();
    // Directory sites change pages without a load; check again after each in-page navigation.
    ctx.addEventListener(window, 'wxt:locationchange', () => report());
  },
});
