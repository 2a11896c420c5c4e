import { describe, expect, it } from 'vitest';
import { detectionSchema } from '@/lib/detect/schema';
import { showableVerdict } from '@/lib/extension/tab-record';
import { storedLanguageChoice } from '@/lib/extension/stored-language';
import { classifyFixture, corpusEntries } from '../support/corpus';

// The popup's first screen checks a stored record by hand (lib/extension/tab-record.ts); the full
// schema follows. The hand check must let every real record through and stop what would break
// the verdict card or put long text on screen.
const sample = corpusEntries().filter((_, i) => i % 7 === 0);
const detections = sample.map(classifyFixture);

describe('the first screen\'s check of a stored record', () => {
  it('passes every detection the schema passes, on pages of every kind', () => {
    expect(new Set(detections.map((d) => d.kind)).size).toBeGreaterThanOrEqual(4);
    for (const detection of detections) {
      expect(detectionSchema.safeParse(detection).success).toBe(true);
      expect(showableVerdict(detection), detection.url).toBe(true);
    }
  });

  it('stops records the verdict card could not show safely', () => {
    const good = detections.find((d) => d.evidence.length > 0 && d.kind !== 'none')!;
    const broken: [string, unknown][] = [
      ['nothing', undefined],
      ['a list', [good]],
      ['an unknown kind', { ...good, kind: 'spa-and-brothel' }],
      ['no reason', { ...good, reason: undefined }],
      ['a confidence as text', { ...good, confidence: '90 %' }],
      ['an unknown strength', { ...good, strength: 'certain' }],
      ['evidence as markup', { ...good, evidence: '<b>x</b>' }],
      ['an evidence label of a page', { ...good, evidence: [{ ...good.evidence[0]!, label: 'x'.repeat(5000) }] }],
      ['an evidence item without a signal', { ...good, evidence: [{ ...good.evidence[0]!, signalId: 7 }] }],
      ['too many notes', { ...good, notes: Array.from({ length: 6 }, () => ({ id: 'massage-cash-pay', snippet: 'cash' })) }],
      ['a plan without a name', { ...good, insurer: { id: 'aetna' } }],
    ];
    for (const [what, record] of broken) expect(showableVerdict(record), what).toBe(false);
  });
});

describe('the language stored in settings, read without the settings schema', () => {
  const area = (stored: Record<string, unknown>) => ({ get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}) });

  it('gives a known choice, and none for anything else', async () => {
    expect(await storedLanguageChoice(area({ settings: { language: 'es', situation: 'injury' } }))).toBe('es');
    expect(await storedLanguageChoice(area({ settings: { language: 'auto' } }))).toBe('auto');
    expect(await storedLanguageChoice(area({ settings: { language: 'fr' } }))).toBeUndefined();
    expect(await storedLanguageChoice(area({ settings: 'es' }))).toBeUndefined();
    expect(await storedLanguageChoice(area({}))).toBeUndefined();
  });
});
