import { describe, expect, it } from 'vitest';
import { CORPUS_SETS, classifyFixture, corpusEntries, evaluateCorpus } from '../support/corpus';

// The Spanish pages of the corpus, written in our own words after the structure of real clinic, spa
// and insurer pages. Without the Spanish signals and cues the clinic and the spa come out "none".
const pages = corpusEntries(['web-es']);

describe('Spanish pages', () => {
  it('are part of what npm run eval classifies, each with the verdict it expects', () => {
    expect(CORPUS_SETS).toContain('web-es');
    // npm run eval reads evaluateCorpus()'s default sets, CORPUS_SETS.
    const rows = evaluateCorpus(['web-es']).rows;
    expect(rows.map((row) => [row.file, row.actual])).toEqual(pages.map((p) => [p.file, p.expected]));
  });

  it('are three: a clinic, a spa and an insurer page', () => {
    expect(pages.map((p) => p.expected).sort()).toEqual(['clinical-massage', 'insurer', 'recreational-massage']);
  });

  for (const page of pages) {
    it(`${page.file}: ${page.expected}`, () => {
      const detection = classifyFixture(page);
      expect(detection.kind).toBe(page.expected);
      if (page.expected === 'insurer') return;
      // The verdict rests on the Spanish wording, not on a stray English word.
      const spanishEvidence = detection.evidence.filter((e) => e.signalId.startsWith('es-'));
      expect(spanishEvidence.length).toBeGreaterThanOrEqual(3);
    });
  }
});
