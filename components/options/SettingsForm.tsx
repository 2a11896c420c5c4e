import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { insurers } from '@/data/insurers';
import { healthPlanKinds } from '@/data/schemas';
import { states, stateByCode } from '@/data/states';
import { currentLanguage, languageChoices, t, type LanguageChoice, type MessageKey } from '@/lib/extension/i18n';
import { defaultSettings, loadSettings, saveSettings, type Settings } from '@/lib/extension/settings';
import { SourceNote } from '@/components/shared/SourceNote';
import { regulationMessage } from '@/components/shared/StateHint';
import { localField } from '@/data/i18n/local-text';

const languageLabel: Record<LanguageChoice, MessageKey> = {
  auto: 'settingsLanguageAuto',
  en: 'settingsLanguageEn',
  es: 'settingsLanguageEs',
};

/** State of residence, health plan and in-page panels; kept in the extension's local storage. */
export function SettingsForm() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [saved, setSaved] = useState<'saved' | 'failed' | undefined>();
  useEffect(() => {
    void loadSettings(browser.storage.local)
      .catch(() => defaultSettings)
      .then(setSettings);
  }, []);
  if (!settings) return null;
  const update = async (patch: Partial<Settings>) => {
    try {
      setSettings(await saveSettings(browser.storage.local, patch));
      setSaved('saved');
    } catch {
      setSaved('failed');
    }
  };
  const state = settings.state ? stateByCode(settings.state) : undefined;
  return (
    <section className="card" aria-labelledby="settings-heading" data-testid="settings">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <LanguageField language={settings.language} onChange={(language) => void update({ language })} />
      <label className="field">
        {t('settingsState')}
        <select
          data-testid="settings-state"
          value={settings.state ?? ''}
          onChange={(e) => void update({ state: (e.target.value || undefined) as Settings['state'] })}
        >
          <option value="">{t('settingsStateNone')}</option>
          {states.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
        <small className="muted">{t('settingsStateHelp')}</small>
      </label>
      {state && <StateNotes state={state} />}
      <label className="field">
        {t('settingsInsurer')}
        <select data-testid="settings-insurer" value={settings.insurerId ?? ''} onChange={(e) => void update({ insurerId: e.target.value || undefined })}>
          <option value="">{t('settingsInsurerNone')}</option>
          {insurers
            .filter((i) => healthPlanKinds.includes(i.kind))
            .map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          data-testid="settings-panels"
          checked={settings.inPagePanels}
          onChange={(e) => void update({ inPagePanels: e.target.checked })}
        />{' '}
        {t('settingsPanels')}
      </label>
      {settings.dismissedSites.length > 0 && (
        <p>
          {t('settingsDismissedSites', settings.dismissedSites.join(', '))}{' '}
          <button type="button" onClick={() => void update({ dismissedSites: [] })}>
            {t('settingsShowPanelsAgain')}
          </button>
        </p>
      )}
      {saved === 'saved' && <p role="status">{t('settingsSaved')}</p>}
      {saved === 'failed' && (
        <p role="alert" data-testid="settings-not-saved">
          {t('settingsNotSaved')}
        </p>
      )}
    </section>
  );
}

/** The language the patient reads, "same as the browser" by default. */
function LanguageField({ language, onChange }: { language: LanguageChoice; onChange: (language: LanguageChoice) => void }) {
  return (
    <label className="field">
      {t('settingsLanguage')}
      <select
        data-testid="settings-language"
        value={language}
        onChange={(e) => onChange(e.target.value as LanguageChoice)}
      >
        {languageChoices.map((choice) => (
          <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
            {t(languageLabel[choice])}
          </option>
        ))}
      </select>
      <small className="muted">{t('settingsLanguageHelp')}</small>
    </label>
  );
}

/** What the chosen state regulates, with its notes in the patient's language. */
function StateNotes({ state }: { state: NonNullable<ReturnType<typeof stateByCode>> }) {
  return (
    <div data-testid="state-notes">
      <h3>{t('stateNotesHeading', state.name)}</h3>
      <p>
        {t(regulationMessage[state.regulation])} {state.title}{' '}
        {state.minimumHours && t('stateHours', String(state.minimumHours.hours))} <SourceNote source={state.source} />
      </p>
      <ul>
        {state.notes.map((n, i) => (
          <li key={n.text}>
            {n.unverified && <strong className="unverified">{t('unverifiedLabel')}: </strong>}
            {localField('state', state.code, `note${i}`, n.text, currentLanguage())} <SourceNote source={n.source} />
          </li>
        ))}
      </ul>
    </div>
  );
}
