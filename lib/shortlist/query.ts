import { detectionKindTable, type DetectionKind } from '@/data/detection-kinds';
import { providerStatuses, type ProviderRecord, type ProviderStatus } from './schema';

/**
 * Sorting and filtering the shortlist for the options page's table. Pure functions over records;
 * fast enough per keystroke for 10,000 providers because each record's search text is worked out
 * once (records are never mutated: an edit replaces the object, so caching by identity is safe).
 */

export type SortKey = 'name' | 'kind' | 'status' | 'state' | 'tags' | 'updatedAt';
type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  column: SortKey;
  direction: SortDirection;
}
/** The table's order when nothing was clicked: most recently changed first, as list() returns. */
export const DEFAULT_SORT: SortOrder = { column: 'updatedAt', direction: 'descending' };

/** The state filter's value for providers whose state is not known. */
export const NO_STATE = '--';

export interface ProviderFilter {
  /** Words to find, in any order, in the name, notes, tags or address (case and accents ignored). */
  search?: string;
  status?: ProviderStatus;
  kind?: DetectionKind;
  /** A two-letter code, or NO_STATE. */
  state?: string;
}

/** Lower case, accents removed, runs of white space made one space. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const searchTexts = new WeakMap<ProviderRecord, string>();

/** What the search box looks through for one provider: name, notes, tags and address. */
export function searchTextOf(provider: ProviderRecord): string {
  let text = searchTexts.get(provider);
  if (text === undefined) {
    const a = provider.address;
    text = normaliseForSearch(
      [provider.name, provider.notes, provider.tags.join(' '), a?.street, a?.locality, a?.region, a?.postalCode].filter(Boolean).join('\n'),
    );
    searchTexts.set(provider, text);
  }
  return text;
}

/** The search box's words, normalised; an empty list matches everything. */
export function searchTerms(search: string | undefined): string[] {
  const normalised = normaliseForSearch(search ?? '');
  return normalised ? normalised.split(' ') : [];
}

function matchesFilter(provider: ProviderRecord, filter: ProviderFilter, terms: readonly string[] = searchTerms(filter.search)): boolean {
  if (filter.status && provider.status !== filter.status) return false;
  if (filter.kind && provider.kind !== filter.kind) return false;
  if (filter.state) {
    if (filter.state === NO_STATE ? provider.state !== undefined : provider.state !== filter.state) return false;
  }
  if (terms.length > 0) {
    const text = searchTextOf(provider);
    for (const term of terms) if (!text.includes(term)) return false;
  }
  return true;
}

/** The providers that pass the filter, in the order given. */
export function filterProviders(providers: readonly ProviderRecord[], filter: ProviderFilter): ProviderRecord[] {
  const terms = searchTerms(filter.search);
  if (!filter.status && !filter.kind && !filter.state && terms.length === 0) return [...providers];
  return providers.filter((p) => matchesFilter(p, filter, terms));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const kindRank = (kind: DetectionKind) => detectionKindTable[kind].shortlistRank;
/** Statuses in the order a patient works through them. */
const statusRank = Object.fromEntries(providerStatuses.map((s, i) => [s, i])) as Record<ProviderStatus, number>;

type Key = string | number | undefined;
function sortValue(p: ProviderRecord, key: SortKey): Key {
  switch (key) {
    case 'name':
      return p.name;
    case 'kind':
      return kindRank(p.kind);
    case 'status':
      return statusRank[p.status];
    case 'state':
      return p.state;
    case 'tags':
      return p.tags.length ? p.tags.join(', ') : undefined;
    case 'updatedAt':
      return p.updatedAt;
  }
}

function compareKeys(a: Key, b: Key, key: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (key === 'updatedAt') return a! < b! ? -1 : a! > b! ? 1 : 0;
  return collator.compare(String(a), String(b));
}

/**
 * A sorted copy. Missing values (no state, no tags) come last in either direction; ties are
 * broken by name, then by id, so the order is always the same for the same records.
 */
export function sortProviders(providers: readonly ProviderRecord[], order: SortOrder): ProviderRecord[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const decorated = providers.map((p) => ({ p, k: sortValue(p, order.column) }));
  decorated.sort((x, y) => {
    if (x.k === undefined || y.k === undefined) {
      if (x.k !== y.k) return x.k === undefined ? 1 : -1;
    } else {
      const c = compareKeys(x.k, y.k, order.column);
      if (c !== 0) return sign * c;
    }
    return collator.compare(x.p.name, y.p.name) || (x.p.id < y.p.id ? -1 : x.p.id > y.p.id ? 1 : 0);
  });
  return decorated.map((d) => d.p);
}

/** Sorted, then filtered: what the table shows. */
export function queryProviders(providers: readonly ProviderRecord[], filter: ProviderFilter, order: SortOrder = DEFAULT_SORT): ProviderRecord[] {
  return filterProviders(sortProviders(providers, order), filter);
}

/** The states present in the shortlist, for the state filter. */
export function statesIn(providers: readonly ProviderRecord[]): { states: string[]; someUnknown: boolean } {
  const seen = new Set<string>();
  let someUnknown = false;
  for (const p of providers) {
    if (p.state) seen.add(p.state);
    else someUnknown = true;
  }
  return { states: [...seen].sort(), someUnknown };
}

/** The kinds present in the shortlist, most clinical first, for the kind filter. */
export function kindsIn(providers: readonly ProviderRecord[]): DetectionKind[] {
  const seen = new Set<DetectionKind>();
  for (const p of providers) seen.add(p.kind);
  return [...seen].sort((a, b) => kindRank(a) - kindRank(b));
}
