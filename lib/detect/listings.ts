// Verdicts for the listings of a directory's results page. Each card is classified on its own, by
// the same classify() and signal tables as a page, so that nothing of one listing (or of the
// directory's filters around the cards) leaks into another's verdict. Pure: no DOM here.
import { dimensionIds, type DimensionId } from '@/data/schemas';
import type { ListingCard } from '@/lib/page/listing-schema';
import type { PageSnapshot } from '@/lib/page/schema';
import { classify, type ClassifyRules } from './classify';
import { MAX_LISTINGS, type Listing, type ListingStrength } from './listing-schema';
import type { Detection, Evidence } from './schema';

/**
 * A card is one business by the directory's own word, so the page's "is this a provider at all"
 * test does not apply to it; its signals do. When classify() does not score a card (too little
 * text for a page), a card still leans to a side with this many points and nothing close on the
 * other. A verdict is "clear" only with as much evidence as a provider's own page would need.
 */
const CARD_RULES = {
  minLeanPoints: 2,
  clearPoints: 6,
  /** Both sides at least this close (smaller over larger) make a card lean both ways. */
  mixedBalance: 0.5,
  maxReasons: 4,
} as const;

/** The snapshot of one card, as if it were a tiny page of its own. */
export function cardSnapshot(card: ListingCard): PageSnapshot {
  return {
    url: card.link,
    title: card.name,
    metaDescription: '',
    headings: [card.name, ...(card.category ? [card.category] : [])],
    schemaItems: [],
    text: card.text,
    textTruncated: false,
    phoneLinks: card.phones,
    emailLinks: [],
  };
}

type ListingKind = Listing['kind'];

function verdictOf(detection: Detection): { kind: ListingKind; strength: ListingStrength } {
  const c = detection.clinicalScore;
  const r = detection.recreationalScore;
  const top = Math.max(c, r);
  const low = Math.min(c, r);
  if (detection.reason === 'scored' && detection.kind !== 'none' && detection.kind !== 'insurer') {
    const clear =
      detection.kind === 'mixed-massage' ? low >= CARD_RULES.clearPoints : top >= CARD_RULES.clearPoints && low === 0;
    return { kind: detection.kind, strength: clear ? 'clear' : 'leans' };
  }
  // A card that does not mention massage at all (a physical therapy clinic, a nail salon) is not a
  // massage listing, whatever else it says.
  if (detection.reason === 'not-about-massage' || top < CARD_RULES.minLeanPoints) return { kind: 'none', strength: 'unclear' };
  if (low >= CARD_RULES.minLeanPoints && low / top >= CARD_RULES.mixedBalance) return { kind: 'mixed-massage', strength: 'leans' };
  if (top === low) return { kind: 'none', strength: 'unclear' };
  return {
    kind: c > r ? 'clinical-massage' : 'recreational-massage',
    strength: top >= CARD_RULES.clearPoints && low === 0 ? 'clear' : 'leans',
  };
}

/** The evidence to show for a verdict: its own side first, strongest first. */
function reasonsFor(kind: ListingKind, evidence: readonly Evidence[]): Listing['reasons'] {
  const first = kind === 'recreational-massage' ? 'recreational' : 'clinical';
  const ordered = [...evidence].sort((a, b) => Number(b.side === first) - Number(a.side === first) || b.weight - a.weight);
  const picked = kind === 'mixed-massage' ? interleave(ordered) : ordered;
  return picked.slice(0, CARD_RULES.maxReasons).map((e) => ({ side: e.side, label: e.label.slice(0, 200), snippet: e.snippet.slice(0, 400) }));
}

/** Both sides' strongest evidence in turn, so a mixed verdict shows both. */
function interleave(evidence: readonly Evidence[]): Evidence[] {
  const clinical = evidence.filter((e) => e.side === 'clinical');
  const recreational = evidence.filter((e) => e.side === 'recreational');
  const out: Evidence[] = [];
  for (let i = 0; i < Math.max(clinical.length, recreational.length); i++) {
    if (clinical[i]) out.push(clinical[i]!);
    if (recreational[i]) out.push(recreational[i]!);
  }
  return out;
}

/** One listing's verdict, from its own card only. */
export function classifyListing(card: ListingCard, rules?: ClassifyRules): Listing {
  const detection = classify(cardSnapshot(card), rules);
  const { kind, strength } = verdictOf(detection);
  return {
    name: card.name,
    link: card.link,
    kind,
    strength,
    reasons: reasonsFor(kind, detection.evidence),
    ...(card.category ? { category: card.category } : {}),
    ...(card.address ? { address: card.address } : {}),
    ...(card.phones[0] ? { phone: card.phones[0] } : {}),
  };
}

const emptyScores = () =>
  Object.fromEntries(dimensionIds.map((id) => [id, { clinical: 0, recreational: 0 }])) as Record<
    DimensionId,
    { clinical: number; recreational: number }
  >;

/**
 * A results page's own Detection: never a provider. What its text as a whole scored came from
 * many listings and from the directory's filters, so none of it is kept: no evidence, no provider
 * facts, no credentials; the listings carry their own verdicts instead. An insurer's page (its
 * "find a provider" results included) stays the insurer's.
 */
export function resultsPageDetection(page: Detection, cards: readonly ListingCard[], rules?: ClassifyRules): Detection {
  if (page.kind === 'insurer') return page;
  const listings = cards.slice(0, MAX_LISTINGS).map((card) => classifyListing(card, rules));
  const { insurer: _insurer, ...rest } = page;
  return {
    ...rest,
    kind: 'none',
    // The popup then says "a list of many providers, not one", not "does not look like a place that offers it".
    reason: 'results-page',
    confidence: 0.9,
    clinicalScore: 0,
    recreationalScore: 0,
    dimensionScores: emptyScores(),
    evidence: [],
    ambiguous: [],
    provider: {},
    credentials: [],
    hints: [],
    pageCues: { provider: [], counter: [...page.pageCues.counter.filter((c) => c !== 'directory-results'), 'directory-results'].slice(-30) },
    listings,
  };
}

const ORDER: Record<ListingKind, number> = { 'clinical-massage': 0, 'mixed-massage': 1, none: 2, 'recreational-massage': 3 };
const STRENGTH_ORDER: Record<ListingStrength, number> = { clear: 0, leans: 1, unclear: 2 };

/** Clinical first, then mixed, unclear and spa; stronger verdicts first within each. Stable. */
export function clinicalFirst(listings: readonly Listing[]): Listing[] {
  return [...listings].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength]);
}

export interface ListingCounts {
  total: number;
  clinical: number;
  spa: number;
  mixed: number;
  unclear: number;
}

/** "12 listings: 3 lean clinical, 7 spa, 2 unclear" in numbers. */
export function countListings(listings: readonly Listing[]): ListingCounts {
  const count = (kind: ListingKind) => listings.filter((l) => l.kind === kind).length;
  return {
    total: listings.length,
    clinical: count('clinical-massage'),
    spa: count('recreational-massage'),
    mixed: count('mixed-massage'),
    unclear: count('none'),
  };
}
