import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { detectionKindTable, detectionKinds } from '@/data/detection-kinds';
import { detectionKindEntrySchema, detectionKindSchema } from '@/data/schemas';

// The one table a detection kind lives in: walk every row.
describe('detection-kind registry', () => {
  it('has one valid row per kind, and the enum is the same list', () => {
    expect(Object.keys(detectionKindTable)).toEqual(detectionKinds);
    expect(detectionKindSchema.options).toEqual(detectionKinds);
    for (const kind of detectionKinds) expect(detectionKindEntrySchema.safeParse(detectionKindTable[kind]).success, kind).toBe(true);
  });

  it('names only message keys that exist in the English locale', () => {
    for (const kind of detectionKinds) {
      const row = detectionKindTable[kind];
      const keys = [row.sentenceKey, row.shortlistLabelKey, ...(row.badge ? [row.badge.titleKey] : [])];
      for (const key of keys) expect(Object.keys(messages), `${kind}: ${key}`).toContain(key);
    }
  });

  it('gives each kind its own badge text, colour, label and shortlist rank', () => {
    const rows = Object.values(detectionKindTable);
    const badges = rows.flatMap((r) => (r.badge ? [r.badge] : []));
    expect(new Set(badges.map((b) => b.text)).size).toBe(badges.length);
    expect(new Set(badges.map((b) => b.color)).size).toBe(badges.length);
    expect(new Set(rows.map((r) => r.shortlistLabelKey)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.shortlistRank)).size).toBe(rows.length);
  });

  it('shows a badge for every kind but none, and provider sections only for massage kinds', () => {
    expect(detectionKinds.filter((k) => !detectionKindTable[k].badge)).toEqual(['none']);
    expect(detectionKinds.filter((k) => detectionKindTable[k].massageProvider)).toEqual([
      'clinical-massage', 'recreational-massage', 'mixed-massage',
    ]);
  });
});
