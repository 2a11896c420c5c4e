import { t } from '@/lib/i18n';

export function OptionsPage() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <p className="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
