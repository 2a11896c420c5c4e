import browser from 'webextension-polyfill';
import { t } from '@/lib/extension/i18n';
import type { ProviderEntry } from './useProviderEntry';

export function SaveToShortlist({ entry }: { entry: ProviderEntry }) {
  return (
    <div className="actions">
      <button type="button" data-testid="save-provider" onClick={() => void entry.save()}>
        {entry.record ? t('updateShortlist') : t('saveToShortlist')}
      </button>
      {entry.record && (
        <span role="status" data-testid="saved-status">
          {t('savedToShortlist')}{' '}
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
            {t('openShortlist')}
          </a>
        </span>
      )}
      {entry.error && <p role="alert">{t('saveFailed', entry.error)}</p>}
    </div>
  );
}
