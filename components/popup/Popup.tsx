import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import type { Detection } from '@/lib/detect/schema';
import { t } from '@/lib/extension/i18n';
import { isMassageProvider } from '@/lib/detect/verdict';
import type { TabDetectionResponse } from '@/lib/extension/messages';
import { popupTargetTab } from '@/lib/extension/popup-target';
import { showStatementInPage } from '@/lib/page/highlight';
import { READ_ALL_LISTINGS } from '@/lib/extension/content-script';
import { showableVerdict, tabStateKey } from '@/lib/extension/tab-record';
import { VerdictCard } from './VerdictCard';

// Everything below the verdict loads after it, so the verdict reaches the screen first.
const ProviderSections = lazy(() => import('./ProviderSections').then((m) => ({ default: m.ProviderSections })));
const ListingsList = lazy(() => import('./ListingsList').then((m) => ({ default: m.ListingsList })));
const InsurerView = lazy(() => import('./InsurerView').then((m) => ({ default: m.InsurerView })));
const QuestionList = lazy(() => import('@/components/shared/QuestionList').then((m) => ({ default: m.QuestionList })));
const NotesSection = lazy(() => import('./NotesSection').then((m) => ({ default: m.NotesSection })));

type View =
  | { state: 'loading' }
  | {
      state: 'ready';
      tabId: number | undefined;
      detection: Detection | undefined;
      cannotRead?: boolean;
      /** Whether `detection` passed the full schema; until then only what the verdict card shows was checked. */
      checked: boolean;
    }
  | { state: 'checking'; tabId: number };

/**
 * A module that checks with zod, loaded after zod's settings: the popup's first screen loads
 * neither, since zod is the largest part of what would stand before the verdict.
 */
const withZod = <T,>(load: () => Promise<T>): Promise<T> => import('@/lib/extension/zod-config').then(load);

async function ask(message: { type: 'get-tab-detection' | 'analyse-tab'; tabId: number }): Promise<TabDetectionResponse> {
  const { tabDetectionResponseSchema } = await withZod(() => import('@/lib/extension/messages'));
  const reply = tabDetectionResponseSchema.safeParse(await browser.runtime.sendMessage(message));
  return reply.success ? reply.data : { detection: null, error: 'cannot-read-page' };
}

export interface TabLookup {
  tabId: number | undefined;
  detection: Detection | undefined;
  checked: boolean;
}

/**
 * The tab's detection as the background recorded it. Read from session storage, which extension
 * pages share with the background, rather than asked for: a message would wait on the service
 * worker, which may first have to start. Asked for only where session storage is out of reach.
 */
async function storedDetection(tabId: number): Promise<Omit<TabLookup, 'tabId'>> {
  try {
    const stored = (await browser.storage.session.get(tabStateKey(tabId)))[tabStateKey(tabId)];
    return showableVerdict(stored) ? { detection: stored, checked: false } : { detection: undefined, checked: true };
  } catch {
    return { detection: (await ask({ type: 'get-tab-detection', tabId })).detection ?? undefined, checked: true };
  }
}

/** The tab the popup is about and what the background found there; never rejects. */
export async function lookUpTab(search: string): Promise<TabLookup> {
  try {
    const tabId = await popupTargetTab(browser, search);
    return tabId === undefined ? { tabId, detection: undefined, checked: true } : { tabId, ...(await storedDetection(tabId)) };
  } catch {
    return { tabId: undefined, detection: undefined, checked: true };
  }
}

/**
 * `lookup`, when given, was started before React loaded (entrypoints/popup/main.tsx), so that the
 * storage reads overlap the popup's start-up instead of following it.
 */
export function Popup({ search, lookup }: { search: string; lookup?: Promise<TabLookup> }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [notesOpen, setNotesOpen] = useState(false);

  useEffect(() => {
    let live = true;
    void (lookup ?? lookUpTab(search)).then((found) => live && setView({ state: 'ready', ...found }));
    return () => {
      live = false;
    };
  }, [search, lookup]);

  // The sections below the verdict start loading once the verdict is on screen, so that their
  // code and registries never stand between the patient and the answer.
  const [verdictShown, setVerdictShown] = useState(false);
  useEffect(() => {
    if (view.state !== 'ready') return;
    // A User Timing mark for npm run bench:popup: from opening the popup to the verdict on screen.
    performance.mark('verdict-shown');
    const next = setTimeout(() => setVerdictShown(true), 0);
    return () => clearTimeout(next);
  }, [view.state]);

  // Once the verdict is on screen, the full schema decides whether the record stays: a record
  // that fails it is dropped, and nothing below the verdict is drawn from it.
  const unchecked = view.state === 'ready' && !view.checked ? view.detection : undefined;
  useEffect(() => {
    if (!verdictShown || !unchecked) return;
    let live = true;
    void withZod(() => import('@/lib/extension/tab-state')).then(({ checkedDetection }) => {
      const detection = checkedDetection(unchecked);
      if (live) setView((v) => (v.state === 'ready' && v.detection === unchecked ? { ...v, detection, checked: true } : v));
    });
    return () => {
      live = false;
    };
  }, [verdictShown, unchecked]);
  const sectionsShown = verdictShown && view.state === 'ready' && view.checked;

  const readingListings = useRestOfListings(sectionsShown && view.detection?.listings ? view.tabId : undefined, setView);

  const checkThisPage = useCallback(async (tabId: number) => {
    setView({ state: 'checking', tabId });
    // A background that fails to answer must not leave the popup on "Checking…".
    const reply = await ask({ type: 'analyse-tab', tabId }).catch((): TabDetectionResponse => ({ detection: null, error: 'cannot-read-page' }));
    setView({ state: 'ready', tabId, detection: reply.detection ?? undefined, cannotRead: !!reply.error, checked: true });
  }, []);

  return (
    <main className="popup">
      <h1>{t('popupTitle')}</h1>
      {view.state === 'loading' && <p role="status">{t('popupLoading')}</p>}
      {view.state === 'checking' && <p role="status">{t('checkingPage')}</p>}
      {view.state === 'ready' && (
        <>
          <VerdictCard detection={view.detection} withEvidence={sectionsShown} />
          {!view.detection && view.tabId !== undefined && (
            <section className="card">
              <button type="button" data-testid="check-this-page" onClick={() => void checkThisPage(view.tabId!)}>
                {t('checkThisPage')}
              </button>
              <p className="muted">{view.cannotRead ? t('cannotReadPage') : t('checkThisPageHelp')}</p>
            </section>
          )}
          {sectionsShown && (
            <BelowTheVerdict
              view={view}
              readingListings={readingListings}
              notesOpen={notesOpen}
              onNotesOpenChange={setNotesOpen}
            />
          )}
        </>
      )}
      <p className="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}

/**
 * A results page reads its listings as they come near the viewport; the popup lists them all, so
 * it asks the tab once for the rest (the chips script reads them and hands them to the background),
 * and shows what is already read meanwhile. Returns whether the answer is still awaited.
 */
function useRestOfListings(listingsTab: number | undefined, setView: (update: (view: View) => View) => void): boolean {
  const [listingsReadFor, setListingsReadFor] = useState<number>();
  useEffect(() => {
    if (listingsTab === undefined) return;
    let live = true;
    void readRestOfListings(listingsTab).then((detection) => {
      if (!live) return;
      setListingsReadFor(listingsTab);
      if (detection?.listings) setView((v) => (v.state === 'ready' && v.tabId === listingsTab ? { ...v, detection, checked: true } : v));
    });
    return () => {
      live = false;
    };
  }, [listingsTab, setView]);
  return listingsTab !== undefined && listingsReadFor !== listingsTab;
}

/** The tab's detection once its chips script has read every listing; never rejects. */
async function readRestOfListings(tabId: number): Promise<Detection | undefined> {
  // Straight to the tab, not through the background, which may be suspended between messages;
  // a tab without the chips script (or one the browser will not message) just has nothing more.
  await browser.tabs.sendMessage(tabId, { type: READ_ALL_LISTINGS }, { frameId: 0 }).catch(() => undefined);
  const [stored, { checkedDetection }] = await Promise.all([storedDetection(tabId), withZod(() => import('@/lib/extension/tab-state'))]);
  return stored.checked ? stored.detection : checkedDetection(stored.detection);
}

/** Everything under the verdict, in the order a patient needs it; each part loads on its own. */
function BelowTheVerdict({
  view: { tabId, detection },
  readingListings,
  notesOpen,
  onNotesOpenChange,
}: {
  view: Extract<View, { state: 'ready' }>;
  readingListings: boolean;
  notesOpen: boolean;
  onNotesOpenChange: (open: boolean) => void;
}) {
  return (
    <Suspense fallback={null}>
      {isMassageProvider(detection) && <ProviderSections detection={detection} />}
      {detection?.listings && <ListingsList listings={detection.listings} tabId={tabId} readingRest={readingListings} />}
      {detection?.insurer && (
        <InsurerView
          insurer={detection.insurer}
          coverage={detection.coverage}
          onShowOnPage={
            tabId === undefined
              ? undefined
              : (statement) =>
                  void browser.scripting
                    .executeScript({ target: { tabId }, func: showStatementInPage, args: [statement.text] })
                    .catch(() => undefined)
          }
          onWriteNote={() => onNotesOpenChange(true)}
        />
      )}
      {(!detection || detection.kind === 'none') && <p>{t('aboutExtension')}</p>}
      {!isMassageProvider(detection) && (
        <details className="card" data-testid="questions-section">
          <summary>
            <h2>{t('questionsHeading')}</h2>
          </summary>
          <QuestionList bySituation />
        </details>
      )}
      <NotesSection detection={detection} open={notesOpen} onOpenChange={onNotesOpenChange} />
    </Suspense>
  );
}
