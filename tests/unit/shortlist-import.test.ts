import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Detection } from '@/lib/detect/schema';
import { backupSizeWarning, MAX_BACKUP_CHARS, parseBackupText, validateBackup } from '@/lib/shortlist/backup';
import { SHORTLIST_LIMITS } from '@/lib/shortlist/schema';
import { providerRecord, visitRecord } from '../support/providers';
import { openShortlist, type Shortlist } from '@/lib/shortlist/db';
import type { Backup } from '@/lib/shortlist/schema';
import { sampleDetection } from '../support/providers';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url), 'utf8');

const T0 = new Date('2025-01-01T10:00:00.000Z');
const T1 = new Date('2025-01-02T10:00:00.000Z');

function detection(name: string): Detection {
  return sampleDetection({ provider: { name, phone: '555-0100', state: 'OR' }, credentials: [{ type: 'lmt', text: 'LMT 1234' }] });
}

let shortlist: Shortlist;
/** A valid export of the seeded shortlist; each bad file is a mutation of it. */
let good: Backup;
let counter = 0;

beforeEach(async () => {
  shortlist = await openShortlist(`shortlist-import-${++counter}-${Math.random().toString(36).slice(2)}`);
  await shortlist.saveFromDetection(detection('Cedar Medical Massage'), 'https://cedar.example/', T0);
  await shortlist.saveFromDetection(detection('Willow Spa'), 'https://willow.example/spa', T0);
  await shortlist.update('https://cedar.example/', { notes: 'Takes my insurance', tags: ['neck'], status: 'booked' }, T1);
  await shortlist.addVisit({ providerId: 'https://cedar.example/', date: '2025-01-10', painBefore: 6, painAfter: 2 }, T1);
  await shortlist.addVisit({ providerId: 'https://willow.example/spa', date: '2025-01-11' }, T1);
  good = await shortlist.exportBackup(T1);
});
afterEach(() => shortlist.close());

/** A deep copy of the good backup, changed by `change`, as JSON text. */
function mutated(change: (b: any) => void): string {
  const copy = JSON.parse(JSON.stringify(good));
  change(copy);
  return JSON.stringify(copy);
}

async function expectRefused(text: string, ...mentions: RegExp[]): Promise<string[]> {
  const before = await shortlist.exportBackup(T1);
  const result = await shortlist.importBackupText(text);
  expect(result.ok).toBe(false);
  const problems = result.ok ? [] : result.problems;
  expect(problems.length).toBeGreaterThan(0);
  for (const mention of mentions) expect(problems.some((p) => mention.test(p)), `${mention} in ${JSON.stringify(problems)}`).toBe(true);
  const after = await shortlist.exportBackup(T1);
  expect(after.providers.length).toBe(before.providers.length);
  expect(after.visits.length).toBe(before.visits.length);
  expect(after).toEqual(before);
  expect(after).toEqual(good);
  return problems;
}

const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const cases: [string, () => string, ...RegExp[]][] = [
  ['truncated JSON (from a file)', () => fixture('truncated.json'), /cut off/],
  ['truncated export', () => JSON.stringify(good).slice(0, 200), /cut off.*not valid JSON/],
  ['not JSON at all (a CSV file)', () => fixture('not-json.csv'), /not valid JSON/],
  ['an empty file', () => '', /The file is empty/],
  ['a file of only spaces', () => '  \n\t ', /The file is empty/],
  ['a JSON array', () => JSON.stringify([good]), /not a Knead to Know backup: expected an object, found a list/],
  ['JSON null', () => 'null', /expected an object, found null/],
  ['a JSON number', () => '42', /expected an object, found a number/],
  ['a JSON string', () => '"knead-to-know-backup"', /expected an object, found text/],
  ['a __proto__ key (raw JSON, so an own key)', () => fixture('proto-key.json'), /providers\[0\]: the key "__proto__" is not allowed/],
  ['a constructor key in questions', () => fixture('constructor-key.json'), /providers\[0\]\.questions: the key "constructor" is not allowed/],
  [
    'a prototype key at the top level',
    () => JSON.stringify(good).replace(/^\{/, '{"prototype":{"x":1},'),
    /top level: the key "prototype" is not allowed/,
  ],
  ['a future schemaVersion (from a file)', () => fixture('future-version.json'), /schemaVersion: .*made by a newer version of Knead to Know/],
  ['schemaVersion far in the future', () => mutated((b) => (b.schemaVersion = 99)), /made by a newer version.*backup version 99/],
  ['schemaVersion as text', () => mutated((b) => (b.schemaVersion = '2')), /^schemaVersion: should be a number, not text$/],
  ['schemaVersion 0', () => mutated((b) => (b.schemaVersion = 0)), /^schemaVersion: must be at least 1$/],
  ['wrong format tag', () => mutated((b) => (b.format = 'other-app-backup')), /format: must be "knead-to-know-backup"/],
  ['no format tag', () => mutated((b) => delete b.format), /format: must be "knead-to-know-backup"/],
  ['wrong type: confidence as text', () => mutated((b) => (b.providers[0].confidence = 'high')), /^providers\[0\]\.confidence: should be a number, not text$/],
  ['wrong type: providers not a list', () => mutated((b) => (b.providers = {})), /^providers: should be a list, not an object$/],
  ['wrong type: tags as a string', () => mutated((b) => (b.providers[1].tags = 'neck')), /^providers\[1\]\.tags: should be a list, not text$/],
  ['a huge notes string', () => mutated((b) => (b.providers[0].notes = 'x'.repeat(20_001))), /^providers\[0\]\.notes: too long \(max 20000\)$/],
  ['a name over 300 characters', () => mutated((b) => (b.providers[1].name = 'N'.repeat(301))), /^providers\[1\]\.name: too long \(max 300\)$/],
  ['a visit note over 4000 characters', () => mutated((b) => (b.visits[0].notes = 'v'.repeat(4001))), /^visits\[0\]\.notes: too long \(max 4000\)$/],
  [
    'duplicate provider ids',
    () => mutated((b) => b.providers.push({ ...b.providers[0] })),
    /^providers\[2\]\.id: duplicate provider id "https:\/\/cedar\.example\/" \(also providers\[0\]\)$/,
  ],
  ['duplicate visit ids', () => mutated((b) => (b.visits[1].id = b.visits[0].id)), /^visits\[1\]\.id: duplicate visit id ".*" \(also visits\[0\]\)$/],
  [
    'a visit pointing at a missing provider',
    () => mutated((b) => (b.visits[0].providerId = 'https://gone.example/')),
    /^visits\[0\]\.providerId: refers to provider "https:\/\/gone\.example\/", which is not in this file$/,
  ],
  [
    'a visit whose provider is in the shortlist but not in the file',
    () => mutated((b) => (b.providers = b.providers.filter((p: { id: string }) => p.id !== 'https://willow.example/spa'))),
    /^visits\[[01]\]\.providerId: refers to provider "https:\/\/willow\.example\/spa", which is not in this file$/,
  ],
  ['a missing provider field', () => mutated((b) => delete b.providers[0].status), /^providers\[0\]\.status: missing$/],
  ['a missing top-level field', () => mutated((b) => delete b.visits), /^visits: missing$/],
  ['a missing visit date', () => mutated((b) => delete b.visits[1].date), /^visits\[1\]\.date: missing$/],
  ['an extra unknown field at the top level', () => mutated((b) => (b.extra = true)), /^top level: unknown field "extra"$/],
  ['an extra unknown field in a provider', () => mutated((b) => (b.providers[0].rating = 5)), /^providers\[0\]: unknown field "rating"$/],
  ['an extra unknown field in a checklist item', () => mutated((b) => (b.providers[0].checklist = { focus: { answer: 'unknown', note: '', score: 1 } })), /^providers\[0\]\.checklist\.focus: unknown field "score"$/],
  ['an unknown checklist dimension', () => mutated((b) => (b.providers[0].checklist = { mood: { answer: 'unknown', note: '' } })), /^providers\[0\]\.checklist: unknown field "mood"$/],
  ['a bad checklist answer', () => mutated((b) => (b.providers[0].checklist = { focus: { answer: 'great', note: '' } })), /^providers\[0\]\.checklist\.focus\.answer: must be one of "clinical-like", "spa-like", "unknown"$/],
  ['a negative pain score', () => mutated((b) => (b.visits[0].painBefore = -1)), /^visits\[0\]\.painBefore: must be at least 0$/],
  ['pain 11', () => mutated((b) => (b.visits[0].painAfter = 11)), /^visits\[0\]\.painAfter: must be at most 10$/],
  ['a fractional pain score', () => mutated((b) => (b.visits[0].painAfter = 2.5)), /^visits\[0\]\.painAfter: must be a whole number$/],
  ['an impossible date', () => mutated((b) => (b.visits[0].date = '2025-02-30')), /^visits\[0\]\.date: not a valid date \(use YYYY-MM-DD\)$/],
  ['a date in the wrong form', () => mutated((b) => (b.visits[0].date = '01/10/2025')), /^visits\[0\]\.date: not a valid date/],
  ['an invalid updatedAt', () => mutated((b) => (b.providers[0].updatedAt = 'yesterday')), /^providers\[0\]\.updatedAt: not a valid date and time/],
  ['an updatedAt in the year 9999', () => mutated((b) => (b.providers[0].updatedAt = '9999-01-01T00:00:00.000Z')), /^providers\[0\]\.updatedAt: 9999-01-01T00:00:00\.000Z is in the future/],
  ['a visit createdAt in the future', () => mutated((b) => (b.visits[1].createdAt = '2999-06-01T00:00:00.000Z')), /^visits\[1\]\.createdAt: .* is in the future/],
  ['confidence 1e309 (Infinity once parsed)', () => JSON.stringify(good).replace(/"confidence":[^,}]+/, '"confidence":1e309'), /^providers\[0\]\.confidence: should be a number, not a number too large to store$/],
  ['an invalid status', () => mutated((b) => (b.providers[0].status = 'maybe')), /^providers\[0\]\.status: must be one of "to-contact", "contacted", "booked", "ruled-out"$/],
  ['an invalid kind', () => mutated((b) => (b.providers[0].kind = 'shiatsu')), /^providers\[0\]\.kind: must be one of/],
  ['confidence above 1', () => mutated((b) => (b.providers[0].confidence = 1.5)), /^providers\[0\]\.confidence: must be at most 1$/],
  ['a visit id that is not a UUID', () => mutated((b) => (b.visits[0].id = 'visit-1')), /^visits\[0\]\.id: not a valid id \(expected a UUID\)$/],
  ['a javascript: URL', () => mutated((b) => (b.providers[0].url = 'javascript:alert(1)')), /^providers\[0\]\.url: not a web address/],
  ['a state that is not two letters', () => mutated((b) => (b.providers[0].state = 'Oregon')), /^providers\[0\]\.state: must be a two-letter state code$/],
  ['too many tags', () => mutated((b) => (b.providers[0].tags = Array.from({ length: 21 }, (_, i) => `tag${i}`))), /^providers\[0\]\.tags: too many items \(max 20\)$/],
  ['a tag over 40 characters', () => mutated((b) => (b.providers[0].tags = ['t'.repeat(41)])), /^providers\[0\]\.tags\[0\]: too long \(max 40\)$/],
  ['an empty tag', () => mutated((b) => (b.providers[0].tags = [''])), /^providers\[0\]\.tags\[0\]: must not be empty$/],
  ['a question id over 80 characters', () => mutated((b) => (b.providers[0].questions = { ['q'.repeat(81)]: { asked: false, answer: '' } })), /^providers\[0\]\.questions\["q{60}…"\]: invalid key \(too long \(max 80\)\)$/],
  ['a question id that is not kebab-case', () => mutated((b) => (b.providers[0].questions = { 'Bad Id!': { asked: false, answer: '' } })), /^providers\[0\]\.questions\["Bad Id!"\]: invalid key \(not a question id\)$/],
  ['too many evidence rows', () => mutated((b) => (b.providers[0].evidenceSummary = Array.from({ length: 61 }, () => ({ dimension: 'focus', side: 'clinical', label: 'x' })))), /^providers\[0\]\.evidenceSummary: too many items \(max 60\)$/],
  [
    'a 10,000-deep nested object',
    () => JSON.stringify(good).replace('"notes":"Takes my insurance"', `"notes":${deepObject(10_000)}`),
    /^providers\[0\]\.notes(\.a)+: nested too deeply \(max depth 32\)$/,
  ],
  ['a 10,000-deep nested list at the top level', () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`, /nested too deeply/],
];

describe('importBackup refuses bad files and leaves the shortlist untouched', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s', async (_name, make, ...mentions) => {
    await expectRefused(make(), ...mentions);
  });

  it('a __proto__ key pollutes nothing', async () => {
    await expectRefused(fixture('proto-key.json'), /__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a file over the size cap before parsing it', async () => {
    await expectRefused(' '.repeat(MAX_BACKUP_CHARS + 1), /too large \(over 256 MB\)/);
  });

  it('refuses values that are not backups when given directly (not as text)', async () => {
    const before = await shortlist.exportBackup(T1);
    for (const raw of [null, undefined, 7, 'text', [], () => 1]) {
      const result = await shortlist.importBackup(raw);
      expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/not a Knead to Know backup: expected an object/)] });
    }
    const cyclic: Record<string, unknown> = { ...good };
    cyclic.self = cyclic;
    expect(await shortlist.importBackup(cyclic)).toEqual({ ok: false, problems: ['top level: unknown field "self"'] });
    const loop: Record<string, unknown> = JSON.parse(JSON.stringify(good));
    (loop.providers as Record<string, unknown>[])[0]!.checklist = loop;
    const looped = await shortlist.importBackup(loop);
    expect(looped.ok).toBe(false);
    expect(await shortlist.exportBackup(T1)).toEqual(before);
  });

  it('lists many problems at once, then summarises the rest', () => {
    const text = mutated((b) => {
      b.visits = Array.from({ length: 80 }, () => ({ ...b.visits[0], id: crypto.randomUUID(), painBefore: 12 }));
    });
    const result = parseBackupText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(51);
    expect(result.problems[0]).toBe('visits[0].painBefore: must be at most 10');
    expect(result.problems[50]).toBe('…and 30 more problems');
  });

  it('accepts the good file (the cases above differ from it in one thing)', () => {
    expect(validateBackup(JSON.parse(JSON.stringify(good)))).toEqual({ ok: true, value: good });
  });
});

describe('importBackup keeps visits with their provider', () => {
  it('does not move an existing visit to another provider when a file reuses its id', async () => {
    const visitOfCedar = good.visits.find((v) => v.providerId === 'https://cedar.example/')!;
    const text = mutated((b) => {
      const visit = b.visits.find((v: { id: string }) => v.id === visitOfCedar.id);
      visit.providerId = 'https://willow.example/spa';
      visit.notes = 'moved';
      visit.updatedAt = '2025-03-01T00:00:00.000Z';
    });
    const result = await shortlist.importBackupText(text);
    expect(result).toMatchObject({ ok: true });
    const after = await shortlist.exportBackup(T1);
    const visit = after.visits.find((v) => v.id === visitOfCedar.id)!;
    expect(visit.providerId).toBe('https://cedar.example/');
    expect(visit.notes).not.toBe('moved');
  });
});

describe('the import cap holds what this version can write', () => {
  it('fits a shortlist at the schema\'s limits with ordinary records (100,000 providers, 500,000 visits)', () => {
    const provider = providerRecord('harbor-clinical-massage-and-rehab', {
      name: 'Harbor Clinical Massage and Rehab',
      phone: '(206) 555-0100',
      notes: 'Takes my insurance; ask about the referral form.',
      tags: ['neck', 'insurance'],
      credentials: [{ type: 'lmt', text: 'LMT MA12345' }],
    });
    const visit = visitRecord(provider.id, '2025-01-10', { painBefore: 6, painAfter: 3, notes: 'Neck easier after.' });
    const bytesOf = (value: unknown) => JSON.stringify(value).length + 1;
    const estimate = SHORTLIST_LIMITS.providers * bytesOf(provider) + SHORTLIST_LIMITS.visits * bytesOf(visit);
    expect(estimate).toBeLessThan(MAX_BACKUP_CHARS * 0.8);
  });

  it('warns before an export would pass the cap, and says when it has', () => {
    expect(backupSizeWarning(10 * 1024 * 1024)).toBeUndefined();
    expect(backupSizeWarning(Math.ceil(MAX_BACKUP_CHARS * 0.9))).toMatch(/close to the largest/);
    expect(backupSizeWarning(MAX_BACKUP_CHARS + 1)).toMatch(/larger than Knead to Know can import/);
  });
});
