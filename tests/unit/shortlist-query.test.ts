import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  NO_STATE,
  filterProviders,
  kindsIn,
  normaliseForSearch,
  providerRecordSchema,
  queryProviders,
  searchTerms,
  sortProviders,
  statesIn,
  type ProviderRecord,
} from '@/lib/shortlist';
import { providerRecord } from '../support/providers';

const cedar = providerRecord('cedar', {
  name: 'Cedar Medical Massage',
  state: 'OR',
  status: 'booked',
  tags: ['neck', 'insurance'],
  notes: 'Takes Regence; asked about SOAP notes',
  address: { street: '12 Alder St', locality: 'Portland', region: 'OR', postalCode: '97205' },
  updatedAt: '2025-03-01T10:00:00.000Z',
});
const willow = providerRecord('willow', {
  name: 'Willow Day Spa',
  kind: 'recreational-massage',
  state: 'WA',
  status: 'ruled-out',
  notes: 'Hot stones only',
  address: { locality: 'Spokane' },
  updatedAt: '2025-02-01T10:00:00.000Z',
});
const aster = providerRecord('aster', {
  name: 'Åster Rehab Clinic',
  kind: 'mixed-massage',
  status: 'contacted',
  tags: ['sciatica'],
  notes: 'Café-side office, physician referral',
  updatedAt: '2025-04-01T10:00:00.000Z',
});
const birch = providerRecord('birch', {
  name: 'birch bodywork 10',
  state: 'OR',
  updatedAt: '2025-01-01T10:00:00.000Z',
});
const birch9 = providerRecord('birch9', { name: 'Birch Bodywork 9', state: 'WA', updatedAt: '2025-01-01T10:00:00.000Z' });
const all = [cedar, willow, aster, birch, birch9];
const names = (list: ProviderRecord[]) => list.map((p) => p.name);

describe('the test records', () => {
  it('are valid provider records', () => {
    for (const p of all) expect(providerRecordSchema.safeParse(p).success).toBe(true);
  });
});

describe('search', () => {
  it('normalises case, accents and white space', () => {
    expect(normaliseForSearch('  Åster\tCAFÉ  ')).toBe('aster cafe');
    expect(searchTerms('  SOAP   Notes ')).toEqual(['soap', 'notes']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('finds words in the name, notes, tags and address, all words required, in any order', () => {
    expect(names(filterProviders(all, { search: 'cedar' }))).toEqual(['Cedar Medical Massage']);
    expect(names(filterProviders(all, { search: 'regence' }))).toEqual(['Cedar Medical Massage']);
    expect(names(filterProviders(all, { search: 'SCIATICA' }))).toEqual(['Åster Rehab Clinic']);
    expect(names(filterProviders(all, { search: 'portland' }))).toEqual(['Cedar Medical Massage']);
    expect(names(filterProviders(all, { search: '97205' }))).toEqual(['Cedar Medical Massage']);
    expect(names(filterProviders(all, { search: 'spokane' }))).toEqual(['Willow Day Spa']);
    expect(names(filterProviders(all, { search: 'aster cafe' }))).toEqual(['Åster Rehab Clinic']);
    expect(names(filterProviders(all, { search: 'notes soap' }))).toEqual(['Cedar Medical Massage']);
    expect(names(filterProviders(all, { search: 'soap spokane' }))).toEqual([]);
    expect(names(filterProviders(all, { search: 'bod' }))).toEqual(['birch bodywork 10', 'Birch Bodywork 9']);
  });

  it('does not search fields the patient does not see as text (url, kind, status)', () => {
    expect(filterProviders(all, { search: 'example' })).toEqual([]);
    expect(filterProviders(all, { search: 'booked' })).toEqual([]);
  });

  it('sees an edit, since an edited record is a new object', () => {
    expect(filterProviders(all, { search: 'lymph' })).toEqual([]);
    const edited = { ...willow, notes: 'Does lymphatic drainage' };
    expect(names(filterProviders([cedar, edited], { search: 'lymph' }))).toEqual(['Willow Day Spa']);
  });
});

describe('filters', () => {
  it('by status, kind and state, together with the search', () => {
    expect(names(filterProviders(all, { status: 'booked' }))).toEqual(['Cedar Medical Massage']);
    expect(names(filterProviders(all, { kind: 'clinical-massage' }))).toEqual(['Cedar Medical Massage', 'birch bodywork 10', 'Birch Bodywork 9']);
    expect(names(filterProviders(all, { state: 'OR' }))).toEqual(['Cedar Medical Massage', 'birch bodywork 10']);
    expect(names(filterProviders(all, { state: NO_STATE }))).toEqual(['Åster Rehab Clinic']);
    expect(names(filterProviders(all, { state: 'OR', kind: 'clinical-massage', search: 'birch' }))).toEqual(['birch bodywork 10']);
    expect(filterProviders(all, { state: 'OR', status: 'ruled-out' })).toEqual([]);
  });

  it('returns a copy of everything when nothing is set', () => {
    const result = filterProviders(all, {});
    expect(result).toEqual(all);
    expect(result).not.toBe(all);
  });

  it('lists the states and kinds present', () => {
    expect(statesIn(all)).toEqual({ states: ['OR', 'WA'], someUnknown: true });
    expect(statesIn([cedar])).toEqual({ states: ['OR'], someUnknown: false });
    expect(kindsIn(all)).toEqual(['clinical-massage', 'mixed-massage', 'recreational-massage']);
  });
});

describe('sorting', () => {
  it('defaults to most recently changed first', () => {
    expect(names(queryProviders(all, {}))).toEqual(['Åster Rehab Clinic', 'Cedar Medical Massage', 'Willow Day Spa', 'Birch Bodywork 9', 'birch bodywork 10']);
    expect(DEFAULT_SORT).toEqual({ column: 'updatedAt', direction: 'descending' });
  });

  it('by name, ignoring case and accents, with numbers in number order', () => {
    const up = names(sortProviders(all, { column: 'name', direction: 'ascending' }));
    expect(up).toEqual(['Åster Rehab Clinic', 'Birch Bodywork 9', 'birch bodywork 10', 'Cedar Medical Massage', 'Willow Day Spa']);
    expect(names(sortProviders(all, { column: 'name', direction: 'descending' }))).toEqual([...up].reverse());
  });

  it('by kind from most clinical, and by status in the order a patient works', () => {
    expect(sortProviders(all, { column: 'kind', direction: 'ascending' }).map((p) => p.kind)).toEqual([
      'clinical-massage',
      'clinical-massage',
      'clinical-massage',
      'mixed-massage',
      'recreational-massage',
    ]);
    expect(sortProviders(all, { column: 'status', direction: 'ascending' }).map((p) => p.status)).toEqual([
      'to-contact',
      'to-contact',
      'contacted',
      'booked',
      'ruled-out',
    ]);
    expect(sortProviders(all, { column: 'status', direction: 'descending' }).map((p) => p.status)).toEqual([
      'ruled-out',
      'booked',
      'contacted',
      'to-contact',
      'to-contact',
    ]);
  });

  it('puts missing states and tags last in both directions, ties by name', () => {
    expect(names(sortProviders(all, { column: 'state', direction: 'ascending' }))).toEqual([
      'birch bodywork 10',
      'Cedar Medical Massage',
      'Birch Bodywork 9',
      'Willow Day Spa',
      'Åster Rehab Clinic',
    ]);
    expect(names(sortProviders(all, { column: 'state', direction: 'descending' })).at(-1)).toBe('Åster Rehab Clinic');
    expect(names(sortProviders(all, { column: 'tags', direction: 'ascending' })).slice(0, 2)).toEqual(['Cedar Medical Massage', 'Åster Rehab Clinic']);
    expect(names(sortProviders(all, { column: 'tags', direction: 'descending' })).slice(0, 2)).toEqual(['Åster Rehab Clinic', 'Cedar Medical Massage']);
    expect(names(sortProviders(all, { column: 'tags', direction: 'descending' })).slice(2)).toEqual(['Birch Bodywork 9', 'birch bodywork 10', 'Willow Day Spa']);
  });

  it('does not change its input, and sorts then filters in queryProviders', () => {
    const input = [...all];
    sortProviders(input, { column: 'name', direction: 'ascending' });
    expect(input).toEqual(all);
    expect(names(queryProviders(all, { state: 'OR' }, { column: 'name', direction: 'descending' }))).toEqual(['Cedar Medical Massage', 'birch bodywork 10']);
  });
});

describe('10,000 providers', () => {
  const many = Array.from({ length: 10_000 }, (_, i) =>
    providerRecord(`p${i}`, {
      name: `Provider ${i}`,
      notes: `Visit notes for provider ${i}, with some words about neck pain and shoulders`.repeat(3),
      tags: i % 7 === 0 ? ['neck'] : [],
      state: ['OR', 'WA', 'CA'][i % 3],
      updatedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    }),
  );

  it('filters a keystroke well within a frame once the search texts are known', () => {
    filterProviders(many, { search: 'x' }); // first pass works out each record's search text
    const start = performance.now();
    const result = filterProviders(many, { search: 'provider 123', state: 'OR' });
    const elapsed = performance.now() - start;
    expect(result.every((p) => p.state === 'OR' && p.name.includes('123'))).toBe(true);
    expect(result.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(50); // generous for shared CI machines; typically a few ms
  });

  it('sorts them by name', () => {
    const sorted = sortProviders(many, { column: 'name', direction: 'ascending' });
    expect(sorted[0]!.name).toBe('Provider 0');
    expect(sorted[1]!.name).toBe('Provider 1');
    expect(sorted[2]!.name).toBe('Provider 2');
    expect(sorted.at(-1)!.name).toBe('Provider 9999');
  });
});
