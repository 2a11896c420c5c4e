import { describe, expect, it } from 'vitest';
import { dimensionIds } from '@/data/schemas';
import { exportableBackupText, parseBackupText } from '@/lib/shortlist/backup';
import { BACKUP_FORMAT, CURRENT_VERSION, type Backup, type ProviderRecord } from '@/lib/shortlist/schema';
import { providerRecord, visitRecord } from '../support/providers';

/** A small seeded generator (mulberry32), so a failing store can be replayed by its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), chance: (p: number) => next() < p };
}

const TEXT = ['', 'neck', 'Takes my insurance', 'ünïcødé ✓', '=cmd|x', '"quoted", and, commas', 'line\nbreak'];

/** A store as the database may hold it: records of this version, and now and then a version-1 leftover. */
function generatedStore(seed: number): Backup {
  const r = random(seed);
  const providers = Array.from({ length: r.int(0, 12) }, (_, i) => {
    const record = providerRecord(`p${seed}-${i}`, {
      notes: TEXT[r.int(0, TEXT.length - 1)]!,
      tags: Array.from({ length: r.int(0, 3) }, (_, j) => `t${j}`),
      confidence: r.int(0, 100) / 100,
      status: (['to-contact', 'contacted', 'booked', 'ruled-out'] as const)[r.int(0, 3)]!,
    });
    // A version-1 leftover: checklist answers as bare strings or null (unanswered).
    if (r.chance(0.25)) {
      (record as { checklist: unknown }).checklist = { [dimensionIds[0]!]: r.chance(0.5) ? null : 'spa-like' };
    }
    return record as ProviderRecord;
  });
  const visits = providers.flatMap((p) =>
    Array.from({ length: r.int(0, 3) }, (_, k) => visitRecord(p.id, `2025-0${r.int(1, 9)}-1${k}`, { notes: TEXT[r.int(0, TEXT.length - 1)]! })),
  );
  return { format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: '2025-06-01T00:00:00.000Z', providers, visits };
}

describe('export writes only files import accepts', () => {
  it('for 300 generated stores, version-1 leftovers included', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const exported = exportableBackupText(generatedStore(seed));
      expect(exported.ok, `seed ${seed}: ${exported.ok ? '' : exported.problems.join('; ')}`).toBe(true);
      if (!exported.ok) continue;
      const readBack = parseBackupText(exported.value.text);
      expect(readBack.ok, `seed ${seed}`).toBe(true);
      if (readBack.ok) expect(readBack.value.providers).toHaveLength(generatedStore(seed).providers.length);
    }
  });

  it('refuses, with the problem, a store that cannot be read back, rather than writing it', () => {
    const store = generatedStore(7);
    store.providers.push(providerRecord('broken', { confidence: Number.NaN }));
    const exported = exportableBackupText(store);
    expect(exported.ok).toBe(false);
    if (!exported.ok) expect(exported.problems.join('\n')).toMatch(/confidence/);
  });
});
