import { spanishTexts } from './es';
import { patientTexts, textKey, type TextKey } from './patient-texts';

type Lang = 'en' | 'es';

/** A registry text in the patient's language: the Spanish where it exists, else the English as written. */
export function localText(key: TextKey, english: string, lang: Lang): string {
  return (lang === 'es' && spanishTexts[key]) || english;
}

/** `localText` for one field of one registry entry. */
export const localField = (registry: string, id: string, field: string, english: string, lang: Lang): string =>
  localText(textKey(registry, id, field), english, lang);

let signalKeysByEnglish: Map<string, TextKey> | undefined;

/**
 * A signal's label in the patient's language. Evidence carries its signal id; a listing's reasons
 * carry only the English label (lib/detect/listing-schema.ts), so that is looked up among the
 * signals' labels when no id is given.
 */
export function signalLabel(signalId: string | undefined, english: string, lang: Lang): string {
  if (lang === 'en') return english;
  if (signalId) return localField('signal', signalId, 'label', english, lang);
  signalKeysByEnglish ??= new Map([...patientTexts()].filter(([key]) => key.startsWith('signal/')).map(([key, en]) => [en, key]));
  const key = signalKeysByEnglish.get(english);
  return key ? localText(key, english, lang) : english;
}
