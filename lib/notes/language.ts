// Which language a note is written in, and dates and amounts formatted for it. A note to the
// patient's own records reads best in the patient's language; one to an insurer, a physician or a
// therapist goes to US offices that work in English, so it stays English and says why.
import type { Language } from '@/lib/extension/i18n';

/** Who reads the note: 'patient' is a note for the patient's own records. */
export type NoteReader = 'insurer' | 'provider' | 'physician' | 'patient';

export interface NoteLanguage {
  language: Language;
  /** True when the note is English although the patient chose another language (shown to them). */
  englishForReader: boolean;
}

export function noteLanguage(reader: NoteReader, patientLanguage: Language): NoteLanguage {
  if (reader === 'patient') return { language: patientLanguage, englishForReader: false };
  return { language: 'en', englishForReader: patientLanguage !== 'en' };
}

const localeOf = (language: Language) => (language === 'es' ? 'es-US' : 'en-US');

/** "2026-03-05" as a date a reader of `language` writes, e.g. "March 5, 2026" / "5 de marzo de 2026". */
export function formatNoteDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  // Noon UTC, shown in UTC: the calendar day never shifts with the patient's time zone.
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** Whole cents as US dollars, written the way a reader of `language` expects. */
export function formatNoteAmount(cents: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'USD' }).format(cents / 100);
}
