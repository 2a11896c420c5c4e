import { describe, expect, it } from 'vitest';
import { insurerPageKind } from '@/lib/insurer/match';
import { classifyFixture, corpusEntries } from '../support/corpus';

describe('insurerPageKind', () => {
  const insurerPages = corpusEntries().filter((e) => e.expected === 'insurer');
  const notBenefits = new Set(['insurer-aetna-careers.html', 'insurer-uhc-newsroom.html']);
  const policies = new Set(['insurer-blueshieldca-massage-medical-policy.html']);

  for (const entry of insurerPages) {
    const wanted = policies.has(entry.file) ? 'policy' : notBenefits.has(entry.file) ? 'other' : 'benefits';
    it(`${entry.file} is a ${wanted} page`, () => {
      expect(classifyFixture(entry).insurer?.page).toBe(wanted);
    });
  }

  it('lets a careers word outweigh a benefits word', () => {
    expect(insurerPageKind({ url: 'https://www.aetna.com/careers/benefits.html', title: 'Employee benefits', headings: [] })).toBe('other');
    expect(insurerPageKind({ url: 'https://www.aetna.com/x', title: 'Claims and coverage', headings: [] })).toBe('benefits');
    expect(insurerPageKind({ url: 'not a url', title: '', headings: [] })).toBe('other');
  });
});

describe("an insurer's page", () => {
  it("carries none of a provider's notes, even when it lists other care and says massage is paid out of pocket", async () => {
    const { classify } = await import('@/lib/detect/classify');
    const detection = classify({
      url: 'https://www.aetna.com/individuals-families/member-benefits/coverage.html',
      title: 'Covered services | Aetna',
      metaDescription: '',
      headings: ['Chiropractic care', 'Physical therapy', 'Acupuncture', 'Massage therapy'],
      schemaItems: [],
      text: 'Chiropractic care, physical therapy, occupational therapy and acupuncture are covered. Massage therapy is not covered; members pay out of pocket for massage. We do not bill insurance for massage.',
      textTruncated: false,
      phoneLinks: [],
      emailLinks: [],
    });
    expect(detection.kind).toBe('insurer');
    expect(detection.notes).toEqual([]);
  });
});
