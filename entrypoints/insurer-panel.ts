import { contentRuntime } from '@/lib/extension/content-script';
import { showPanelFromBackground } from '@/lib/insurer/panel';

// Injected by the background into a tab checked on demand, right after it sets
// `kneadToKnowPanelData` in this isolated world (entrypoints/background.ts, showPanel).
export default defineUnlistedScript(() => {
  showPanelFromBackground(document, (globalThis as { kneadToKnowPanelData?: unknown }).kneadToKnowPanelData, contentRuntime);
});
