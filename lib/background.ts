import type { Action } from 'webextension-polyfill';
import { badgeFor } from '@/lib/badge';
import { classify } from '@/lib/detect/classify';
import type { Detection } from '@/lib/detect/schema';
import { t } from '@/lib/i18n';
import { acceptMessage, type SenderInfo, type TabDetectionResponse } from '@/lib/messages';
import { leavesPage, type TabStateStore } from '@/lib/tab-state';

export interface BackgroundDeps {
  store: TabStateStore;
  toolbar: Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;
  ourId: string;
  ourBaseUrl: string;
  log: (why: string) => void;
}

export async function showOnToolbar(deps: BackgroundDeps, tabId: number, detection: Detection | undefined) {
  const look = detection ? badgeFor(detection.kind) : undefined;
  await deps.toolbar.setBadgeText({ tabId, text: look?.text ?? '' });
  if (look) await deps.toolbar.setBadgeBackgroundColor({ tabId, color: look.color });
  // An empty per-tab title falls back to the extension's default title.
  await deps.toolbar.setTitle({ tabId, title: look ? t(look.titleKey) : '' });
}

/**
 * The background's message handler. Returns a promise for a reply, or undefined for a message it
 * does not answer (which includes every message it drops).
 */
export function handleMessage(
  deps: BackgroundDeps,
  raw: unknown,
  sender: SenderInfo,
): Promise<TabDetectionResponse | void> | undefined {
  const accepted = acceptMessage(raw, sender, deps.ourId, deps.ourBaseUrl);
  if (!accepted.ok) {
    deps.log(accepted.why);
    return undefined;
  }
  const { message } = accepted;
  switch (message.type) {
    case 'page-snapshot': {
      const tabId = sender.tab!.id!;
      // Trust the browser's idea of the tab's address over the one the page reported.
      const snapshot = { ...message.snapshot, url: sender.tab?.url ?? message.snapshot.url };
      const detection = classify(snapshot);
      return (async () => {
        await deps.store.set(tabId, detection);
        await showOnToolbar(deps, tabId, detection);
      })();
    }
    case 'get-tab-detection':
      return deps.store.get(message.tabId).then((detection) => ({ detection: detection ?? null }));
  }
}

export async function onTabNavigated(deps: BackgroundDeps, tabId: number, url: string) {
  const current = await deps.store.get(tabId);
  if (current && leavesPage(current, url)) {
    await deps.store.clear(tabId);
    await showOnToolbar(deps, tabId, undefined);
  }
}

export async function onTabRemoved(deps: BackgroundDeps, tabId: number) {
  await deps.store.clear(tabId);
}
