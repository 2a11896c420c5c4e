import { isInsurerPanelData, mountInsurerPanel } from '@/lib/insurer-panel';

// Injected by the background on an insurer's benefits pages, right after it sets
// `kneadToKnowPanelData` in this isolated world (see lib/background.ts, showInsurerPanel).
type SendMessage = (message: unknown) => Promise<unknown>;
const runtime = ((globalThis as { browser?: { runtime: { sendMessage: SendMessage } } }).browser ??
  (globalThis as unknown as { chrome: { runtime: { sendMessage: SendMessage } } }).chrome).runtime;

export default defineUnlistedScript(() => {
  const data = (globalThis as { kneadToKnowPanelData?: unknown }).kneadToKnowPanelData;
  if (!isInsurerPanelData(data)) return;
  mountInsurerPanel(document, data, () => {
    runtime.sendMessage({ type: 'dismiss-panel-site' }).catch(() => undefined);
  });
});
