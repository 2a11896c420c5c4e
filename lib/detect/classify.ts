import { ambiguousTerms as defaultAmbiguousTerms, dimensions as defaultDimensions } from '@/data/dimensions';
import {
  nonProviderCues,
  nonProviderSchemaTypes,
  providerCues,
  providerSchemaTypes,
  type PageCue,
} from '@/data/page-evidence';
import type { AmbiguousTerm, DetectionKind, DimensionId, Dimension, Signal, SignalSide } from '@/data/schemas';
import { dimensionIds } from '@/data/schemas';
import { massageTopicPattern } from '@/data/topic';
import { findCredentials, licenseNumberHints } from '@/lib/credentials';
import { insurerForUrl, insurerPageKind } from '@/lib/insurance';
import { readCoverage } from './coverage';
import type { PageSnapshot } from '@/lib/page/schema';
import { findPhrase, normaliseText, phraseRegExp } from '@/lib/text';
import type { Detection, Evidence, EvidenceWhere } from './schema';

interface Zone {
  where: EvidenceWhere;
  text: string;
}

/** Thresholds of the verdict, in signal points; tuned on tests/fixtures/pages (npm run eval). */
export const VERDICT_RULES = {
  minProviderPoints: 3,
  minSidePoints: 3,
  mixedMinEachSide: 5,
  mixedMinBalance: 0.25,
  snippetContext: 60,
} as const;

function zonesOf(snapshot: PageSnapshot): Zone[] {
  let path = '';
  try {
    const u = new URL(snapshot.url);
    path = decodeURIComponent(u.pathname).replace(/[/_.-]+/g, ' ');
  } catch {
    // An unparsable URL simply gives no URL evidence.
  }
  return [
    { where: 'url', text: normaliseText(path) },
    { where: 'title', text: normaliseText(snapshot.title) },
    { where: 'meta', text: normaliseText(snapshot.metaDescription) },
    { where: 'heading', text: normaliseText(snapshot.headings.join(' · ')) },
    { where: 'schema', text: normaliseText(snapshot.schemaItems.map((i) => `${i.types.join(' ')} ${i.text}`).join(' · ')) },
    { where: 'body', text: normaliseText(snapshot.text) },
  ];
}

interface Hit {
  where: EvidenceWhere;
  snippet: string;
}

function snippetAround(text: string, index: number, length: number): string {
  const ctx = VERDICT_RULES.snippetContext;
  const start = Math.max(0, index - ctx);
  const end = Math.min(text.length, index + length + ctx);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

const regexCache = new Map<string, RegExp>();
function cachedRegExp(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    re = phraseRegExp(pattern);
    regexCache.set(pattern, re);
  }
  return re;
}

/** The first zone (in the order url, title, meta, headings, schema, body) where the pattern occurs. */
function firstHit(pattern: string, zones: readonly Zone[]): Hit | undefined {
  const re = cachedRegExp(pattern);
  for (const zone of zones) {
    const m = findPhrase(re, zone.text);
    if (m) return { where: zone.where, snippet: snippetAround(zone.text, m.index, m[0].length) };
  }
  return undefined;
}

function matchedCues(cues: readonly PageCue[], zones: readonly Zone[]): PageCue[] {
  return cues.filter((cue) => firstHit(cue.pattern, zones));
}

const hasType = (snapshot: PageSnapshot, types: readonly string[]) =>
  snapshot.schemaItems.some((item) => item.types.some((t) => types.includes(t)));

const STREET_ADDRESS = '\\d{2,6} [A-Z][\\w.]*(?: [A-Z][\\w.]*){0,3} (?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|way|lane|ln|suite|ste|pkwy|parkway|hwy|highway|ct|court|pl|place)\\b';
const CITY_STATE_ZIP = /,\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?\b/;

function providerFacts(snapshot: PageSnapshot, zones: readonly Zone[]): Detection['provider'] {
  const business =
    snapshot.schemaItems.find((i) => i.types.some((t) => providerSchemaTypes.includes(t))) ??
    snapshot.schemaItems.find((i) => i.name && (i.telephone || i.address));
  const titleName = snapshot.title.split(/\s+[|\-–—:·]\s+/)[0]?.trim();
  const name = business?.name ?? (titleName || undefined);
  const phone = business?.telephone ?? snapshot.phoneLinks[0];
  const address = business?.address;
  const body = zones.find((z) => z.where === 'body')?.text ?? '';
  const regionFromAddress = address?.region?.trim().toUpperCase();
  const state =
    regionFromAddress && /^[A-Z]{2}$/.test(regionFromAddress)
      ? regionFromAddress
      : CITY_STATE_ZIP.exec(body)?.[1];
  return {
    ...(name ? { name } : {}),
    ...(phone ? { phone } : {}),
    ...(address ? { address } : {}),
    ...(state ? { state } : {}),
  };
}

/** Provider cues and counter-cues found on the page, each with its points. */
function pageCuesOf(snapshot: PageSnapshot, zones: readonly Zone[]) {
  const provider: { id: string; points: number }[] = matchedCues(providerCues, zones);
  if (hasType(snapshot, providerSchemaTypes)) provider.push({ id: 'business-schema', points: 2 });
  if (snapshot.phoneLinks.length || snapshot.schemaItems.some((i) => i.telephone)) provider.push({ id: 'phone', points: 1 });
  if (snapshot.schemaItems.some((i) => i.address) || firstHit(STREET_ADDRESS, zones)) provider.push({ id: 'address', points: 1 });
  const counter: { id: string; points: number }[] = matchedCues(nonProviderCues, zones);
  if (hasType(snapshot, nonProviderSchemaTypes)) counter.push({ id: 'non-provider-schema', points: 3 });
  const sum = (cues: { points: number }[]) => cues.reduce((s, c) => s + c.points, 0);
  return {
    providerPoints: sum(provider),
    counterPoints: sum(counter),
    ids: { provider: provider.map((c) => c.id), counter: counter.map((c) => c.id) },
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface ClassifyRules {
  dimensions: readonly Dimension[];
  ambiguousTerms: readonly AmbiguousTerm[];
}

const defaultRules: ClassifyRules = { dimensions: defaultDimensions, ambiguousTerms: defaultAmbiguousTerms };

/**
 * Classifies a page from its snapshot. Pure: same snapshot, same answer. Each signal scores at most
 * once per page, and every point given has a piece of evidence the patient can read.
 */
export function classify(snapshot: PageSnapshot, rules: ClassifyRules = defaultRules): Detection {
  const zones = zonesOf(snapshot);
  const dimensionScores = Object.fromEntries(
    dimensionIds.map((id) => [id, { clinical: 0, recreational: 0 }]),
  ) as Record<DimensionId, { clinical: number; recreational: number }>;
  const evidence: Evidence[] = [];

  const score = (dimension: DimensionId, side: SignalSide, signal: Signal) => {
    const hit = firstHit(signal.pattern, zones);
    if (!hit) return;
    dimensionScores[dimension][side] += signal.weight;
    evidence.push({ signalId: signal.id, dimension, side, label: signal.label, weight: signal.weight, ...hit });
  };
  for (const d of rules.dimensions) {
    for (const signal of d.clinical) score(d.id, 'clinical', signal);
    for (const signal of d.recreational) score(d.id, 'recreational', signal);
  }
  const ambiguous = rules.ambiguousTerms.flatMap((term) => {
    const hit = firstHit(term.pattern, zones);
    return hit ? [{ id: term.id, note: term.note, snippet: hit.snippet }] : [];
  });

  const clinicalScore = evidence.filter((e) => e.side === 'clinical').reduce((s, e) => s + e.weight, 0);
  const recreationalScore = evidence.filter((e) => e.side === 'recreational').reduce((s, e) => s + e.weight, 0);
  const insurerMatch = insurerForUrl(snapshot.url);
  const cues = pageCuesOf(snapshot, zones);
  const provider = providerFacts(snapshot, zones);
  const credentials = findCredentials(zones.map((z) => z.text).join(' · '));
  const base = {
    kind: 'none' as DetectionKind,
    reason: 'not-about-massage' as Detection['reason'],
    confidence: 0,
    url: snapshot.url,
    clinicalScore,
    recreationalScore,
    dimensionScores,
    evidence,
    ambiguous,
    provider,
    credentials,
    hints: [] as Detection['hints'],
    pageCues: cues.ids,
  };

  if (insurerMatch) {
    const { insurer, unverifiedHost } = insurerMatch;
    const page = insurerPageKind(snapshot);
    return {
      ...base,
      kind: 'insurer',
      reason: 'insurer-host',
      confidence: unverifiedHost ? 0.6 : 0.95,
      provider: {},
      insurer: { id: insurer.id, name: insurer.name, kind: insurer.kind, unverifiedHost, page },
      coverage: readCoverage(snapshot, { policy: page === 'policy' }),
    };
  }

  const topicHit = firstHit(massageTopicPattern, zones);
  if (!topicHit) return { ...base, kind: 'none', reason: 'not-about-massage', confidence: 0.9 };

  const { providerPoints, counterPoints } = cues;
  if (providerPoints < VERDICT_RULES.minProviderPoints || providerPoints <= counterPoints) {
    return { ...base, kind: 'none', reason: 'not-a-provider', confidence: round2(Math.min(0.9, 0.5 + counterPoints / 10)) };
  }

  const top = Math.max(clinicalScore, recreationalScore);
  const low = Math.min(clinicalScore, recreationalScore);
  if (top < VERDICT_RULES.minSidePoints) {
    return { ...base, kind: 'none', reason: 'too-little-evidence', confidence: 0.4 };
  }
  const balance = low / top;
  base.hints = licenseNumberHints(provider.state, credentials);
  const bothStrong = low >= VERDICT_RULES.mixedMinEachSide && balance >= VERDICT_RULES.mixedMinBalance;
  if (bothStrong || clinicalScore === recreationalScore) {
    const strength = Math.min(1, (clinicalScore + recreationalScore) / 20);
    return { ...base, kind: 'mixed-massage', reason: 'scored', confidence: round2(0.5 * strength + 0.5 * balance) };
  }
  const strength = Math.min(1, top / 12);
  const purity = (top - low) / (top + low);
  return {
    ...base,
    kind: clinicalScore > recreationalScore ? 'clinical-massage' : 'recreational-massage',
    reason: 'scored',
    confidence: round2(0.5 * strength + 0.5 * purity),
  };
}
