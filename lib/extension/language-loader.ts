import { setLanguage, type Language, type LanguageChoice } from './i18n';

/**
 * `setLanguage` for an extension page: loads the chosen language's texts first when they are not
 * English (a dynamic import, so that English pages never download the Spanish).
 */
export async function switchLanguage(choice: LanguageChoice | undefined): Promise<Language> {
  const language = setLanguage(choice);
  if (language === 'es') (await import('./spanish')).installSpanish();
  return language;
}
