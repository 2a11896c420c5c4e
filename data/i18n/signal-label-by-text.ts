import { localText, type Lang } from './local-text';
import { patientTexts } from './patient-texts';
import type { TextKey } from './text-key';

let signalKeysByEnglish: Map<string, TextKey> | undefined;

/**
 * A signal's label in the patient's language, found from its English label alone: a listing's
 * reasons and a saved provider's evidence keep only the label (lib/detect/listing-schema.ts).
 */
export function signalLabelFromEnglish(english: string, lang: Lang): string {
  if (lang === 'en') return english;
  signalKeysByEnglish ??= new Map([...patientTexts()].filter(([key]) => key.startsWith('signal/')).map(([key, en]) => [en, key]));
  const key = signalKeysByEnglish.get(english);
  return key ? localText(key, english, lang) : english;
}
