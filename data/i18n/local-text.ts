// Kept free of the registries and of the Spanish itself: the popup's verdict uses it before either
// loads. The Spanish texts (data/i18n/es.ts) are added by lib/extension/spanish.ts where needed.
import { textKey, type TextKey } from './text-key';

export type Lang = 'en' | 'es';

let spanishTexts: Partial<Record<TextKey, string>> = {};

export function addSpanishTexts(texts: Partial<Record<TextKey, string>>): void {
  spanishTexts = texts;
}

/** A registry text in the patient's language: the Spanish where it exists, else the English as written. */
export function localText(key: TextKey, english: string, lang: Lang): string {
  return (lang === 'es' && spanishTexts[key]) || english;
}

/** `localText` for one field of one registry entry. */
export const localField = (registry: string, id: string, field: string, english: string, lang: Lang): string =>
  localText(textKey(registry, id, field), english, lang);

/** A signal's label in the patient's language, from the signal's id. */
export const signalLabel = (signalId: string, english: string, lang: Lang): string => localField('signal', signalId, 'label', english, lang);
