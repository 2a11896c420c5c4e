import { SHORTLIST_LIMITS } from './schema';
import type { NewVisit } from './db';

/** The visit form's fields as typed (all text, as inputs give them). */
export interface VisitDraft {
  date: string;
  painBefore: string;
  painAfter: string;
  rangeOfMotion: string;
  notes: string;
}

export const emptyVisitDraft: VisitDraft = { date: '', painBefore: '', painAfter: '', rangeOfMotion: '', notes: '' };

export type VisitProblem = 'date-missing' | 'date-invalid' | 'date-future' | 'pain-not-whole' | 'pain-range' | 'too-long';
export type VisitProblems = Partial<Record<keyof VisitDraft, VisitProblem>>;
export type VisitFields = Omit<NewVisit, 'providerId'> & { rangeOfMotion: string; notes: string };

/** Today's date where the patient is, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkPain(text: string): { value?: number; problem?: VisitProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (!/^\d+$/.test(trimmed)) return { problem: /^-/.test(trimmed) ? 'pain-range' : 'pain-not-whole' };
  const value = Number(trimmed);
  return value > 10 ? { problem: 'pain-range' } : { value };
}

/**
 * Checks the visit form. A date is required, real, and not in the future (a log records what
 * happened); pain scores are optional whole numbers from 0 to 10; texts have the store's limits.
 */
export function checkVisitDraft(draft: VisitDraft, today: string = localToday()): { ok: true; visit: VisitFields } | { ok: false; problems: VisitProblems } {
  const problems: VisitProblems = {};
  const date = draft.date.trim();
  if (!date) problems.date = 'date-missing';
  else if (!isRealDate(date)) problems.date = 'date-invalid';
  else if (date > today) problems.date = 'date-future';
  const before = checkPain(draft.painBefore);
  const after = checkPain(draft.painAfter);
  if (before.problem) problems.painBefore = before.problem;
  if (after.problem) problems.painAfter = after.problem;
  const rangeOfMotion = draft.rangeOfMotion.trim();
  const notes = draft.notes.trim();
  if (rangeOfMotion.length > SHORTLIST_LIMITS.rangeOfMotion) problems.rangeOfMotion = 'too-long';
  if (notes.length > SHORTLIST_LIMITS.visitNotes) problems.notes = 'too-long';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, visit: { date, painBefore: before.value, painAfter: after.value, rangeOfMotion, notes } };
}

/** A saved visit back in the form's shape, for editing. */
export function visitToDraft(visit: { date: string; painBefore?: number; painAfter?: number; rangeOfMotion: string; notes: string }): VisitDraft {
  return {
    date: visit.date,
    painBefore: visit.painBefore === undefined ? '' : String(visit.painBefore),
    painAfter: visit.painAfter === undefined ? '' : String(visit.painAfter),
    rangeOfMotion: visit.rangeOfMotion,
    notes: visit.notes,
  };
}
