import { useCallback, useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import type { Detection } from '@/lib/detect/schema';
import { t } from '@/lib/i18n';
import { tabDetectionResponseSchema, type TabDetectionResponse } from '@/lib/messages';
import { popupTargetTab } from '@/lib/popup-target';
import { InsurerView } from './InsurerView';
import { ProviderSections } from './ProviderSections';
import { VerdictCard } from './VerdictCard';

type View =
  | { state: 'loading' }
  | { state: 'ready'; tabId: number | undefined; detection: Detection | undefined; cannotRead?: boolean }
  | { state: 'checking'; tabId: number };

async function ask(message: { type: 'get-tab-detection' | 'analyse-tab'; tabId: number }): Promise<TabDetectionResponse> {
  const reply = tabDetectionResponseSchema.safeParse(await browser.runtime.sendMessage(message));
  return reply.success ? reply.data : { detection: null, error: 'cannot-read-page' };
}

const isMassageProvider = (d: Detection | undefined): d is Detection =>
  !!d && (d.kind === 'clinical-massage' || d.kind === 'recreational-massage' || d.kind === 'mixed-massage');

export function Popup({ search }: { search: string }) {
  const [view, setView] = useState<View>({ state: 'loading' });

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

  const checkThisPage = useCallback(async (tabId: number) => {
    setView({ state: 'checking', tabId });
    const reply = await ask({ type: 'analyse-tab', tabId });
    setView({ state: 'ready', tabId, detection: reply.detection ?? undefined, cannotRead: !!reply.error });
  }, []);

  return (
    <main>
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
          {isMassageProvider(view.detection) && <ProviderSections detection={view.detection} />}
          {view.detection?.insurer && <InsurerView insurer={view.detection.insurer} />}
          {(!view.detection || view.detection.kind === 'none') && <p>{t('aboutExtension')}</p>}
        </>
      )}
      <p className="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
