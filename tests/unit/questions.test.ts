import { describe, expect, it } from 'vitest';
import { FIRST_QUESTIONS, questions, questionsAsText, questionsForDimension, questionsForSituation } from '@/data/questions';
import { dimensionIds, questionConditions, questionSchema, situations, sourceSchema } from '@/data/schemas';

const promisesCoverage = /guarantee|will be (covered|reimbursed)|always covered/i;

describe('questions', () => {
  it('have at least one question for every dimension', () => {
    for (const id of dimensionIds) expect(questionsForDimension(id).length, id).toBeGreaterThan(0);
    expect(questionsForDimension('billing').every((q) => q.dimension === 'billing')).toBe(true);
  });

  it('are listed dimension by dimension, in the order the popup shows the dimensions', () => {
    expect(questions).toEqual(dimensionIds.flatMap((id) => questionsForDimension(id)));
    for (const id of dimensionIds) expect(questionsForDimension(id).every((q) => q.dimension === id), id).toBe(true);
  });

  it('have unique kebab-case ids and pass the schema', () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) {
      expect(q.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(() => questionSchema.parse(q), q.id).not.toThrow();
    }
  });

  it('each carry a dated source', () => {
    for (const q of questions) {
      expect(sourceSchema.safeParse(q.source).success, q.id).toBe(true);
      expect(q.source.checkedOn, q.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('never promise coverage', () => {
    for (const q of questions) {
      expect(q.text, q.id).not.toMatch(promisesCoverage);
      expect(q.why, q.id).not.toMatch(promisesCoverage);
    }
  });

  it('are questions, each with one or two sentences of why', () => {
    for (const q of questions) {
      expect(q.text, q.id).toMatch(/\?$/);
      const sentences = q.why.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences, q.id).toBeLessThanOrEqual(2);
    }
  });

  it('cover each condition with at least one specific question', () => {
    for (const c of questionConditions) {
      expect(questions.some((q) => q.condition === c), c).toBe(true);
    }
  });

  it('cover the topics a patient should ask about', () => {
    const all = questions.map((q) => `${q.text} ${q.why}`).join('\n');
    for (const topic of [
      /license number/i, /state board/i, /Kansas, Minnesota and Wyoming/, /Vermont/, /CAMTC/,
      /disciplinary/i, /500 to 1,000 hours/, /600\u2013650/, /anatomy and physiology/i, /kinesiology/i,
      /pathology/i, /practicum/i, /MBLEx/, /BCTMB/, /AMMA/, /750 hours/, /250 hands-on hours/,
      /continuing education/i, /135 hours/, /physical therapists/i, /chiropractors/i, /range of motion/i,
      /SOAP notes/, /measurable goals/i, /back to my doctor/i, /superbill/i, /in-network/i, /NPI/, /CPT/,
      /15-minute units/, /physician\u2019s order/, /HSA or FSA/, /license number/i,
    ]) {
      expect(all, String(topic)).toMatch(topic);
    }
  });
});

describe('questionsAsText', () => {
  it('ticks asked questions and includes their answers', () => {
    const [a, b, c] = questions;
    const text = questionsAsText([a!, b!, c!], {
      [a!.id]: { asked: true, answer: 'LMT #MA60512345, checked on the board site' },
      [b!.id]: { asked: false, answer: '' },
      [c!.id]: { asked: true, answer: '  650 hours\nat Example School  ' },
    });
    expect(text).toBe(
      [
        `[x] ${a!.text}`,
        '    Answer: LMT #MA60512345, checked on the board site',
        `[ ] ${b!.text}`,
        `[x] ${c!.text}`,
        '    Answer: 650 hours',
        '            at Example School',
      ].join('\n'),
    );
  });

  it('lists every question when nothing is answered yet', () => {
    const text = questionsAsText(questions, {});
    expect(text.split('\n')).toHaveLength(questions.length);
    expect(text.split('\n').every((l) => l.startsWith('[ ] '))).toBe(true);
  });
});

describe('questions by situation', () => {
  it('every question serves at least one situation, and every situation has questions', () => {
    for (const q of questions) expect(q.situations.length, q.id).toBeGreaterThan(0);
    for (const situation of situations) expect(questions.filter((q) => q.situations.includes(situation)).length, situation).toBeGreaterThan(0);
    expect(() => questionSchema.parse({ ...questions[0], situations: [] })).toThrow();
  });

  it.each(situations.map((x) => [x]))('%s: at most six first, all tagged with it, and every other question after', (situation) => {
    const { first, more } = questionsForSituation(situation);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(FIRST_QUESTIONS);
    for (const q of first) expect(q.situations, q.id).toContain(situation);
    expect([...first, ...more].map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort());
  });

  it('puts the cancer-care questions first for cancer care', () => {
    expect(questionsForSituation('cancer-care').first.map((q) => q.id)).toContain('oncology-training');
    expect(questionsForSituation('relaxation').first.map((q) => q.id)).not.toContain('oncology-training');
  });
});
