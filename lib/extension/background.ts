import type { Action } from 'webextension-polyfill';
import { detectionKindTable } from '@/data/detection-kinds';
import { classify } from '@/lib/detect/classify';
import { detectionSchema, type Detection } from '@/lib/detect/schema';
import { pageSnapshotSchema, type PageSnapshot } from '@/lib/page/schema';
import { defaultSearchTerms, guideFor } from '@/data/insurer-guides';
import type { InsurerPanelData } from '@/lib/insurer/panel';
import { panelTermsNotOnPage } from '@/lib/insurer/panel-content';
import { loadSettings, saveSettings, withCollapsedSite, withDismissedSite, type SettingsArea } from '@/lib/extension/settings';
import { setLanguage, t } from '@/lib/extension/i18n';
import {
  acceptMessage,
  type PageSnapshotReply,
  type SaveListingReply,
  type SenderInfo,
  type TabDetectionResponse,
} from '@/lib/extension/messages';
import { openShortlist, type Shortlist } from '@/lib/shortlist/db';
import { leavesPage, type TabStateStore } from '@/lib/extension/tab-state';
import type { ChipData } from '@/lib/page/listing-chips';
import {
  pendingResultsDetection,
  recordListingCards,
  resultsAddressHandover,
  saveTabListing,
  shapeOnlyHandover,
  type ListingsHandover,
} from '@/lib/extension/listings-background';

export interface BackgroundDeps {
  store: TabStateStore;
  toolbar: Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;
  ourId: string;
  ourBaseUrl: string;
  log: (why: string) => void;
  /** Runs the on-demand snapshot script in a tab and returns its raw result. */
  readPage: (tabId: number) => Promise<unknown>;
  /** The tab's address as the browser knows it. */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  /** Where settings live (storage.local in the extension). */
  settings: SettingsArea;
  /** Injects the in-page insurer panel into a tab where it shows (its code is not in the content script). */
  showPanel: (tabId: number, data: InsurerPanelData) => Promise<void>;
  /** Injects the listing chips script into a directory's results page (lib/listings-background.ts). */
  showListings?: (tabId: number, handover: ListingsHandover) => Promise<void>;
  /** Opens the shortlist (IndexedDB); the real one unless a test hands in another database. */
  openShortlist?: () => Promise<Shortlist>;
  /** The classifier; the real one unless a test hands in another. */
  classify?: (snapshot: PageSnapshot) => Detection;
}

const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The in-page hint, on an insurer's benefits pages only, unless the patient turned it off, and only
 * with what the page does not already say (lib/insurer/panel-content.ts).
 */
async function insurerPanelFor(deps: BackgroundDeps, detection: Detection): Promise<InsurerPanelData | undefined> {
  const insurer = detection.insurer;
  if (!insurer || insurer.page !== 'benefits') return undefined;
  const settings = await loadSettings(deps.settings);
  const host = hostOf(detection.url);
  if (!settings.inPagePanels || !host || settings.dismissedSites.includes(host)) return undefined;
  const lang = setLanguage(settings.language);
  const statements = detection.coverage ?? [];
  const terms = panelTermsNotOnPage(guideFor(insurer.id)?.searchTerms ?? defaultSearchTerms, statements);
  if (terms.length === 0) return undefined;
  return {
    lang,
    title: t('panelTitle'),
    intro: t('panelIntro', insurer.name),
    terms,
    footer: t('panelFooter'),
    hideLabel: t('panelHide'),
    dismissSiteLabel: t('panelDismissSite'),
    collapseLabel: t('panelCollapse'),
    expandLabel: t('panelExpand'),
    collapsed: settings.collapsedPanelSites.includes(host),
    avoid: statements.slice(0, 50).map((s) => s.text.slice(0, 500)),
  };
}

// Per tab, state changes run one after another. Without this, a navigation's "read the old verdict,
// then clear it" could interleave with the new page's verdict being stored, and clear the new one
// (seen in Firefox when a suspended background wakes for both events at once).
const tabQueues = new WeakMap<BackgroundDeps, Map<number, Promise<unknown>>>();
function inTabOrder<T>(deps: BackgroundDeps, tabId: number, work: () => Promise<T>): Promise<T> {
  const queues = tabQueues.get(deps) ?? tabQueues.set(deps, new Map()).get(deps)!;
  const run = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => queues.get(tabId) === settled && queues.delete(tabId));
  return run;
}

async function recordDetection(
  deps: BackgroundDeps,
  tabId: number,
  snapshot: PageSnapshot,
): Promise<{ detection: Detection; panel?: InsurerPanelData } | undefined> {
  // The popup reads the verdict back through detectionSchema. One that would fail there (a field
  // over its limit) is dropped here, before it reaches the badge: otherwise the toolbar would say
  // MED while the popup says "not checked".
  const checked = detectionSchema.safeParse((deps.classify ?? classify)(snapshot));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    deps.log(`verdict for tab ${tabId} failed its schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
    // Whatever the tab showed before belongs to an earlier page: badge and popup agree on nothing.
    await inTabOrder(deps, tabId, async () => {
      await deps.store.clear(tabId);
      await showOnToolbar(deps, tabId, undefined);
    });
    return undefined;
  }
  let detection = checked.data;
  // A known directory's results page is never one provider: its listings get chips instead.
  const listings = detection.kind === 'insurer' ? undefined : resultsAddressHandover(snapshot.url);
  await inTabOrder(deps, tabId, async () => {
    if (listings) detection = pendingResultsDetection(detection, await deps.store.get(tabId));
    await deps.store.set(tabId, detection);
    await showOnToolbar(deps, tabId, detection);
  });
  if (listings && deps.showListings)
    await deps.showListings(tabId, listings).catch((error: Error) => deps.log(`listings not shown: ${error.message}`));
  const panel = await insurerPanelFor(deps, detection).catch((error: Error) => {
    deps.log(`panel not shown: ${error.message}`);
    return undefined;
  });
  return { detection, panel };
}

/** Injects the panel; false (and logged) when the tab refused it. */
function injectPanel(deps: BackgroundDeps, tabId: number, panel: InsurerPanelData): Promise<boolean> {
  return deps.showPanel(tabId, panel).then(
    () => true,
    (error: Error) => {
      deps.log(`panel not shown: ${error.message}`);
      return false;
    },
  );
}

async function analyseTab(deps: BackgroundDeps, tabId: number): Promise<TabDetectionResponse> {
  let raw: unknown;
  try {
    raw = await deps.readPage(tabId);
  } catch (error) {
    deps.log(`could not read tab ${tabId}: ${(error as Error).message}`);
    return { detection: null, error: 'cannot-read-page' };
  }
  // The result comes from inside a web page: it gets the same schema check as a message.
  const parsed = pageSnapshotSchema.safeParse(raw);
  if (!parsed.success) {
    deps.log(`snapshot of tab ${tabId} failed its schema`);
    return { detection: null, error: 'cannot-read-page' };
  }
  const url = (await deps.tabUrl(tabId)) ?? parsed.data.url;
  const recorded = await recordDetection(deps, tabId, { ...parsed.data, url });
  if (!recorded) return { detection: null, error: 'cannot-read-page' };
  const { detection, panel } = recorded;
  // Injected here too: a page checked on demand may have no content script of ours at all.
  if (panel) await injectPanel(deps, tabId, panel);
  // Any other page asked about may be a results page of a directory we have no adapter for: the
  // chips script looks by shape, and sends cards only if it finds some.
  else if (detection.kind !== 'insurer' && !detection.listings && deps.showListings)
    await deps.showListings(tabId, shapeOnlyHandover()).catch((error: Error) => deps.log(`listings not shown: ${error.message}`));
  return { detection };
}

/** The background's answer to a batch of listing cards: their chips, in order. */
export interface ListingCardsReply {
  chips: ChipData[];
}

async function showOnToolbar(deps: BackgroundDeps, tabId: number, detection: Detection | undefined) {
  const look = detection ? detectionKindTable[detection.kind].badge : undefined;
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
): Promise<TabDetectionResponse | PageSnapshotReply | ListingCardsReply | SaveListingReply | void> | undefined {
  const accepted = acceptMessage(raw, sender, deps.ourId, deps.ourBaseUrl);
  if (!accepted.ok) {
    deps.log(`dropped a message: ${accepted.why}`);
    return undefined;
  }
  const { message } = accepted;
  switch (message.type) {
    case 'page-snapshot': {
      const tabId = sender.tab!.id!;
      // Trust the browser's idea of the tab's address over the one the page reported.
      const snapshot = { ...message.snapshot, url: sender.tab?.url ?? message.snapshot.url };
      // The panel's code reaches the page only where it shows (the content script stays small).
      return recordDetection(deps, tabId, snapshot).then(async (recorded) => ({
        panelShown: recorded?.panel ? await injectPanel(deps, tabId, recorded.panel) : false,
      }));
    }
    case 'get-tab-detection':
      return deps.store.get(message.tabId).then((detection) => ({ detection: detection ?? null }));
    case 'analyse-tab':
      return analyseTab(deps, message.tabId);
    case 'dismiss-panel-site':
      return dismissPanelSite(deps, sender.tab?.url);
    case 'panel-collapsed':
      return rememberPanelFold(deps, sender.tab?.url, message.collapsed);
    case 'listing-cards': {
      const tabId = sender.tab!.id!;
      return inTabOrder(deps, tabId, async () => {
        // The chips speak the patient's chosen language, which may have changed since the last batch.
        const lang = setLanguage((await loadSettings(deps.settings)).language);
        const { detection, chips } = await recordListingCards(deps.store, tabId, message.cards, message.replace);
        if (detection) await showOnToolbar(deps, tabId, detection);
        return { chips: chips.map((chip) => ({ ...chip, lang })) };
      });
    }
    case 'save-listing':
      return saveTabListing(deps.store, deps.openShortlist ?? (() => openShortlist()), sender.tab!.id!, message.link);
    case 'save-tab-listing':
      return saveTabListing(deps.store, deps.openShortlist ?? (() => openShortlist()), message.tabId, message.link);
  }
}

export function onTabNavigated(deps: BackgroundDeps, tabId: number, url: string): Promise<void> {
  return inTabOrder(deps, tabId, async () => {
    const current = await deps.store.get(tabId);
    if (current && leavesPage(current, url)) {
      await deps.store.clear(tabId);
      await showOnToolbar(deps, tabId, undefined);
    }
  });
}

export function onTabRemoved(deps: BackgroundDeps, tabId: number): Promise<void> {
  return inTabOrder(deps, tabId, () => deps.store.clear(tabId));
}

async function dismissPanelSite(deps: BackgroundDeps, tabUrl: string | undefined): Promise<void> {
  const host = hostOf(tabUrl);
  if (!host) return;
  const { dismissedSites } = await loadSettings(deps.settings);
  if (dismissedSites.includes(host)) return;
  // Past the list's limit the oldest host goes; a save that fails anyway is logged, not swallowed.
  await saveSettings(deps.settings, { dismissedSites: withDismissedSite(dismissedSites, host) }).catch((error: Error) =>
    deps.log(`"don't show on this site" not saved for ${host}: ${error.message}`),
  );
}

async function rememberPanelFold(deps: BackgroundDeps, tabUrl: string | undefined, collapsed: boolean): Promise<void> {
  const host = hostOf(tabUrl);
  if (!host) return;
  const { collapsedPanelSites } = await loadSettings(deps.settings);
  if (collapsedPanelSites.includes(host) === collapsed) return;
  await saveSettings(deps.settings, { collapsedPanelSites: withCollapsedSite(collapsedPanelSites, host, collapsed) }).catch((error: Error) =>
    deps.log(`panel fold not saved for ${host}: ${error.message}`),
  );
}
