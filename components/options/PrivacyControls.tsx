import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { allSitesActive, disableAllSites, enableAllSites, type AllSitesApis } from '@/lib/extension/all-sites';
import { deleteAllData } from '@/lib/extension/delete-all';
import { t, type MessageKey } from '@/lib/extension/i18n';

const apis = () => browser as unknown as AllSitesApis;

/** "Check every page I visit" (optional all-sites access) and "delete all my data". */
export function PrivacyControls() {
  const [allSites, setAllSites] = useState<boolean | undefined>();
  const [allSitesNote, setAllSitesNote] = useState<MessageKey | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState<'done' | string | undefined>();

  useEffect(() => {
    void allSitesActive(apis()).then(setAllSites, () => setAllSites(false));
  }, []);

  const toggle = async (on: boolean) => {
    // enableAllSites asks for the permission first thing: it must run inside this click.
    if (on) {
      const granted = await enableAllSites(apis());
      setAllSites(granted);
      setAllSitesNote(granted ? 'allSitesOn' : 'allSitesDeclined');
    } else {
      const { permissionReturned } = await disableAllSites(apis());
      setAllSites(false);
      setAllSitesNote(permissionReturned ? 'allSitesOff' : 'allSitesKept');
    }
  };

  const deleteEverything = async () => {
    setConfirming(false);
    try {
      await disableAllSites(apis());
      await deleteAllData({ indexedDB, local: browser.storage.local, session: browser.storage.session });
      setDeleted('done');
    } catch (error) {
      setDeleted((error as Error).message);
    }
  };

  return (
    <section className="card" aria-labelledby="privacy-heading" data-testid="privacy">
      <h2 id="privacy-heading">{t('privacyHeading')}</h2>
      <p>{t('privacyIntro')}</p>
      {allSites !== undefined && (
        <label>
          <input type="checkbox" data-testid="all-sites" checked={allSites} onChange={(e) => void toggle(e.target.checked)} />{' '}
          {t('allSitesLabel')}
        </label>
      )}
      <p className="muted">{t('allSitesHelp')}</p>
      {allSitesNote && (
        <p role="status" data-testid="all-sites-status">
          {t(allSitesNote)}
        </p>
      )}
      <h3>{t('deleteAllHeading')}</h3>
      <p className="muted">{t('deleteAllHelp')}</p>
      {confirming ? (
        <div className="actions">
          <button type="button" className="danger" data-testid="delete-all-confirm" onClick={() => void deleteEverything()}>
            {t('deleteAllConfirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('deleteAllCancel')}
          </button>
        </div>
      ) : (
        <button type="button" data-testid="delete-all" onClick={() => setConfirming(true)}>
          {t('deleteAllButton')}
        </button>
      )}
      {deleted && (
        <p role={deleted === 'done' ? 'status' : 'alert'} data-testid="delete-all-result">
          {deleted === 'done' ? t('deleteAllDone') : t('deleteAllFailed', deleted)}
        </p>
      )}
    </section>
  );
}
