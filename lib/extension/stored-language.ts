import { languageChoices, type LanguageChoice } from './i18n';

/** Where the patient's settings live in storage.local (lib/extension/settings.ts). */
export const SETTINGS_KEY = 'settings';

/**
 * The patient's language from their stored settings, read without the settings schema: extension
 * pages need it before their first screen, and the schema is zod. Anything but a known choice is none.
 */
export async function storedLanguageChoice(area: { get(key: string): Promise<Record<string, unknown>> }): Promise<LanguageChoice | undefined> {
  const settings = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const choice = settings && typeof settings === 'object' ? (settings as { language?: unknown }).language : undefined;
  return languageChoices.find((known) => known === choice);
}
