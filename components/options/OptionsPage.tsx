import { t } from '@/lib/extension/i18n';
import { PrivacyControls } from './PrivacyControls';
import { SettingsForm } from './SettingsForm';
import { ShortlistManager } from './ShortlistManager';
import { VisitOverviewSection } from '@/components/shared/VisitOverview';

export function OptionsPage() {
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <SettingsForm />
      <ShortlistManager />
      <VisitOverviewSection />
      <PrivacyControls />
      <p className="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
