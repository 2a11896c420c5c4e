import { describe, expect, it } from 'vitest';
import { formatNoteAmount, formatNoteDate, noteLanguage } from '@/lib/notes/language';

describe('the language of a note', () => {
  it("a note for the patient's own records is in the patient's language", () => {
    expect(noteLanguage('patient', 'es')).toEqual({ language: 'es', englishForReader: false });
    expect(noteLanguage('patient', 'en')).toEqual({ language: 'en', englishForReader: false });
  });

  it('a note to an insurer, a physician or a therapist stays English, and says so when the patient chose Spanish', () => {
    for (const reader of ['insurer', 'physician', 'provider'] as const) {
      expect(noteLanguage(reader, 'es')).toEqual({ language: 'en', englishForReader: true });
      expect(noteLanguage(reader, 'en')).toEqual({ language: 'en', englishForReader: false });
    }
  });

  it('writes dates for the language, on the calendar day given whatever the time zone', () => {
    expect(formatNoteDate('2026-03-05', 'en')).toBe('March 5, 2026');
    expect(formatNoteDate('2026-03-05', 'es')).toBe('5 de marzo de 2026');
    expect(formatNoteDate('2026-12-31', 'es')).toBe('31 de diciembre de 2026');
    expect(formatNoteDate('not a date', 'es')).toBe('not a date');
  });

  it('writes dollar amounts the US way in both languages (US Spanish keeps $ and the decimal point)', () => {
    expect(formatNoteAmount(123450, 'en')).toBe('$1,234.50');
    expect(formatNoteAmount(123450, 'es')).toBe('$1,234.50');
    expect(formatNoteAmount(5, 'es')).toBe('$0.05');
  });
});
