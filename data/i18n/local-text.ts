import { spanishTexts } from './es';
import type { TextKey } from './patient-texts';

/** A registry text in the patient's language: the Spanish where it exists, else the English as written. */
export function localText(key: TextKey, english: string, lang: 'en' | 'es'): string {
  return (lang === 'es' && spanishTexts[key]) || english;
}
