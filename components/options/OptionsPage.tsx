import { t } from '@/lib/extension/i18n';
import { PrivacyControls } from './PrivacyControls';
import { SettingsForm } from './SettingsForm';
import { ShortlistManager } from './ShortlistManager';

export function OptionsPage() {
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <SettingsForm />
      <ShortlistManager />
      <PrivacyControls />
      <p className="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
