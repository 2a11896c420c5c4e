// Finds the listings of a directory's results page in a Document: through a directory's adapter
// (data/directories.ts, handed in as plain data) or, without one, by the shape of the page.
// Zod-free and free of data/ tables: the in-page listings script bundles it, and happy-dom in Node
// runs the same code for `npm run classify` and the tests.
import type { CardSelectors } from '@/data/directories';
import { CARD_LIMITS } from './card-limits';
import type { ListingCard } from './listing-schema';

/** The parts of an adapter the finder needs; data/directories.ts holds the full entries. */
export interface CardAdapter {
  id: string;
  businessPath: string;
  selectors: CardSelectors;
}

/** A listing found in the page: its data, and the elements a chip goes beside. */
export interface FoundCard {
  element: Element;
  nameElement: Element;
  card: ListingCard;
}

/** The generic finder's thresholds. */
const GENERIC_RULES = {
  minCards: 4,
  minCardText: 30,
  maxCardText: 3000,
  /** A card may link to a few places (its page, its website, its booking page), not to many. */
  maxTargetsPerCard: 3,
  /** Share of a list's element children that must look like cards. */
  minCardShare: 0.5,
  /** Share of those cards that must each link to a place no sibling links to. */
  minOwnPlaceShare: 0.85,
  /** Real directories nest a card's name link 12 to 15 elements deep (a 2022 Yelp results page). */
  maxDepth: 16,
} as const;

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select', 'button']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Our own chips carry this attribute: their text is never part of a card. */
export const CHIP_HOST_ATTRIBUTE = 'data-knead-to-know-chip';

const squash = (s: string, max: number) => s.replace(/\s+/g, ' ').trim().slice(0, max);

function skipped(el: Element): boolean {
  if (SKIPPED.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute(CHIP_HOST_ATTRIBUTE)) return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

/** Any element whose subtree the walk below could leave out (a `style` attribute only may hide). */
const MAYBE_SKIPPED = `${[...SKIPPED].join(', ')}, [hidden], [aria-hidden="true"], [style], [${CHIP_HOST_ATTRIBUTE}]`;

/** An element's visible text, by the snapshot's rules (inline styles only), capped. */
function visibleText(root: Element, max: number = CARD_LIMITS.text): string {
  if (skipped(root)) return '';
  const parts: string[] = [];
  let length = 0;
  const add = (value: string | null) => {
    if (value && value.trim()) {
      parts.push(value);
      length += value.length + 1;
    }
  };
  // Most cards hold nothing to leave out: then the browser's own walk over the text nodes reads the
  // same text, and a results page's first scan runs mostly cold code, where every JS step counts.
  if (!root.querySelector(MAYBE_SKIPPED)) {
    const texts = root.ownerDocument.createTreeWalker(root, 4);
    for (let node = texts.nextNode(); node && length < max; node = texts.nextNode()) add(node.nodeValue);
    return squash(parts.join(' '), max);
  }
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && length < max; child = child.nextSibling) {
      if (child.nodeType === 3) add(child.nodeValue);
      else if (child.nodeType === 1 && !skipped(child as Element)) walk(child);
    }
  };
  walk(root);
  return squash(parts.join(' '), max);
}

/** The address a link leads to, without its fragment; undefined for anything but a web page. */
function linkTarget(a: Element, base: string): URL | undefined {
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#')) return undefined;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url;
  } catch {
    return undefined;
  }
}

/** What makes two links "the same place": host and path, not the tracking query. */
const placeOf = (url: URL) => `${url.host}${url.pathname.replace(/\/$/, '')}`;

function phonesIn(el: Element): string[] {
  const phones = new Set<string>();
  for (const a of el.querySelectorAll('a[href^="tel:" i]')) {
    if (phones.size >= CARD_LIMITS.phones) break;
    const value = squash(decodeSafe(a.getAttribute('href')!.slice(4)), CARD_LIMITS.field);
    if (value) phones.add(value);
  }
  return [...phones];
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Directories number their results ("3. Harbor Massage"); the number is not part of the name. */
const cleanName = (s: string) => squash(s.replace(/^\s*\d{1,3}\s*[.)]\s+/, ''), CARD_LIMITS.name);
// A directory may print the field's own label inside it ("Specialty: Physical Therapy").
const withoutFieldLabel = (s: string) => s.replace(/^\s*(?:specialt(?:y|ies)|categor(?:y|ies))\s*:\s*/i, '');

function readCard(
  element: Element,
  nameElement: Element,
  link: string,
  parts: { category?: string; snippet?: string; address?: string; badges?: string[] } = {},
): FoundCard | undefined {
  const name = cleanName(visibleText(nameElement, CARD_LIMITS.name * 2));
  if (!name) return undefined;
  const card: ListingCard = {
    name,
    link: link.slice(0, CARD_LIMITS.link),
    badges: (parts.badges ?? []).filter(Boolean).slice(0, CARD_LIMITS.badges).map((b) => b.slice(0, CARD_LIMITS.badge)),
    text: visibleText(element),
    phones: phonesIn(element),
  };
  const category = parts.category && withoutFieldLabel(parts.category);
  if (category) card.category = category.slice(0, CARD_LIMITS.field);
  if (parts.snippet) card.snippet = parts.snippet.slice(0, CARD_LIMITS.snippet);
  if (parts.address) card.address = parts.address.slice(0, CARD_LIMITS.field);
  return { element, nameElement, card };
}

function query(root: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

function queryAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** How much of a page a finder reads. */
export interface FindOptions {
  /** At most this many cards (a hostile page must not make the list long). */
  limit?: number;
  /** Cards to leave unread, e.g. those that already have a chip: their text is not read again. */
  skip?: (element: Element) => boolean;
  /**
   * By shape, on a known directory whose selectors no longer match: only links to its business
   * pages count (its `businessPath`), so a carousel of its articles is not taken for listings.
   */
  businessPath?: string;
}

/** A listing the adapter's selectors found, before any of its text is read: where it is, its name's element and its link. */
export interface LocatedCard {
  element: Element;
  nameElement: Element;
  link: string;
}

/**
 * The listings as the directory's adapter describes them, found by selectors alone, which is
 * cheap; reading a card's text (`readLocatedCard`) is the costly part. Cards whose link is not a
 * business page are left out.
 */
export function locateCardsWithAdapter(doc: Document, pageUrl: string, adapter: CardAdapter, options: FindOptions = {}): LocatedCard[] {
  const limit = options.limit ?? CARD_LIMITS.cards;
  const s = adapter.selectors;
  let businessPath: RegExp;
  try {
    businessPath = new RegExp(adapter.businessPath);
  } catch {
    return [];
  }
  const located: LocatedCard[] = [];
  let outer: Element | undefined;
  for (const element of queryAll(doc, s.card)) {
    if (located.length >= limit) break;
    // A card inside a card (a nested match of a loose selector) is part of the outer one, read or not.
    if (outer?.contains(element)) continue;
    if (options.skip?.(element)) {
      outer = element;
      continue;
    }
    const nameElement = query(element, s.name);
    if (!nameElement) continue;
    const linkElement =
      query(element, s.link) ?? nameElement.closest('a[href]') ?? nameElement.querySelector('a[href]');
    const target = linkElement && linkTarget(linkElement, pageUrl);
    if (!target || !businessPath.test(target.pathname)) continue;
    located.push({ element, nameElement, link: target.href });
    outer = element;
  }
  return located;
}

/** A located card's name, text, category, snippet, address and badges, by the adapter's selectors; undefined without a name. */
export function readLocatedCard({ element, nameElement, link }: LocatedCard, s: CardSelectors): FoundCard | undefined {
  const text = (selector?: string) => {
    const el = query(element, selector);
    return el ? visibleText(el, CARD_LIMITS.snippet) || undefined : undefined;
  };
  return readCard(element, nameElement, link, {
    category: text(s.category),
    snippet: text(s.snippet),
    address: text(s.address),
    badges: queryAll(element, s.badges).map((b) => visibleText(b, CARD_LIMITS.badge)),
  });
}

/** The listings as the directory's adapter describes them, each read in full. */
export function findCardsWithAdapter(doc: Document, pageUrl: string, adapter: CardAdapter, options: FindOptions = {}): FoundCard[] {
  return locateCardsWithAdapter(doc, pageUrl, adapter, options).flatMap((card) => readLocatedCard(card, adapter.selectors) ?? []);
}

interface Candidate {
  /** Distinct places this child links to, with how often, in document order. */
  targets: Map<string, { url: URL; count: number; inHeading: boolean }>;
}

/** The place a card is about: the one its heading links to, else the one it links to most. */
function primaryTarget(candidate: Candidate) {
  const entries = [...candidate.targets.values()];
  return entries.find((t) => t.inHeading) ?? entries.reduce((a, b) => (b.count > a.count ? b : a));
}

const HEADING = 'h1, h2, h3, h4, h5, [role="heading"]';

function nameElementOf(element: Element, place: string, base: string): Element | undefined {
  for (const heading of element.querySelectorAll(HEADING)) {
    const a = heading.querySelector('a[href]') ?? heading.closest('a[href]');
    const target = a && linkTarget(a, base);
    if (target && placeOf(target) === place && visibleText(heading)) return heading;
  }
  const firstHeading = element.querySelector(HEADING);
  if (firstHeading && visibleText(firstHeading)) return firstHeading;
  // No heading: the link to the card's place with the longest text, up to a name's length.
  let best: Element | undefined;
  let bestLength = 0;
  for (const a of element.querySelectorAll('a[href]')) {
    const target = linkTarget(a, base);
    const length = visibleText(a, CARD_LIMITS.name).length;
    if (target && placeOf(target) === place && length > bestLength && length <= 120) {
      best = a;
      bestLength = length;
    }
  }
  return best;
}

type LinkParents = Map<Element, Map<Element, Candidate>>;

/** For every ancestor (up to maxDepth) of every link, its children that hold links, and where those links go. */
function linkParents(body: HTMLElement, pageUrl: string, businessPath?: RegExp): LinkParents {
  const pagePlace = (() => {
    try {
      return placeOf(new URL(pageUrl));
    } catch {
      return '';
    }
  })();
  const byParent: LinkParents = new Map();
  for (const a of body.querySelectorAll('a[href]')) {
    const url = linkTarget(a, pageUrl);
    if (!url) continue;
    const place = placeOf(url);
    if (place === pagePlace || (businessPath && !businessPath.test(url.pathname))) continue;
    const heading = a.closest(HEADING);
    let child: Element = a;
    for (let depth = 0; depth < GENERIC_RULES.maxDepth && child !== body; depth++) {
      const parent = child.parentElement;
      if (!parent) break;
      const children = byParent.get(parent) ?? byParent.set(parent, new Map()).get(parent)!;
      const candidate = children.get(child) ?? children.set(child, { targets: new Map() }).get(child)!;
      const inHeading = !!heading && child.contains(heading);
      const entry = candidate.targets.get(place);
      if (entry) {
        entry.count += 1;
        entry.inHeading ||= inHeading;
      } else candidate.targets.set(place, { url, count: 1, inHeading });
      child = parent;
    }
  }
  return byParent;
}

interface CardList {
  parent: Element;
  cards: { element: Element; url: URL; place: string }[];
}

/** The children of one parent that pass as a list of cards, or undefined when they do not. */
function cardListOf(parent: Element, children: Map<Element, Candidate>, onlyBusinessLinks: boolean): CardList | undefined {
  if (children.size < GENERIC_RULES.minCards) return undefined;
  const cards: CardList['cards'] = [];
  const tags = new Map<string, number>();
  for (const [element, candidate] of children) {
    if (candidate.targets.size > GENERIC_RULES.maxTargetsPerCard || skipped(element)) continue;
    const length = visibleText(element, GENERIC_RULES.maxCardText + 1).length;
    if (length < GENERIC_RULES.minCardText || length > GENERIC_RULES.maxCardText) continue;
    const primary = primaryTarget(candidate);
    cards.push({ element, url: primary.url, place: placeOf(primary.url) });
    tags.set(element.localName, (tags.get(element.localName) ?? 0) + 1);
  }
  // Cards are alike: keep the most common tag among them.
  const [tag] = [...tags.entries()].reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  const alike = cards.filter((c) => c.element.localName === tag);
  const places = new Set(alike.map((c) => c.place));
  // Where only business links count, the list's other items (ads, spacers, pagination, related
  // searches, which directories put in the same list) hold none and are not weighed.
  const items = onlyBusinessLinks ? children.size : parent.children.length;
  // Nearly every card links to a place of its own; a block that repeats one of them (a featured
  // review of a listing above) is dropped when read, as the second link to a place always is.
  const alikeEnough =
    places.size >= GENERIC_RULES.minCards &&
    places.size / alike.length >= GENERIC_RULES.minOwnPlaceShare &&
    alike.length / items >= GENERIC_RULES.minCardShare;
  return alikeEnough ? { parent, cards: alike } : undefined;
}

/**
 * The longest list, and any other list of the same kind of card (a sponsored block above the
 * results, the next batch appended by infinite scroll into a new container), in document order.
 */
function chosenLists(lists: CardList[]): CardList[] {
  lists.sort((a, b) => b.cards.length - a.cards.length);
  const shape = (l: CardList) => `${l.cards[0]!.element.localName}.${l.cards[0]!.element.classList[0] ?? ''}`;
  const best = lists[0]!;
  const bestShape = shape(best);
  return lists
    .filter((l, i) => i === 0 || (shape(l) === bestShape && !best.parent.contains(l.parent) && !l.parent.contains(best.parent)))
    .sort((a, b) => (a.parent.compareDocumentPosition(b.parent) & 4 ? -1 : 1));
}

/**
 * The listings of a results page found by shape alone, for directories without an adapter or
 * whose adapter no longer matches: a parent with several children of one tag, nearly each linking
 * to one place that no sibling links to, with some text. Navigation, pagination and filter lists
 * fail the text test; a card's inner blocks fail the "a place of its own" test.
 */
export function findCardsGeneric(doc: Document, pageUrl: string, options: FindOptions = {}): FoundCard[] {
  const limit = options.limit ?? CARD_LIMITS.cards;
  const body = doc.body;
  if (!body) return [];
  let businessPath: RegExp | undefined;
  try {
    businessPath = options.businessPath === undefined ? undefined : new RegExp(options.businessPath);
  } catch {
    return [];
  }
  const lists: CardList[] = [];
  for (const [parent, children] of linkParents(body, pageUrl, businessPath)) {
    const list = cardListOf(parent, children, !!businessPath);
    if (list) lists.push(list);
  }
  if (!lists.length) return [];
  const found: FoundCard[] = [];
  const seen = new Set<string>();
  // Each list's cards are already in document order (links were met in that order); only the few
  // lists need ordering among themselves.
  for (const { element, url, place } of chosenLists(lists).flatMap((l) => l.cards)) {
    if (found.length >= limit) break;
    if (seen.has(place)) continue;
    if (options.skip?.(element)) {
      seen.add(place);
      continue;
    }
    const nameElement = nameElementOf(element, place, pageUrl);
    if (!nameElement) continue;
    const card = readCard(element, nameElement, url.href);
    if (card) {
      seen.add(place);
      found.push(card);
    }
  }
  return found;
}

// What a business card shows and a list of articles or services does not: a rating or review
// count, a street address or "City, ST", a phone link, a distance.
const BUSINESS_DETAILS = [
  /\b[1-5](?:\.\d)?\s*(?:stars?|★|out of 5)|\(\s*\d[\d,]*\s*(?:reviews?|ratings?)\s*\)|\b\d[\d,]*\s+(?:reviews?|ratings?)\b/i,
  /\b\d{1,6}\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Way|Lane|Ln|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Place)\b/,
  /\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*,\s*[A-Z]{2}\b/,
  /\b\d+(?:\.\d+)?\s*(?:mi|miles?|km)\b/i,
];

/** Share of cards that must carry a business detail before a page counts as results by shape. */
const MIN_BUSINESS_SHARE = 0.6;

// A card named by its street address ("103 Twin Oaks Circle") is one business's branch: a practice
// with several offices lists them on its own home page, each with a phone, as a directory lists
// businesses. A directory's card is named by the business.
const NAMED_BY_STREET_ADDRESS = /^\d{1,6}\s+[A-Za-z]/;

export function looksLikeBusinessCards(cards: readonly FoundCard[]): boolean {
  if (!cards.length) return false;
  if (cards.filter(({ card }) => NAMED_BY_STREET_ADDRESS.test(card.name)).length / cards.length >= MIN_BUSINESS_SHARE) return false;
  const business = cards.filter(({ card }) => card.phones.length > 0 || BUSINESS_DETAILS.some((re) => re.test(card.text)));
  return business.length / cards.length >= MIN_BUSINESS_SHARE;
}
