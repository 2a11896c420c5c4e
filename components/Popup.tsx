import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import type { Detection } from '@/lib/detect/schema';
import { t } from '@/lib/i18n';
import { tabDetectionResponseSchema } from '@/lib/messages';
import { popupTargetTab } from '@/lib/popup-target';
import { VerdictCard } from './VerdictCard';

type Load = { state: 'loading' } | { state: 'ready'; detection: Detection | undefined };

async function loadDetection(search: string): Promise<Detection | undefined> {
  const tabId = await popupTargetTab(browser, search);
  if (tabId === undefined) return undefined;
  const reply = tabDetectionResponseSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'get-tab-detection', tabId }),
  );
  return reply.success ? (reply.data.detection ?? undefined) : undefined;
}

export function Popup({ search }: { search: string }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    loadDetection(search)
      .catch(() => undefined)
      .then((detection) => live && setLoad({ state: 'ready', detection }));
    return () => {
      live = false;
    };
  }, [search]);

  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {load.state === 'loading' ? (
        <p role="status">{t('popupLoading')}</p>
      ) : (
        <>
          <VerdictCard detection={load.detection} />
          {(!load.detection || load.detection.kind === 'none') && <p>{t('aboutExtension')}</p>}
        </>
      )}
      <p className="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
