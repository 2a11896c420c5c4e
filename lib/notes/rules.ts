import { z } from 'zod';
import { usStateCodes } from '@/data/schemas';
import { isValidNpi } from '@/lib/detect/npi';

/** What each field rule says when a value doesn't fit; the form shows it next to the field. */
export const NOTE_MESSAGES = {
  required: 'Please fill this in.',
  tooLong: (max: number) => `Please keep this under ${max} characters.`,
  memberId: 'Please enter the member ID from your insurance card.',
  npiShape: 'An NPI is exactly 10 digits.',
  npiCheckDigit: 'This NPI\u2019s last digit doesn\u2019t check out \u2014 please re-check it.',
  dateShape: 'Please enter the date as YYYY-MM-DD.',
  dateNotReal: 'That date isn\u2019t on the calendar \u2014 please check the day and month.',
  serviceDateFuture: 'A date of service can\u2019t be in the future.',
  birthDateFuture: 'A date of birth can\u2019t be in the future.',
  cptCode: 'A CPT code is five digits, optionally followed by a dash and a two-character modifier (e.g. 97140-59).',
  units: 'Units must be a whole number from 1 to 8 (one unit is usually 15 minutes).',
  icd10: 'An ICD-10 code starts with a letter followed by two letters or digits, e.g. M54.2 or S13.4XXA.',
  icd10Min: 'Add at least one ICD-10 code from the clinician who diagnosed you.',
  money: 'Please enter an amount in dollars with at most two decimals, e.g. 85 or 85.50.',
  ein: 'Please write the tax ID as two digits, a dash and seven digits, e.g. 12-3456789.',
  stateCode: 'Please use the two-letter state code, such as WA or NC.',
} as const;

/** Today's date in local time, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a YYYY-MM-DD string names a real calendar day (2026-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

const blankToUndefined = (v: unknown) => (v == null || (typeof v === 'string' && v.trim() === '') ? undefined : v);
const stripSpaces = (v: unknown) => (typeof v === 'string' ? v.replace(/[\s-]/g, '') : v);

/**
 * The field rules the templates are built from. `today` decides what "in the future" means, so a
 * caller (or a test) can pin the date.
 */
export function makeNoteRules(today: () => string = () => todayIso()) {
  const m = NOTE_MESSAGES;
  // A missing value asks to fill the field in; a value of the wrong kind gets the field's own message.
  const orMissing = (message: string) => (issue: { input?: unknown }) =>
    issue.input === undefined ? m.required : message;

  const text = (max = 200) =>
    z.string({ error: m.required }).trim().min(1, m.required).max(max, m.tooLong(max));

  const date = z
    .string({ error: orMissing(m.dateShape) })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: m.dateShape, abort: true })
    .refine(isCalendarDate, { error: m.dateNotReal, abort: true });

  const pastDate = (message: string) => date.refine((d) => d <= today(), message);

  const npi = z.preprocess(
    stripSpaces,
    z
      .string({ error: orMissing(m.npiShape) })
      .regex(/^\d{10}$/, { error: m.npiShape, abort: true })
      .refine(isValidNpi, m.npiCheckDigit),
  );

  const icd10 = z
    .string({ error: orMissing(m.icd10) })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][0-9A-Z]{2}(?:\.?[0-9A-Z]{1,4})?$/, m.icd10);

  return {
    /** Required free text, trimmed, at most `max` characters. */
    text,
    /** Lets a field be left out or blank (a form sends ""); blank becomes undefined. */
    optional: <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()),
    memberId: z.string({ error: m.memberId }).trim().min(1, m.memberId).max(40, m.tooLong(40)),
    /** 10 digits with a valid check digit; spaces and dashes are dropped first. */
    npi,
    /** A real calendar date, YYYY-MM-DD. */
    date,
    serviceDate: pastDate(m.serviceDateFuture),
    birthDate: pastDate(m.birthDateFuture),
    /** 97124, or 97140-59 with a modifier; upper-cased. */
    cptCode: z
      .string({ error: orMissing(m.cptCode) })
      .trim()
      .toUpperCase()
      .regex(/^\d{5}(?:-[A-Z0-9]{2})?$/, m.cptCode),
    /** A whole number of units, 1 to 8; a form's "2" is read as 2. */
    units: z.preprocess(
      (v) => (typeof v === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v) ? Number(v) : v),
      z.number({ error: orMissing(m.units) }).int(m.units).min(1, m.units).max(8, m.units),
    ),
    /** Dollars with up to two decimals ("$1,200.5" is fine), normalised to "1200.50". */
    money: z.preprocess(
      (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v),
      z
        .string({ error: orMissing(m.money) })
        .trim()
        .regex(/^\$?\s?(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.\d{1,2})?$/, m.money)
        .transform((s) => {
          const [whole = '0', frac = ''] = s.replace(/[$,\s]/g, '').split('.');
          return `${Number(whole)}.${frac.padEnd(2, '0')}`;
        }),
    ),
    ein: z.string({ error: orMissing(m.ein) }).trim().regex(/^\d{2}-\d{7}$/, m.ein),
    stateCode: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
      z.enum(usStateCodes, { error: orMissing(m.stateCode) }),
    ),
    icd10,
    /** ICD-10 codes as an array, or as one string separated by commas, semicolons or spaces. */
    icd10List: (min: number) =>
      z.preprocess(
        (v) => (typeof v === 'string' ? v.split(/[\s,;]+/).filter(Boolean) : v),
        z.array(icd10, { error: m.icd10Min }).min(min, m.icd10Min).max(12, 'A claim lists at most 12 diagnosis codes.'),
      ),
  };
}
export type NoteRules = ReturnType<typeof makeNoteRules>;

