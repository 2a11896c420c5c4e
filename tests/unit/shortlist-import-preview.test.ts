import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateBackup } from '@/lib/shortlist/backup';
import { readAndCheckBackup } from '@/lib/shortlist/backup-check-core';
import { openShortlist, type Shortlist } from '@/lib/shortlist/db';
import { BACKUP_FORMAT, CURRENT_VERSION, SHORTLIST_LIMITS, type Backup } from '@/lib/shortlist/schema';
import { providerRecord, uniqueDbName, visitRecord } from '../support/providers';

const LATER = '2025-03-01T10:00:00.000Z';
const EARLIER = '2024-12-01T10:00:00.000Z';
const NOW = new Date('2025-06-01T00:00:00.000Z');
const VISIT_CEDAR = '00000000-0000-4000-8000-00000000c0da';
const VISIT_WILLOW = '00000000-0000-4000-8000-0000000000a1';
const VISIT_ASTER = '00000000-0000-4000-8000-0000000000a5';

const cedar = providerRecord('cedar', { name: 'Cedar Medical Massage', notes: 'Takes my insurance', tags: ['neck'] });
const willow = providerRecord('willow', { name: 'Willow Day Spa' });
const cedarVisit = visitRecord(cedar.id, '2025-01-10', { id: VISIT_CEDAR, painBefore: 6, painAfter: 2, notes: 'Neck better' });
const willowVisit = visitRecord(willow.id, '2025-01-11', { id: VISIT_WILLOW });

let shortlist: Shortlist;
let before: Backup;

beforeEach(async () => {
  shortlist = await openShortlist(uniqueDbName('import-preview'));
  const seeded = await shortlist.importBackup(backupOf([cedar, willow], [cedarVisit, willowVisit]));
  expect(seeded.ok).toBe(true);
  before = await shortlist.exportBackup(NOW);
});
afterEach(() => shortlist.close());

function backupOf(providers: Backup['providers'], visits: Backup['visits']): Backup {
  return { format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: '2025-01-01T10:00:00.000Z', providers, visits };
}

/** A file from "another browser": a new provider, Cedar with newer notes and tags, Willow older, one new visit, one visit that would move. */
function otherBrowsersBackup(): Backup {
  const aster = providerRecord('aster', { name: 'Aster Rehab Clinic' });
  return backupOf(
    [aster, { ...cedar, notes: 'Changed elsewhere', tags: ['neck', 'back'], updatedAt: LATER }, { ...willow, status: 'booked', updatedAt: EARLIER }],
    [
      visitRecord(aster.id, '2025-02-02', { id: VISIT_ASTER }),
      { ...cedarVisit, painAfter: 1, updatedAt: LATER },
      // The id of Willow's visit, under Cedar: importing it would move the patient's visit.
      { ...willowVisit, providerId: cedar.id, notes: 'moved?', updatedAt: LATER },
    ],
  );
}

describe('import preview', () => {
  it('says what an import would change, field by field, and what it refuses and why, writing nothing', async () => {
    const preview = await shortlist.previewImport(otherBrowsersBackup());
    expect(preview.providersAdded).toEqual([{ id: 'https://aster.example/', name: 'Aster Rehab Clinic' }]);
    expect(preview.providersUpdated).toEqual([{ id: cedar.id, name: 'Cedar Medical Massage', fields: ['notes', 'tags'] }]);
    expect(preview.visitsAdded).toBe(1);
    expect(preview.visitsUpdated).toBe(1);
    expect(preview.unchanged).toBe(0);
    expect(preview.refused).toEqual([
      { kind: 'provider', id: willow.id, name: 'Willow Day Spa', reason: 'ours-newer' },
      { kind: 'visit', id: VISIT_WILLOW, name: 'Cedar Medical Massage', date: '2025-01-11', reason: 'under-another-provider' },
    ]);
    expect(await shortlist.exportBackup(NOW)).toEqual(before);
  });

  it('counts records the same age as ours as unchanged, and a file of only those changes nothing', async () => {
    const preview = await shortlist.previewImport(before);
    expect(preview).toEqual({ providersAdded: [], providersUpdated: [], visitsAdded: 0, visitsUpdated: 0, unchanged: 4, refused: [] });
  });

  it('applies what the preview showed, with the counts the import has always given', async () => {
    const { result } = await shortlist.applyImport(otherBrowsersBackup());
    expect(result).toEqual({ ok: true, added: 2, updated: 2, skipped: 2 });
    expect((await shortlist.get(cedar.id))?.notes).toBe('Changed elsewhere');
    expect((await shortlist.get(willow.id))?.status).toBe('to-contact');
    expect((await shortlist.visitsFor(willow.id)).map((v) => v.id)).toEqual([VISIT_WILLOW]);
  });
});

describe('undo import', () => {
  it('restores exactly the state before the import, notes and visits included', async () => {
    const { undo } = await shortlist.applyImport(otherBrowsersBackup());
    expect(await shortlist.exportBackup(NOW)).not.toEqual(before);
    expect(await shortlist.undoImport(undo)).toEqual({ restored: 4, kept: 0 });
    expect(await shortlist.exportBackup(NOW)).toEqual(before);
  });

  it('keeps what the patient changed after the import, and a new provider they have since logged a visit with', async () => {
    const { undo } = await shortlist.applyImport(otherBrowsersBackup());
    await shortlist.update(cedar.id, { notes: 'My own words after the import' }, new Date('2025-04-01T10:00:00.000Z'));
    await shortlist.addVisit({ providerId: 'https://aster.example/', date: '2025-04-02' }, new Date('2025-04-02T10:00:00.000Z'));
    expect(await shortlist.undoImport(undo)).toEqual({ restored: 2, kept: 2 });
    expect((await shortlist.get(cedar.id))?.notes).toBe('My own words after the import');
    expect(await shortlist.get('https://aster.example/')).toBeDefined();
    // The imported visit itself is taken back; the patient's own stays.
    expect((await shortlist.visitsFor('https://aster.example/')).map((v) => v.date)).toEqual(['2025-04-02']);
    expect((await shortlist.visitsFor(cedar.id)).find((v) => v.id === VISIT_CEDAR)?.painAfter).toBe(2);
  });

  it('does not bring back a record the patient deleted after the import', async () => {
    const { undo } = await shortlist.applyImport(otherBrowsersBackup());
    await shortlist.delete(cedar.id);
    const result = await shortlist.undoImport(undo);
    expect(result.kept).toBe(2);
    expect(await shortlist.get(cedar.id)).toBeUndefined();
  });
});

describe('a file with more records than a shortlist holds', () => {
  it('is refused on its count, with the count in words, before any record is checked', () => {
    const tooMany = Array.from({ length: SHORTLIST_LIMITS.providers + 1 }, () => ({}));
    const result = validateBackup({ format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: LATER, providers: tooMany, visits: [] }, NOW);
    expect(result).toEqual({ ok: false, problems: ['providers: this file holds 100,001 providers, more than a shortlist can hold (100,000).'] });
  });

  it('is refused the same way when read from a file (the path the options page takes)', async () => {
    const text = JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: LATER, providers: [], visits: Array(SHORTLIST_LIMITS.visits + 1).fill(0) });
    const result = await readAndCheckBackup(new Blob([text]));
    expect(result.ok).toBe(false);
    expect(!result.ok && 'problems' in result && result.problems[0]).toMatch(/^visits: this file holds 500,001 visits/);
  });
});
