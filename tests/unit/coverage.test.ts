import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coveragePatterns, coverageTopics } from '@/data/coverage-statements';
import { coveragePatternSchema, coverageTopicSchema, type CoverageSays, type CoverageTopicId } from '@/data/schemas';
import { classify } from '@/lib/detect/classify';
import { readCoverage, type CoverageStatement } from '@/lib/detect/coverage';
import { detectionSchema } from '@/lib/detect/schema';
import { insurerPageKind } from '@/lib/insurer/match';
import { snapshotFromHtml } from '@/tests/support/parse-html';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'pages');
const manifest = JSON.parse(readFileSync(path.join(fixtures, 'manifest.json'), 'utf8')) as { file: string; url: string }[];

function detectionOf(file: string) {
  const entry = manifest.find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in the manifest`);
  const snapshot = snapshotFromHtml(readFileSync(path.join(fixtures, file), 'utf8'), entry.url);
  return { snapshot, detection: classify(snapshot) };
}

const about = (statements: readonly CoverageStatement[], topic: CoverageTopicId) => statements.filter((s) => s.topics.includes(topic));
const says = (statements: readonly CoverageStatement[]) => statements.flatMap((s) => s.says);
const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
const firesOn = (pattern: string, text: string) => new RegExp(pattern, 'i').test(fold(text));

describe('coverage phrase registry', () => {
  it('validates against its schemas, with unique ids', () => {
    for (const t of coverageTopics) expect(() => coverageTopicSchema.parse(t), t.id).not.toThrow();
    for (const p of coveragePatterns) expect(() => coveragePatternSchema.parse(p), p.id).not.toThrow();
    const ids = [...coverageTopics, ...coveragePatterns].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const phrase of [...coverageTopics, ...coveragePatterns]) {
    it(`${phrase.id} matches its examples and none of its near-misses`, () => {
      for (const e of phrase.examples) expect(firesOn(phrase.pattern, e), e).toBe(true);
      for (const n of phrase.nearMisses) expect(firesOn(phrase.pattern, n), n).toBe(false);
    });
  }
});

describe('readCoverage', () => {
  const read = (text: string, headings: string[] = []) => readCoverage({ text, headings });

  it('hears the negation in "not covered", and the exception after it', () => {
    const [statement, ...rest] = read(
      "Massage therapy: not covered, except as part of a physical therapy plan of care; requires a physician's order.",
    );
    expect(rest).toEqual([]);
    expect(statement!.topics).toEqual(['massage']);
    expect(statement!.says).toEqual(['not-covered', 'referral', 'exception']);
  });

  it('never reads "covered" inside "is not a covered benefit" or "isn\'t covered"', () => {
    expect(says(read('Massage therapy is not a covered benefit.'))).toEqual(['not-covered']);
    expect(says(read("Acupuncture isn't covered under PIP in Florida."))).toEqual(['not-covered']);
    expect(says(read('Chiropractic care is covered with a $20 copay.'))).toEqual(['covered']);
  });

  it('splits table rows run together in the page text, one service each', () => {
    const rows = read('Massage therapy Not covered Chiropractic care $30 copay 20 visits per calendar year Acupuncture Not covered');
    expect(rows.map((r) => [r.topics, r.says])).toEqual([
      [['massage'], ['not-covered']],
      [['chiropractic'], ['covered', 'limit']],
      [['acupuncture'], ['not-covered']],
    ]);
    expect(rows[1]!.visits).toBe(20);
  });

  it('keeps a list of services together, and turns at "but"', () => {
    expect(read('Massage therapy, chiropractic care and acupuncture are excluded.').map((s) => s.topics)).toEqual([
      ['massage', 'chiropractic', 'acupuncture'],
    ]);
    const turned = read('We cover chiropractic care, but massage therapy is not covered.');
    expect(turned.map((s) => [s.topics, s.says])).toEqual([
      [['chiropractic'], ['covered']],
      [['massage'], ['not-covered']],
    ]);
  });

  it('ignores sentences that name a service but say nothing about coverage, and questions', () => {
    expect(read('Massage therapy can ease muscle tension. Is massage therapy covered?')).toEqual([]);
  });

  it('gives the heading above and the place in the text, so the page can be searched', () => {
    const text = 'Therapy services\n  Massage therapy:   not covered. Other services';
    const [statement] = read(text, ['Therapy services']);
    expect(statement!.heading).toBe('Therapy services');
    expect(text.slice(statement!.index, statement!.index + statement!.length)).toBe('Massage therapy:   not covered.');
    expect(statement!.text).toBe('Massage therapy: not covered.');
  });

  it('stays within its limits on a page that repeats itself', () => {
    const statements = read('Massage therapy: not covered. '.repeat(500));
    expect(statements.length).toBe(40);
    expect(() => detectionSchema.shape.coverage.parse(statements)).not.toThrow();
  });
});

describe('coverage on the insurer fixtures', () => {
  it('a benefits table: massage not covered except in a PT plan of care; chiropractic and PT with limits', () => {
    const { detection } = detectionOf('insurer-bcbsnd-therapy-benefits-table.html');
    expect(detection.insurer).toMatchObject({ id: 'bcbs-north-dakota', page: 'benefits' });
    const coverage = detection.coverage!;
    expect(about(coverage, 'massage').flatMap((s) => s.says)).toEqual(['not-covered', 'referral', 'exception']);
    expect(about(coverage, 'chiropractic')[0]).toMatchObject({ says: ['covered', 'limit', 'network'], visits: 20 });
    expect(about(coverage, 'physical-therapy')[0]).toMatchObject({ says: ['covered', 'limit', 'referral'], visits: 30 });
    expect(about(coverage, 'acupuncture')[0]!.says).toEqual(['not-covered']);
    for (const s of coverage) expect(s.heading).toBe('Services at a glance');
  });

  it('a "what\'s covered" FAQ: the answers, not the questions; massage through a discount program only', () => {
    const { detection } = detectionOf('insurer-carefirst-whats-covered-faq.html');
    const coverage = detection.coverage!;
    expect(coverage.some((s) => s.text.endsWith('?'))).toBe(false);
    const massage = about(coverage, 'massage');
    expect(massage.map((s) => s.says)).toEqual([['not-covered'], ['discount-only']]);
    expect(massage[0]!.heading).toBe('Does my plan cover massage therapy?');
    expect(about(coverage, 'chiropractic').flatMap((s) => s.says)).toContain('network');
    expect(about(coverage, 'acupuncture')[0]).toMatchObject({ says: ['covered', 'limit', 'referral', 'exception'], visits: 12 });
  });

  it('a coverage policy: recognised as the plan\'s policy, with its criteria lines and limits', () => {
    const { detection } = detectionOf('insurer-blueshieldca-massage-medical-policy.html');
    expect(detection.insurer).toMatchObject({ id: 'blue-shield-california', page: 'policy' });
    const criteria = detection.coverage!.filter((s) => s.criterion);
    expect(criteria.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['Policy Statement', 'Criteria', 'Limitations']),
    );
    expect(criteria.some((s) => /lymphedema/.test(s.text) && s.heading === 'Criteria')).toBe(true);
    expect(criteria.some((s) => /licensed massage therapist/.test(s.text))).toBe(true);
    expect(criteria.find((s) => s.visits === 12)).toMatchObject({ says: ['limit', 'referral'], topics: ['massage'] });
    expect(criteria.find((s) => /relaxation/.test(s.text))!.says).toEqual(['not-covered']);
    // The coding note is neither a criterion nor a statement about coverage.
    expect(detection.coverage!.some((s) => /15-minute units/.test(s.text))).toBe(false);
  });

  it('a Medicaid plan page: each therapy line with its rule', () => {
    const { detection } = detectionOf('insurer-caresource-medicaid-covered-services.html');
    const coverage = detection.coverage!;
    const byTopic = (topic: CoverageTopicId) => about(coverage, topic)[0]!;
    expect(byTopic('physical-therapy')).toMatchObject({ says: ['covered', 'limit', 'referral'], visits: 30 });
    expect(byTopic('chiropractic')).toMatchObject({ says: ['covered', 'limit', 'referral'], visits: 15 });
    expect(byTopic('acupuncture').says).toEqual(['covered', 'limit']);
    expect(byTopic('massage').says).toEqual(['not-covered']);
  });

  it("an auto insurer's PIP claim page: massage only when prescribed, and not in Florida", () => {
    const { detection } = detectionOf('insurer-statefarm-pip-injury-claim.html');
    expect(detection.insurer).toMatchObject({ id: 'state-farm', kind: 'auto-insurer' });
    const massage = about(detection.coverage!, 'massage');
    const wanted: CoverageSays[][] = [['covered', 'referral', 'exception'], ['not-covered']];
    expect(massage.map((s) => s.says)).toEqual(wanted);
    expect(massage[1]!.topics).toEqual(['massage', 'acupuncture']);
    expect(about(detection.coverage!, 'chiropractic')[0]!.topics).toEqual(['chiropractic', 'physical-therapy']);
  });

  it('every statement is found in the snapshot text where its index says, and the detection passes its schema', () => {
    for (const file of [
      'insurer-bcbsnd-therapy-benefits-table.html',
      'insurer-carefirst-whats-covered-faq.html',
      'insurer-blueshieldca-massage-medical-policy.html',
      'insurer-caresource-medicaid-covered-services.html',
      'insurer-statefarm-pip-injury-claim.html',
    ]) {
      const { snapshot, detection } = detectionOf(file);
      expect(() => detectionSchema.parse(detection), file).not.toThrow();
      expect(detection.coverage!.length, file).toBeGreaterThan(0);
      for (const s of detection.coverage!) {
        const there = snapshot.text.slice(s.index, s.index + s.length).replace(/\s+/g, ' ');
        expect(there, file).toContain(s.text.replace(/…$/, '').slice(0, 60).trim());
      }
    }
  });

  it('leaves coverage off pages that are not an insurer\'s', () => {
    const snapshot = snapshotFromHtml('<p>Massage therapy is not covered by insurance here; we offer a 10% discount.</p>', 'https://www.example-spa.test/');
    expect(classify(snapshot).coverage).toBeUndefined();
  });
});

describe('insurerPageKind', () => {
  it('tells a coverage policy from a member benefits page and from other pages', () => {
    const page = (url: string, title: string, headings: string[] = []) => insurerPageKind({ url, title, headings });
    expect(page('https://www.aetna.com/cpb/medical/data/300_399/0388.html', 'Complementary and Alternative Medicine - Clinical Policy Bulletin')).toBe('policy');
    expect(page('https://www.example.test/x', 'Coverage Determination Guideline: Manipulative Therapy')).toBe('policy');
    expect(page('https://www.aetna.com/individuals-families/member-benefits/coverage.html', 'Your medical benefits')).toBe('benefits');
    expect(page('https://www.aetna.com/about-us/careers.html', 'Careers at Aetna')).toBe('other');
  });
});
