import { describe, expect, it } from 'vitest';
import { cptCodeHints, documentHints, insurerQuestions, unitCountingHint } from '@/data/insurance-hints';
import { insurerGuides } from '@/data/insurer-guides';
import { insurers } from '@/data/insurers';
import { sourceSchema } from '@/data/schemas';

const PROMISE = /guarantee|will be (?:covered|reimbursed|paid)|always covered|fully covered/i;

describe('insurer data', () => {
  it('lists at least 15 insurers and both benefit managers', () => {
    expect(insurers.filter((i) => i.kind === 'insurer').length).toBeGreaterThanOrEqual(15);
    expect(insurers.filter((i) => i.kind === 'benefit-manager').map((i) => i.id)).toEqual(['american-specialty-health', 'chp-group']);
  });

  it('has guides only for insurers that exist', () => {
    const ids = new Set(insurers.map((i) => i.id));
    for (const g of insurerGuides) expect(ids.has(g.insurerId), g.insurerId).toBe(true);
  });

  it('gives every note, program and hint a source with a checked-on date', () => {
    const sourced = [
      ...insurerGuides.flatMap((g) => [...g.notes, ...g.programs]),
      ...cptCodeHints,
      ...documentHints,
      ...insurerQuestions,
      unitCountingHint,
    ];
    for (const item of sourced) expect(() => sourceSchema.parse(item.source), item.text).not.toThrow();
  });

  it('never promises coverage', () => {
    const texts = [
      ...insurerGuides.flatMap((g) => [...g.notes.map((n) => n.text), ...g.programs.map((p) => p.text)]),
      ...[...cptCodeHints, ...documentHints, ...insurerQuestions, unitCountingHint].flatMap((h) => [h.title, h.text]),
    ];
    expect(texts.filter((text) => PROMISE.test(text))).toEqual([]);
  });

  it('calls a discount program what it is', () => {
    const discounts = insurerGuides.flatMap((g) => g.programs).filter((p) => p.nature === 'discount-program');
    expect(discounts.length).toBeGreaterThan(0);
    for (const d of discounts) expect(d.text).toMatch(/discount|not insurance/i);
  });
});
