// When two saves are the same provider: a listing saved from a directory's results page, and the
// provider's own page (or its page on the directory) saved later. Pure: db.ts does the reading and
// writing. The rules, in order:
//   1. the same provider page after normalising (normaliseProviderUrl) — its id or one of its aliases;
//   2. the same name (ignoring case, accents, punctuation, "&"/"and" and LLC-like endings), and
//      every detail both sides have agrees: phone (last 10 digits), street (number and words, with
//      street-type words shortened), state. Details only one side has neither help nor hurt.
//      Rule 2 joins a listing to any record, and a page only to a record saved from a listing: two
//      pages of one site saved from the popup stay one record per page, as before listings.
import { normaliseProviderUrl } from './normalise-url';
import { SHORTLIST_LIMITS as L, type ProviderRecord, type SeenOn } from './schema';

/** What a save says about who the provider is. */
export interface ProviderIdentity {
  name?: string;
  phone?: string;
  address?: ProviderRecord['address'];
  state?: string;
}

const COMPANY_ENDINGS = /\b(?:llc|l l c|inc|pllc|pc|p c|ltd|co|corp)\b/g;

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(COMPANY_ENDINGS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function phoneKey(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return digits.length >= 10 ? digits.slice(-10) : undefined;
}

const STREET_WORDS: Record<string, string> = {
  street: 'st',
  avenue: 'ave',
  av: 'ave',
  road: 'rd',
  boulevard: 'blvd',
  drive: 'dr',
  lane: 'ln',
  parkway: 'pkwy',
  highway: 'hwy',
  court: 'ct',
  place: 'pl',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
};

/** The street line without its suite or unit, in a comparable form; undefined without a house number. */
export function streetKey(street: string | undefined): string | undefined {
  if (!street) return undefined;
  const main = street.toLowerCase().split(/,|\b(?:suite|ste|unit|apt|floor|fl)\b|#/)[0] ?? '';
  const words = main
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => STREET_WORDS[w] ?? w);
  return words.length >= 2 && /^\d/.test(words[0]!) ? words.join(' ') : undefined;
}

const stateOf = (p: ProviderIdentity) => (p.state ?? p.address?.region)?.trim().toUpperCase() || undefined;

/** Rule 2 above: same name, and nothing both sides know disagrees. */
export function sameProvider(a: ProviderIdentity, b: ProviderIdentity): boolean {
  if (!a.name || !b.name || nameKey(a.name) !== nameKey(b.name) || !nameKey(a.name)) return false;
  const pairs: [string | undefined, string | undefined][] = [
    [phoneKey(a.phone), phoneKey(b.phone)],
    [streetKey(a.address?.street), streetKey(b.address?.street)],
    [stateOf(a), stateOf(b)],
  ];
  return pairs.every(([x, y]) => x === undefined || y === undefined || x === y);
}

/**
 * A card's one-line address ("412 Court St, Brooklyn, NY 11201") as the shortlist's parts. Only
 * what is recognisable is kept: a street with a house number, a town, a two-letter state, a ZIP.
 */
export function addressFromLine(line: string | undefined): ProviderRecord['address'] | undefined {
  if (!line) return undefined;
  const parts = line
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const address: NonNullable<ProviderRecord['address']> = {};
  if (parts[0] && /^\d/.test(parts[0])) address.street = parts.shift()!.slice(0, L.addressPart);
  const last = parts[parts.length - 1];
  const stateZip = last?.match(/^([A-Z]{2})(?:\s+(\d{5}(?:-\d{4})?))?$/);
  if (stateZip) {
    parts.pop();
    address.region = stateZip[1]!;
    if (stateZip[2]) address.postalCode = stateZip[2];
  }
  if (parts[0]) address.locality = parts[0].slice(0, L.addressPart);
  return Object.keys(address).length ? address : undefined;
}

/** The normalised addresses a record answers to: its id and its aliases. */
const addressesOf = (record: ProviderRecord): string[] => [record.id, ...(record.aliases ?? [])];

/** `aliases` with `id` added (unless it is the record's own id), oldest dropped past the limit. */
export function withAlias(record: ProviderRecord, id: string): string[] | undefined {
  if (addressesOf(record).includes(id)) return record.aliases;
  return [...(record.aliases ?? []), id].slice(-L.aliases);
}

/** `seenOn` with this listing in it: a listing saved again from the same directory page replaces its entry. */
export function withSeenOn(record: Pick<ProviderRecord, 'seenOn'>, entry: SeenOn): SeenOn[] {
  const key = (s: SeenOn) => `${s.directory}\u0000${safeNormalise(s.link)}`;
  const others = (record.seenOn ?? []).filter((s) => key(s) !== key(entry));
  return [...others, entry].slice(-L.seenOn);
}

function safeNormalise(url: string): string {
  try {
    return normaliseProviderUrl(url);
  } catch {
    return url;
  }
}

/**
 * Whether all a record knows came from directory cards: then a listing saved later may refresh its
 * verdict, and the provider's own page, once saved, becomes the link it opens.
 */
export function fromListingsOnly(record: ProviderRecord): boolean {
  return (
    !!record.seenOn?.length &&
    record.evidenceSummary.length === 0 &&
    record.credentials.length === 0 &&
    record.seenOn.some((s) => safeNormalise(s.link) === safeNormalise(record.url))
  );
}
