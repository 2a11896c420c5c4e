import { describe, expect, it } from 'vitest';
import { detectionKinds } from '@/data/schemas';
import { detectionSchema } from '@/lib/detect/schema';
import { corpusEntries, evaluateCorpus, formatReport, headlineFigures } from '../support/corpus';

// The first 77 pages (tests/fixtures/pages/*.html) were written with the classifier and reached
// 100 %; the floor leaves room for one page. The pages modelled on the real web (web-practice/,
// web-other/) were written apart from it: they are held to the figures the held-out real pages are
// scored by, with a little room below what npm run eval reached when this was written.
const MIN_ACCURACY = 0.98;
const REAL_WEB_FLOORS = { providerVsNot: 0.95, clinicalVsSpa: 0.93, partialAgreement: 0.88 };
// web-heldout/ was written from a second study of real pages before the fixes it prompted; it
// scored 42.9 % (provider or not 74.3 %) then. Floors sit just under what it reached after.
const HELDOUT_FLOORS = { accuracy: 0.88, providerVsNot: 0.94, clinicalVsSpa: 0.9 };

describe('fixture corpus', () => {
  const report = evaluateCorpus();
  const firstSet = evaluateCorpus(['']);
  const realWeb = evaluateCorpus(['web-practice', 'web-other']);

  it('has at least 60 pages covering every kind', () => {
    expect(report.rows.length).toBeGreaterThanOrEqual(60);
    for (const kind of detectionKinds) expect(report.perClass[kind].support, kind).toBeGreaterThanOrEqual(6);
    for (const entry of corpusEntries()) expect(entry.reason.length, entry.file).toBeGreaterThan(10);
  });

  it(`classifies at least ${MIN_ACCURACY * 100} % of the first set's pages as labelled`, () => {
    const wrong = firstSet.rows.filter((r) => r.actual !== r.expected).map((r) => `${r.file}: ${r.expected} → ${r.actual}`);
    expect(firstSet.accuracy, `${formatReport(firstSet)}\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it('holds the real-web pages to the held-out figures: provider or not, clinical or spa, no strong article', () => {
    const figures = headlineFigures(realWeb);
    const detail = formatReport(realWeb);
    expect(realWeb.rows.length).toBeGreaterThanOrEqual(120);
    expect(figures.providerVsNot.agree / figures.providerVsNot.of, detail).toBeGreaterThanOrEqual(REAL_WEB_FLOORS.providerVsNot);
    expect(figures.clinicalVsSpa.agree / figures.clinicalVsSpa.of, detail).toBeGreaterThanOrEqual(REAL_WEB_FLOORS.clinicalVsSpa);
    expect(figures.strongArticles, detail).toEqual([]);
  });

  it('holds the second study’s pages (web-heldout/) to what they reached', () => {
    const heldout = evaluateCorpus(['web-heldout']);
    const figures = headlineFigures(heldout);
    const detail = formatReport(heldout);
    expect(heldout.rows.length).toBeGreaterThanOrEqual(30);
    expect(heldout.accuracy, detail).toBeGreaterThanOrEqual(HELDOUT_FLOORS.accuracy);
    expect(figures.providerVsNot.agree / figures.providerVsNot.of, detail).toBeGreaterThanOrEqual(HELDOUT_FLOORS.providerVsNot);
    expect(figures.clinicalVsSpa.agree / figures.clinicalVsSpa.of, detail).toBeGreaterThanOrEqual(HELDOUT_FLOORS.clinicalVsSpa);
    expect(figures.strongArticles, detail).toEqual([]);
  });

  // Each folder models what a study of real pages found wrong (docs/detection.md). web-study-3/:
  // a list of the health plans a practice takes, insurance in a list of payments, a "wellness
  // massage" heading beside a medical one, and a chiropractic clinic's own massage page.
  // web-study-4/ (ninth session): massage given as part of a chiropractor's treatment, a small
  // directory whose name says "near me", and an Australian studio's remedial massage with health
  // fund rebates beside relaxation massage. web-study-5/ (tenth session): prices in euros and
  // pounds, booking by WhatsApp or an enquiry form, "relaxing massage" beside remedial massage, and
  // a college's course hub that teaches medical massage. web-study-6/ (eleventh session): a sole
  // therapist writing "I offer", a physio clinic's price table with massage by the half hour, and a
  // Swedish massage page whose menu also offers osteopathy. web-study-7/ (twelfth session): a
  // clinic that calls itself a health care practice and not a spa, a registered massage
  // therapist's booking page, a UK sports therapy practice, remedial and relaxation price lists
  // side by side, and a service page that cites research. web-study-8/ (thirteenth session): a
  // chiropractor's own massage among its muscle release techniques, massage a physio's patient
  // tried before, a day spa's remedial massage, a chiropractic massage page with one mark of a
  // business, and a careers guide to massage schools.
  it.each(['web-study-3', 'web-study-4', 'web-study-5', 'web-study-6', 'web-study-7', 'web-study-8'])('reads the patterns of %s/ as the pages mean them', (folder) => {
    const study = evaluateCorpus([folder]);
    expect(study.rows.map((row) => [row.file, row.actual]), formatReport(study)).toEqual(study.rows.map((row) => [row.file, row.expected]));
  });

  it('gives nearly the same verdict from the address and first 2,000 characters of text alone', () => {
    const figures = headlineFigures(report);
    expect(figures.partialAgreement.agree / figures.partialAgreement.of, formatReport(report)).toBeGreaterThanOrEqual(REAL_WEB_FLOORS.partialAgreement);
  });

  it('types every real-web page and answers apart what the site is and what the page is', () => {
    for (const r of realWeb.rows) {
      expect(r.pageType, r.file).toBeTruthy();
      expect(r.site, r.file).toBeTruthy();
      expect(r.detection.page, r.file).toBeTruthy();
    }
    const pageTypesRight = realWeb.rows.filter((r) => r.detection.page === r.pageType).length / realWeb.rows.length;
    expect(pageTypesRight).toBeGreaterThanOrEqual(0.7);
  });

  it('gives every massage verdict readable evidence from both its own side', () => {
    for (const r of report.rows) {
      expect(() => detectionSchema.parse(r.detection), r.file).not.toThrow();
      // A verdict from the site alone (or an article's, judged by its site) says so and is weak;
      // every other one shows its side's evidence.
      const massageVerdict = r.actual === 'clinical-massage' || r.actual === 'recreational-massage' || r.actual === 'mixed-massage';
      if (massageVerdict && (r.detection.reason === 'site-only' || r.detection.reason === 'article')) expect(r.detection.strength, r.file).toBe('weak');
      else {
        if (r.actual === 'clinical-massage' || r.actual === 'mixed-massage')
          expect(r.detection.evidence.some((e) => e.side === 'clinical'), r.file).toBe(true);
        if (r.actual === 'recreational-massage' || r.actual === 'mixed-massage')
          expect(r.detection.evidence.some((e) => e.side === 'recreational'), r.file).toBe(true);
      }
      for (const e of r.detection.evidence) {
        expect(e.snippet.length, `${r.file} ${e.signalId}`).toBeGreaterThan(3);
        expect(e.label.length).toBeGreaterThan(3);
      }
    }
  });

  it('names the insurer on every insurer page', () => {
    for (const r of report.rows.filter((x) => x.expected === 'insurer')) expect(r.detection.insurer?.name, r.file).toBeTruthy();
  });

  it('finds the provider name and state on provider pages with business data', () => {
    const riverside = report.rows.find((r) => r.file === 'clinic-home-riverside.html')!;
    expect(riverside.detection.provider).toMatchObject({ name: 'Riverside Clinical Massage', state: 'WA', phone: '+1-253-555-0142' });
    const lotus = report.rows.find((r) => r.file === 'spa-menu-lotus.html')!;
    expect(lotus.detection.provider).toMatchObject({ name: 'Lotus Day Spa', state: 'AZ' });
  });
});
