import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '@/lib/detect/schema';
import { validateBackup } from '@/lib/shortlist/backup';
import { CURRENT_VERSION, ShortlistValidationError, ShortlistWriteError, openShortlist, type Shortlist } from '@/lib/shortlist/db';
import { runMigrations, type MigrationStep, type UpgradeDatabase, type UpgradeTransaction } from '@/lib/shortlist/migrations';
import type { Backup, ProviderRecord } from '@/lib/shortlist/schema';
import { sampleDetection } from '../support/providers';

let counter = 0;
const uniqueName = (label: string) => `shortlist-test-${label}-${++counter}-${Math.random().toString(36).slice(2)}`;
const opened: Shortlist[] = [];
async function fresh(label: string): Promise<Shortlist> {
  const shortlist = await openShortlist(uniqueName(label));
  opened.push(shortlist);
  return shortlist;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) s.close();
});

const T0 = new Date('2025-01-01T10:00:00.000Z');
const T1 = new Date('2025-01-02T10:00:00.000Z');
const T2 = new Date('2025-01-03T10:00:00.000Z');

function detection(overrides: Partial<Detection> = {}, provider: Detection['provider'] = {}): Detection {
  return sampleDetection({ ...overrides, provider: { ...sampleDetection().provider, ...provider } });
}

const PAGE = 'https://www.riverside-massage.example/clinic/?utm_source=google#book';
const ID = 'https://riverside-massage.example/clinic';

async function countAll(s: Shortlist) {
  const backup = await s.exportBackup(T0);
  return { providers: backup.providers.length, visits: backup.visits.length };
}

describe('saveFromDetection', () => {
  it('creates a record keyed by the normalised URL with empty patient fields', async () => {
    const s = await fresh('create');
    const saved = await s.saveFromDetection(detection(), PAGE, T0);
    expect(saved).toMatchObject({
      id: ID,
      url: PAGE,
      name: 'Riverside Clinical Massage',
      phone: '(555) 010-2000',
      state: 'IL',
      kind: 'clinical-massage',
      confidence: 0.8,
      checklist: {},
      questions: {},
      notes: '',
      status: 'to-contact',
      tags: [],
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
    });
    // Evidence is summarised: one row per dimension/side/label.
    expect(saved.evidenceSummary).toEqual([
      { dimension: 'records', side: 'clinical', label: 'SOAP notes' },
      { dimension: 'techniques', side: 'recreational', label: 'Hot stones' },
    ]);
    expect(await s.get(ID)).toEqual(saved);
  });

  it('saving twice keeps one record and the patient answers, and refreshes what the page says', async () => {
    const s = await fresh('twice');
    await s.saveFromDetection(detection(), PAGE, T0);
    await s.update(
      ID,
      {
        checklist: { records: { answer: 'clinical-like', note: 'They showed me a SOAP form' } },
        questions: { 'intake-form': { asked: true, answer: 'Yes, a long one' } },
        notes: 'Parking behind the building',
        status: 'contacted',
        tags: ['near work'],
      },
      T1,
    );
    const again = await s.saveFromDetection(
      detection({ kind: 'mixed-massage', confidence: 0.55, credentials: [] }, { name: 'Riverside Massage & Spa', phone: '(555) 010-9999' }),
      'http://riverside-massage.example/clinic?fbclid=xyz',
      T2,
    );
    const all = await s.list();
    expect(all).toHaveLength(1);
    expect(all[0]).toEqual(again);
    expect(again).toMatchObject({
      id: ID,
      name: 'Riverside Massage & Spa',
      phone: '(555) 010-9999',
      kind: 'mixed-massage',
      confidence: 0.55,
      credentials: [],
      checklist: { records: { answer: 'clinical-like', note: 'They showed me a SOAP form' } },
      questions: { 'intake-form': { asked: true, answer: 'Yes, a long one' } },
      notes: 'Parking behind the building',
      status: 'contacted',
      tags: ['near work'],
      createdAt: T0.toISOString(),
      updatedAt: T2.toISOString(),
    });
  });

  it('keeps a saved name or phone when the page no longer shows one, and names a nameless page by its host', async () => {
    const s = await fresh('keep');
    const first = await s.saveFromDetection(detection({}, { name: undefined, phone: undefined, address: undefined, state: undefined }), 'https://www.quiet-hands.example/', T0);
    expect(first.name).toBe('quiet-hands.example');
    expect(first.phone).toBeUndefined();
    await s.saveFromDetection(detection(), 'https://quiet-hands.example/', T1);
    const third = await s.saveFromDetection(detection({}, { name: undefined, phone: undefined }), 'https://quiet-hands.example/', T2);
    expect(third.name).toBe('Riverside Clinical Massage');
    expect(third.phone).toBe('(555) 010-2000');
  });

  it('refuses a page that is not http(s)', async () => {
    const s = await fresh('nonweb');
    await expect(s.saveFromDetection(detection(), 'javascript:alert(1)', T0)).rejects.toThrow(/Only web pages/);
    expect(await s.list()).toEqual([]);
  });
});

describe('recent', () => {
  it('reads the most recently changed providers first, as many as asked', async () => {
    const s = await fresh('recent');
    expect(await s.recent(5)).toEqual([]);
    const times = [T1, T0, T2];
    for (const [i, time] of times.entries()) await s.saveFromDetection(detection(), `https://p${i}.example/`, time);
    expect((await s.recent(2)).map((p) => p.url)).toEqual(['https://p2.example/', 'https://p0.example/']);
    expect((await s.recent(10)).map((p) => p.url)).toEqual(['https://p2.example/', 'https://p0.example/', 'https://p1.example/']);
    expect(await s.recent(0)).toEqual([]);
    expect(await s.recent(3)).toEqual((await s.list()).slice(0, 3));
  });
});

describe('update', () => {
  it('validates before writing and leaves the record alone when invalid', async () => {
    const s = await fresh('update');
    const saved = await s.saveFromDetection(detection(), PAGE, T0);
    await expect(s.update(ID, { notes: 'x'.repeat(20_001) }, T1)).rejects.toThrow(ShortlistValidationError);
    await expect(s.update(ID, { notes: 'x'.repeat(20_001) }, T1)).rejects.toMatchObject({ problems: ['notes: too long (max 20000)'] });
    await expect(s.update(ID, { status: 'maybe' as never }, T1)).rejects.toThrow(/status: must be one of/);
    await expect(s.update(ID, { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, T1)).rejects.toThrow(/tags: too many items \(max 20\)/);
    await expect(s.update(ID, { colour: 'red' } as never, T1)).rejects.toThrow(/unknown field "colour"/);
    expect(await s.get(ID)).toEqual(saved);
  });

  it('never changes the id or createdAt, and returns undefined for a missing provider', async () => {
    const s = await fresh('update-id');
    await s.saveFromDetection(detection(), PAGE, T0);
    const updated = await s.update(ID, { id: 'https://evil.example/', createdAt: T2.toISOString(), notes: 'ok' } as never, T1);
    expect(updated).toMatchObject({ id: ID, createdAt: T0.toISOString(), updatedAt: T1.toISOString(), notes: 'ok' });
    expect(await s.update('https://nobody.example/', { notes: 'x' })).toBeUndefined();
  });

  it('removes an optional field when the patch sets it to undefined', async () => {
    const s = await fresh('update-undef');
    await s.saveFromDetection(detection(), PAGE, T0);
    const updated = await s.update(ID, { phone: undefined }, T1);
    expect(updated).not.toHaveProperty('phone');
  });
});

describe('visits, delete and undo', () => {
  it('adds, sorts, updates and deletes visits', async () => {
    const s = await fresh('visits');
    await s.saveFromDetection(detection(), PAGE, T0);
    const later = await s.addVisit({ providerId: ID, date: '2025-02-10', painBefore: 6, painAfter: 3 }, T1);
    const earlier = await s.addVisit({ providerId: ID, date: '2025-01-20', rangeOfMotion: 'Can turn head 60°', notes: 'Deep work on the neck' }, T2);
    expect(later).toMatchObject({ rangeOfMotion: '', notes: '', painBefore: 6, painAfter: 3 });
    expect((await s.visitsFor(ID)).map((v) => v.id)).toEqual([earlier.id, later.id]);

    const changed = await s.updateVisit(later.id, { painAfter: 2 }, T2);
    expect(changed).toMatchObject({ painAfter: 2, providerId: ID, createdAt: T1.toISOString(), updatedAt: T2.toISOString() });
    await expect(s.updateVisit(later.id, { painAfter: 11 })).rejects.toThrow(/painAfter: must be at most 10/);

    const gone = await s.deleteVisit(earlier.id);
    expect(gone).toEqual(earlier);
    expect(await s.visitsFor(ID)).toHaveLength(1);
    await s.restoreVisit(gone!);
    expect(await s.visitsFor(ID)).toHaveLength(2);
  });

  it('refuses a visit for a provider that is not saved, or with a bad pain score or date', async () => {
    const s = await fresh('visit-bad');
    await expect(s.addVisit({ providerId: 'https://nobody.example/', date: '2025-01-01' })).rejects.toThrow(/not in your shortlist/);
    await s.saveFromDetection(detection(), PAGE, T0);
    await expect(s.addVisit({ providerId: ID, date: '2025-01-01', painBefore: -1 })).rejects.toThrow(/painBefore: must be at least 0/);
    await expect(s.addVisit({ providerId: ID, date: '2025-02-30' })).rejects.toThrow(/date: not a valid date/);
    expect(await countAll(s)).toEqual({ providers: 1, visits: 0 });
  });

  it('delete removes the provider and its visits; restore puts them back exactly', async () => {
    const s = await fresh('delete');
    await s.saveFromDetection(detection(), PAGE, T0);
    await s.saveFromDetection(detection(), 'https://other.example/', T0);
    await s.addVisit({ providerId: ID, date: '2025-01-20' }, T1);
    await s.addVisit({ providerId: ID, date: '2025-01-27' }, T1);
    const otherVisit = await s.addVisit({ providerId: 'https://other.example/', date: '2025-01-21' }, T1);
    const before = await s.exportBackup(T2);

    const deleted = await s.delete(ID);
    expect(deleted?.provider.id).toBe(ID);
    expect(deleted?.visits).toHaveLength(2);
    expect(await s.get(ID)).toBeUndefined();
    expect(await s.visitsFor(ID)).toEqual([]);
    expect(await s.visitsFor('https://other.example/')).toEqual([otherVisit]);
    expect(await s.delete(ID)).toBeUndefined();

    await s.restore(deleted!);
    expect(await s.exportBackup(T2)).toEqual(before);
  });
});

describe('migrations', () => {
  it('a fresh install is at the current version with every store and index', async () => {
    const s = await fresh('install');
    const name = s.name;
    s.close();
    const raw = await openDB(name);
    expect(raw.version).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBe(3);
    expect([...raw.objectStoreNames].sort()).toEqual(['providers', 'visits']);
    const tx = raw.transaction(['providers', 'visits']);
    expect([...tx.objectStore('providers').indexNames].sort()).toEqual(['aliases', 'kind', 'name', 'state', 'status', 'updatedAt']);
    expect([...tx.objectStore('visits').indexNames]).toEqual(['providerId']);
    expect(tx.objectStore('providers').keyPath).toBe('id');
    await tx.done;
    raw.close();
  });

  it('upgrades a version 1 database: every record kept, tags added, checklist answers converted', async () => {
    const name = uniqueName('v1');
    const v1Providers = [
      {
        id: 'https://a.example/',
        url: 'https://a.example/',
        name: 'Alpha Therapeutic Massage',
        state: 'NY',
        kind: 'clinical-massage',
        confidence: 0.9,
        credentials: [{ type: 'lmt', text: 'LMT 123', licenseNumber: '123' }],
        evidenceSummary: [{ dimension: 'records', side: 'clinical', label: 'SOAP notes' }],
        checklist: { records: 'clinical-like', setting: 'spa-like', billing: 'unknown' },
        questions: { 'intake-form': { asked: true, answer: 'yes' } },
        notes: 'Good reviews',
        status: 'booked',
        createdAt: '2024-03-01T09:00:00.000Z',
        updatedAt: '2024-03-02T09:00:00.000Z',
      },
      {
        id: 'https://b.example/spa',
        url: 'https://www.b.example/spa/',
        name: 'Beta Day Spa',
        kind: 'recreational-massage',
        confidence: 0.7,
        credentials: [],
        evidenceSummary: [],
        checklist: { team: 'maybe?' },
        questions: {},
        notes: '',
        status: 'ruled-out',
        createdAt: '2024-03-05T09:00:00.000Z',
        updatedAt: '2024-03-05T09:00:00.000Z',
      },
      {
        id: 'https://c.example/',
        url: 'https://c.example/',
        name: 'Gamma Bodywork',
        kind: 'mixed-massage',
        confidence: 0.5,
        credentials: [],
        evidenceSummary: [],
        checklist: {},
        questions: {},
        notes: '',
        status: 'to-contact',
        createdAt: '2024-03-06T09:00:00.000Z',
        updatedAt: '2024-03-06T09:00:00.000Z',
      },
    ];
    const v1Visits = [
      {
        id: '3f1c2a4e-8b7d-4c6a-9e5f-1a2b3c4d5e6f',
        providerId: 'https://a.example/',
        date: '2024-03-10',
        painBefore: 7,
        painAfter: 4,
        rangeOfMotion: 'Arm to shoulder height',
        notes: 'Trigger point work',
        createdAt: '2024-03-10T18:00:00.000Z',
        updatedAt: '2024-03-10T18:00:00.000Z',
      },
    ];
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const providers = db.createObjectStore('providers', { keyPath: 'id' });
        for (const index of ['status', 'kind', 'state', 'updatedAt']) providers.createIndex(index, index);
        db.createObjectStore('visits', { keyPath: 'id' }).createIndex('providerId', 'providerId');
      },
    });
    for (const p of v1Providers) await v1.put('providers', p);
    for (const v of v1Visits) await v1.put('visits', v);
    v1.close();

    const s = await openShortlist(name);
    opened.push(s);
    const a = await s.get('https://a.example/');
    expect(a).toEqual({
      ...v1Providers[0],
      tags: [],
      checklist: {
        records: { answer: 'clinical-like', note: '' },
        setting: { answer: 'spa-like', note: '' },
        billing: { answer: 'unknown', note: '' },
      },
    });
    const b = await s.get('https://b.example/spa');
    expect(b).toEqual({ ...v1Providers[1], tags: [], checklist: { team: { answer: 'unknown', note: 'Earlier answer: maybe?' } } });
    expect(await s.get('https://c.example/')).toEqual({ ...v1Providers[2], tags: [] });
    expect(await s.visitsFor('https://a.example/')).toEqual(v1Visits);

    // Every converted record passes the current schema, so an export of it imports cleanly.
    const backup = await s.exportBackup(T0);
    expect(backup.providers).toHaveLength(3);
    expect(validateBackup(backup).ok).toBe(true);
    s.close();

    const raw = await openDB(name);
    expect(raw.version).toBe(CURRENT_VERSION);
    const byName = await raw.getAllFromIndex('providers', 'name');
    expect(byName.map((p: ProviderRecord) => p.name)).toEqual(['Alpha Therapeutic Massage', 'Beta Day Spa', 'Gamma Bodywork']);
    expect((await raw.getAllFromIndex('providers', 'status', 'booked')).map((p: ProviderRecord) => p.id)).toEqual(['https://a.example/']);
    raw.close();
  });
});

describe('a migration that fails', () => {
  it('leaves the database at its old version with its data, and openShortlist reports the cause', async () => {
    const name = uniqueName('broken-v1');
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const providers = db.createObjectStore('providers', { keyPath: 'id' });
        // Not a real v1 shape: the 'name' index already exists, so the v2 step cannot add it.
        providers.createIndex('name', 'name');
        db.createObjectStore('visits', { keyPath: 'id' }).createIndex('providerId', 'providerId');
      },
    });
    await v1.put('providers', { id: 'https://a.example/', name: 'A', checklist: { focus: 'spa-like' } });
    v1.close();
    await expect(openShortlist(name)).rejects.toMatchObject({ name: 'ConstraintError' });
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(await raw.get('providers', 'https://a.example/')).toEqual({ id: 'https://a.example/', name: 'A', checklist: { focus: 'spa-like' } });
    raw.close();
  });
});

describe('runMigrations', () => {
  it('runs the steps after the old version in order, and a failing step rolls the whole upgrade back', async () => {
    const name = uniqueName('runner');
    const order: number[] = [];
    const steps: MigrationStep[] = [
      { version: 2, migrate: (db) => void order.push(2, db.version) },
      {
        version: 1,
        migrate(db) {
          order.push(1);
          db.createObjectStore('things', { keyPath: 'id' });
        },
      },
    ];
    const upgradeTo = (version: number, list: MigrationStep[]) =>
      openDB(name, version, {
        upgrade(db, oldVersion, _newVersion, tx) {
          tx.done.catch(() => {});
          runMigrations(db as unknown as UpgradeDatabase, tx as unknown as UpgradeTransaction, oldVersion, version, list).catch(() => tx.abort());
        },
      });
    const db = await upgradeTo(2, steps);
    expect(order).toEqual([1, 2, 2]);
    await db.put('things', { id: 'a', n: 1 });
    db.close();

    const failing: MigrationStep = {
      version: 3,
      async migrate(_db, tx) {
        const store = tx.objectStore('things');
        let cursor = await store.openCursor();
        while (cursor) {
          await cursor.update({ ...cursor.value, n: 2 });
          cursor = await cursor.continue();
        }
        throw new Error('step 3 broke');
      },
    };
    await expect(upgradeTo(3, [...steps, failing])).rejects.toThrow();
    const after = await openDB(name);
    expect(after.version).toBe(2);
    expect(await after.get('things', 'a')).toEqual({ id: 'a', n: 1 });
    after.close();

    await expect(upgradeTo(4, [...steps, failing])).rejects.toThrow();
  });
});

async function seed(s: Shortlist) {
  await s.saveFromDetection(detection(), PAGE, T0);
  await s.saveFromDetection(detection({ kind: 'recreational-massage', confidence: 0.6 }, { name: 'Lotus Day Spa', state: 'CA' }), 'https://lotus.example/', T0);
  await s.update(
    ID,
    {
      checklist: { records: { answer: 'clinical-like', note: 'SOAP form, "detailed", with commas, and\nnewlines' } },
      questions: { 'treatment-plan': { asked: true, answer: 'Six weekly sessions' } },
      notes: 'Ask about insurance ✓ — naïve café',
      status: 'booked',
      tags: ['neck', 'insurance'],
    },
    T1,
  );
  await s.addVisit({ providerId: ID, date: '2025-01-20', painBefore: 6, painAfter: 3, rangeOfMotion: 'better', notes: 'ok' }, T1);
  await s.addVisit({ providerId: 'https://lotus.example/', date: '2025-01-21' }, T1);
}

describe('export and import', () => {
  it('round-trips: export, import into an empty shortlist, export again gives the same backup', async () => {
    const source = await fresh('export');
    await seed(source);
    const backup = await source.exportBackup(T2);
    expect(backup).toMatchObject({ format: 'knead-to-know-backup', schemaVersion: CURRENT_VERSION, exportedAt: T2.toISOString() });
    expect(backup.providers).toHaveLength(2);
    expect(backup.visits).toHaveLength(2);

    const target = await fresh('import');
    const text = JSON.stringify(backup);
    expect(await target.importBackupText(text)).toEqual({ ok: true, added: 4, updated: 0, skipped: 0 });
    expect(await target.exportBackup(T2)).toEqual(backup);
    expect(await target.exportBackup(T2)).toEqual(JSON.parse(text));

    // Importing the same file again changes nothing.
    expect(await target.importBackup(JSON.parse(text))).toEqual({ ok: true, added: 0, updated: 0, skipped: 4 });
    expect(await target.exportBackup(T2)).toEqual(backup);
  });

  it('merges: a newer record from the file wins, our newer record is kept, nothing is deleted', async () => {
    const s = await fresh('merge');
    await seed(s);
    const ours = await s.exportBackup(T2);
    const mine = ours.providers.find((p) => p.id === ID)!;
    const lotus = ours.providers.find((p) => p.id === 'https://lotus.example/')!;
    const newcomer: ProviderRecord = { ...lotus, id: 'https://new.example/', url: 'https://new.example/', name: 'New Place' };
    const file: Backup = {
      ...ours,
      providers: [
        { ...mine, notes: 'older edit from another computer', updatedAt: '2024-12-31T00:00:00.000Z' },
        { ...lotus, notes: 'newer edit', updatedAt: '2025-06-01T00:00:00.000Z' },
        newcomer,
      ],
      visits: [],
    };
    expect(await s.importBackup(file)).toEqual({ ok: true, added: 1, updated: 1, skipped: 1 });
    expect(await s.get(ID)).toEqual(mine);
    expect((await s.get('https://lotus.example/'))?.notes).toBe('newer edit');
    expect(await s.get('https://new.example/')).toEqual(newcomer);
    expect(await countAll(s)).toEqual({ providers: 3, visits: 2 });
  });

  it('accepts a version 1 backup and converts its providers', async () => {
    const s = await fresh('v1-file');
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../fixtures/imports/v1-backup.json', import.meta.url), 'utf8');
    expect(await s.importBackupText(text)).toEqual({ ok: true, added: 2, updated: 0, skipped: 0 });
    expect(await s.get('https://old.example/')).toMatchObject({ tags: [], checklist: { focus: { answer: 'clinical-like', note: '' } } });
  });
});

describe('failed writes', () => {
  const realPut = IDBObjectStore.prototype.put;

  it('an import whose write fails part-way writes nothing at all', async () => {
    const s = await fresh('atomic');
    await seed(s);
    const before = await s.exportBackup(T2);
    const file: Backup = {
      ...before,
      providers: [
        ...before.providers.map((p) => ({ ...p, notes: 'changed by import', updatedAt: '2026-01-01T00:00:00.000Z' })),
        { ...before.providers[0]!, id: 'https://brand-new.example/', url: 'https://brand-new.example/' },
      ],
      visits: [
        ...before.visits.map((v) => ({ ...v, notes: 'changed by import', updatedAt: '2026-01-01T00:00:00.000Z' })),
        { ...before.visits[0]!, id: crypto.randomUUID() },
      ],
    };
    let visitPuts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // The first visit is queued, the second throws: providers and one visit are already put.
      if (this.name === 'visits' && ++visitPuts >= 2) throw new DOMException('Simulated failure', 'UnknownError');
      return realPut.apply(this, args);
    });
    const error = await s.importBackup(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShortlistWriteError);
    expect(error).toMatchObject({ reason: 'failed', message: expect.stringMatching(/nothing was changed/) });
    vi.restoreAllMocks();
    expect(visitPuts).toBe(2);
    expect(await s.exportBackup(T2)).toEqual(before);
  });

  it('an import whose transaction aborts writes nothing', async () => {
    const s = await fresh('abort');
    await seed(s);
    const before = await s.exportBackup(T2);
    const file: Backup = { ...before, providers: before.providers.map((p) => ({ ...p, notes: 'x', updatedAt: '2026-01-01T00:00:00.000Z' })), visits: [] };
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = realPut.apply(this, args);
      this.transaction.abort();
      return request;
    });
    await expect(s.importBackup(file)).rejects.toBeInstanceOf(ShortlistWriteError);
    vi.restoreAllMocks();
    expect(await s.exportBackup(T2)).toEqual(before);
  });

  it('maps QuotaExceededError to ShortlistWriteError with a patient-facing message', async () => {
    const s = await fresh('quota');
    await s.saveFromDetection(detection(), PAGE, T0);
    const before = await s.exportBackup(T2);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const attempts: Promise<unknown>[] = [
      s.saveFromDetection(detection(), 'https://another.example/', T1),
      s.update(ID, { notes: 'new' }, T1),
      s.importBackup({ ...before, providers: before.providers.map((p) => ({ ...p, updatedAt: T2.toISOString() })) }),
      s.addVisit({ providerId: ID, date: '2025-01-01' }, T1),
    ];
    for (const attempt of attempts) {
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ShortlistWriteError);
      expect(error).toMatchObject({ reason: 'quota', name: 'ShortlistWriteError' });
      expect((error as Error).message).toMatch(/Your browser's storage is full/);
      expect((error as Error).cause).toMatchObject({ name: 'QuotaExceededError' });
    }
    vi.restoreAllMocks();
    expect(await s.exportBackup(T2)).toEqual(before);
  });
});
