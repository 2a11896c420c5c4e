import { describe, expect, it } from 'vitest';
import { checkVisitDraft, emptyVisitDraft, localToday, visitToDraft } from '@/lib/shortlist';

const TODAY = '2025-06-15';
const draft = (fields: Partial<typeof emptyVisitDraft>) => ({ ...emptyVisitDraft, ...fields });

describe('checkVisitDraft', () => {
  it('needs a real date that is not in the future', () => {
    expect(checkVisitDraft(draft({}), TODAY)).toEqual({ ok: false, problems: { date: 'date-missing' } });
    expect(checkVisitDraft(draft({ date: '2025-02-30' }), TODAY)).toEqual({ ok: false, problems: { date: 'date-invalid' } });
    expect(checkVisitDraft(draft({ date: '15/06/2025' }), TODAY)).toEqual({ ok: false, problems: { date: 'date-invalid' } });
    expect(checkVisitDraft(draft({ date: '0999-01-01' }), TODAY)).toEqual({ ok: false, problems: { date: 'date-invalid' } });
    expect(checkVisitDraft(draft({ date: '2025-06-16' }), TODAY)).toEqual({ ok: false, problems: { date: 'date-future' } });
    expect(checkVisitDraft(draft({ date: '2024-02-29' }), TODAY).ok).toBe(true);
    expect(checkVisitDraft(draft({ date: TODAY }), TODAY).ok).toBe(true);
  });

  it('takes pain scores as optional whole numbers from 0 to 10', () => {
    const check = (painBefore: string) => checkVisitDraft(draft({ date: TODAY, painBefore }), TODAY);
    expect(check('')).toEqual({ ok: true, visit: { date: TODAY, painBefore: undefined, painAfter: undefined, rangeOfMotion: '', notes: '' } });
    expect(check(' 0 ')).toMatchObject({ ok: true, visit: { painBefore: 0 } });
    expect(check('10')).toMatchObject({ ok: true, visit: { painBefore: 10 } });
    expect(check('11')).toEqual({ ok: false, problems: { painBefore: 'pain-range' } });
    expect(check('-1')).toEqual({ ok: false, problems: { painBefore: 'pain-range' } });
    expect(check('2.5')).toEqual({ ok: false, problems: { painBefore: 'pain-not-whole' } });
    expect(check('six')).toEqual({ ok: false, problems: { painBefore: 'pain-not-whole' } });
  });

  it('reports every problem at once, and trims the texts', () => {
    expect(checkVisitDraft(draft({ painAfter: '12', notes: 'x'.repeat(4001), rangeOfMotion: 'y'.repeat(2001) }), TODAY)).toEqual({
      ok: false,
      problems: { date: 'date-missing', painAfter: 'pain-range', notes: 'too-long', rangeOfMotion: 'too-long' },
    });
    expect(checkVisitDraft(draft({ date: TODAY, notes: '  ok \n' }), TODAY)).toMatchObject({ ok: true, visit: { notes: 'ok' } });
  });

  it('round-trips a saved visit through the form', () => {
    const visit = { date: '2025-01-02', painBefore: 5, rangeOfMotion: 'r', notes: 'n' };
    expect(visitToDraft(visit)).toEqual({ date: '2025-01-02', painBefore: '5', painAfter: '', rangeOfMotion: 'r', notes: 'n' });
    expect(checkVisitDraft(visitToDraft(visit), TODAY)).toEqual({ ok: true, visit: { ...visit, painAfter: undefined } });
  });

  it("knows today's date where the patient is", () => {
    expect(localToday(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
