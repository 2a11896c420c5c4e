import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import type { Detection } from '@/lib/detect/schema';
import { t } from '@/lib/extension/i18n';
import { isMassageProvider } from '@/lib/detect/verdict';
import { tabDetectionResponseSchema, type TabDetectionResponse } from '@/lib/extension/messages';
import { popupTargetTab } from '@/lib/extension/popup-target';
import { showStatementInPage } from '@/lib/page/highlight';
import { VerdictCard } from './VerdictCard';

// Everything below the verdict loads after it, so the verdict reaches the screen first.
const ProviderSections = lazy(() => import('./ProviderSections').then((m) => ({ default: m.ProviderSections })));
const ListingsList = lazy(() => import('./ListingsList').then((m) => ({ default: m.ListingsList })));
const InsurerView = lazy(() => import('./InsurerView').then((m) => ({ default: m.InsurerView })));
const QuestionList = lazy(() => import('@/components/shared/QuestionList').then((m) => ({ default: m.QuestionList })));
const NotesSection = lazy(() => import('./NotesSection').then((m) => ({ default: m.NotesSection })));

type View =
  | { state: 'loading' }
  | { state: 'ready'; tabId: number | undefined; detection: Detection | undefined; cannotRead?: boolean }
  | { state: 'checking'; tabId: number };

async function ask(message: { type: 'get-tab-detection' | 'analyse-tab'; tabId: number }): Promise<TabDetectionResponse> {
  const reply = tabDetectionResponseSchema.safeParse(await browser.runtime.sendMessage(message));
  return reply.success ? reply.data : { detection: null, error: 'cannot-read-page' };
}

export function Popup({ search }: { search: string }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [notesOpen, setNotesOpen] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      const tabId = await popupTargetTab(browser, search);
      const reply = tabId === undefined ? undefined : await ask({ type: 'get-tab-detection', tabId });
      if (live) setView({ state: 'ready', tabId, detection: reply?.detection ?? undefined });
    })().catch(() => live && setView({ state: 'ready', tabId: undefined, detection: undefined }));
    return () => {
      live = false;
    };
  }, [search]);

  useEffect(() => {
    // A User Timing mark for npm run bench:popup: from opening the popup to the verdict on screen.
    if (view.state === 'ready') performance.mark('verdict-shown');
  }, [view.state]);

  const checkThisPage = useCallback(async (tabId: number) => {
    setView({ state: 'checking', tabId });
    // A background that fails to answer must not leave the popup on "Checking…".
    const reply = await ask({ type: 'analyse-tab', tabId }).catch((): TabDetectionResponse => ({ detection: null, error: 'cannot-read-page' }));
    setView({ state: 'ready', tabId, detection: reply.detection ?? undefined, cannotRead: !!reply.error });
  }, []);

  return (
    <main className="popup">
      <h1>{t('popupTitle')}</h1>
      {view.state === 'loading' && <p role="status">{t('popupLoading')}</p>}
      {view.state === 'checking' && <p role="status">{t('checkingPage')}</p>}
      {view.state === 'ready' && (
        <>
          <VerdictCard detection={view.detection} />
          {!view.detection && view.tabId !== undefined && (
            <section className="card">
              <button type="button" data-testid="check-this-page" onClick={() => void checkThisPage(view.tabId!)}>
                {t('checkThisPage')}
              </button>
              <p className="muted">{view.cannotRead ? t('cannotReadPage') : t('checkThisPageHelp')}</p>
            </section>
          )}
          <Suspense fallback={null}>
            {isMassageProvider(view.detection) && <ProviderSections detection={view.detection} />}
            {view.detection?.listings && <ListingsList listings={view.detection.listings} tabId={view.tabId} />}
            {view.detection?.insurer && (
              <InsurerView
                insurer={view.detection.insurer}
                coverage={view.detection.coverage}
                onShowOnPage={
                  view.tabId === undefined
                    ? undefined
                    : (statement) =>
                        void browser.scripting
                          .executeScript({ target: { tabId: view.tabId! }, func: showStatementInPage, args: [statement.text] })
                          .catch(() => undefined)
                }
                onWriteNote={() => setNotesOpen(true)}
              />
            )}
            {(!view.detection || view.detection.kind === 'none') && <p>{t('aboutExtension')}</p>}
            {!isMassageProvider(view.detection) && (
              <details className="card" data-testid="questions-section">
                <summary>
                  <h2>{t('questionsHeading')}</h2>
                </summary>
                <QuestionList bySituation />
              </details>
            )}
            <NotesSection detection={view.detection} open={notesOpen} onOpenChange={setNotesOpen} />
          </Suspense>
        </>
      )}
      <p className="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
