import { ambiguousTerms as defaultAmbiguousTerms, dimensions as defaultDimensions } from '@/data/dimensions';
import {
  nonProviderCues,
  nonProviderSchemaTypes,
  providerCues,
  providerSchemaTypes,
  type PageCue,
} from '@/data/page-evidence';
import type { PageType } from '@/data/page-types';
import type { AmbiguousTerm, DetectionKind, DimensionId, Dimension, Signal, SignalSide } from '@/data/schemas';
import { dimensionIds } from '@/data/schemas';
import { claimContext } from '@/data/claim-context';
import { massageBusinessNamePattern, massageOfferedPattern, notAServiceHostPattern, practicePageCues, serviceKindCues, spaSideServicePattern } from '@/data/site-cues';
import { massageTopicPattern } from '@/data/topic';
import { findCredentials, licenseNumberHints } from '@/lib/detect/credentials';
import { insurerForUrl, insurerPageKind } from '@/lib/insurer/match';
import { readCoverage } from './coverage';
import type { PageSnapshot } from '@/lib/page/schema';
import { clip, findPhrase, normaliseText, phraseRegExp } from '@/lib/detect/text';
import { claimContextOf, massageCashPaySentence } from './context';
import { pageTypeOf, pathWords } from './page-type';
import type { Detection, Evidence, EvidenceWhere } from './schema';
import { directoryForHost, isMultiServiceClinic, leadsWithHealthCare, readHost, type HostReading } from './site';

interface Zone {
  where: EvidenceWhere;
  text: string;
}

/** Thresholds of the verdict, in signal points; tuned on tests/fixtures/pages (npm run eval). */
const VERDICT_RULES = {
  minProviderPoints: 3,
  minProviderPointsWithOwnMark: 2,
  minSidePoints: 3,
  mixedMinEachSide: 5,
  mixedMinBalance: 0.25,
  /** A signal found only in the site's navigation or footer counts this share of its weight. */
  frameWeight: 0.5,
  /** Weight of a host name that names a clinic or a spa. */
  hostWeight: 2,
  /** Points of the page's own evidence (not its frame) a strong verdict needs on its side. */
  strongOwnPoints: 8,
  snippetContext: 60,
  /** Matches of one pattern looked at in one zone before giving up on it. */
  maxMatchesPerZone: 12,
} as const;

const SNIPPET_MAX = 400;
const ALMOST_NO_TEXT = 300;
const SERVICE_EVIDENCE_POINTS = 6;
const NAME_MAX = 200;

/** The body's text without the site's frame (navigation, header, footer), which is read apart. */
function ownText(text: string, frame: string): string {
  if (!frame) return text;
  let own = text;
  // Parts are joined with " · "; an empty header or footer leaves a bare "·" at either end.
  for (const part of frame.split('·').map((p) => p.trim())) {
    const at = part.length > 20 ? own.indexOf(part) : -1;
    if (at >= 0) own = `${own.slice(0, at)} ${own.slice(at + part.length)}`;
  }
  return own;
}

function zonesOf(snapshot: PageSnapshot): Zone[] {
  const frame = normaliseText(snapshot.chromeText ?? '');
  const body = normaliseText(snapshot.text);
  return [
    { where: 'url', text: pathWords(snapshot.url) },
    { where: 'title', text: normaliseText(snapshot.title) },
    { where: 'meta', text: normaliseText(snapshot.metaDescription) },
    { where: 'heading', text: normaliseText(snapshot.headings.join(' · ')) },
    { where: 'schema', text: normaliseText(snapshot.schemaItems.map((i) => `${i.types.join(' ')} ${i.text}`).join(' · ')) },
    { where: 'body', text: normaliseText(ownText(body, frame)) },
    { where: 'site', text: frame },
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
  const snippet = `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
  // A pattern with an open repetition can match far more than a phrase; the schema caps snippets.
  return snippet.length > SNIPPET_MAX ? `${clip(snippet, SNIPPET_MAX - 1)}…` : snippet;
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

/** Which matches count as the page's own claim; a plain presence test accepts every match. */
type ClaimFilter = (zone: Zone, index: number, length: number) => boolean;
const anyMatch: ClaimFilter = () => true;

/** The first match (zones in order url, title, meta, headings, schema, body, site) that `accept` takes. */
function firstHit(pattern: string, zones: readonly Zone[], accept: ClaimFilter = anyMatch): Hit | undefined {
  const re = cachedRegExp(pattern);
  for (const zone of zones) {
    let m = findPhrase(re, zone.text);
    for (let seen = 0; m && seen < VERDICT_RULES.maxMatchesPerZone; seen += 1) {
      if (accept(zone, m.index, m[0].length)) return { where: zone.where, snippet: snippetAround(zone.text, m.index, m[0].length) };
      m = findPhrase(re, zone.text, m.index + Math.max(1, m[0].length));
    }
  }
  return undefined;
}

function matchedCues<T extends { pattern: string }>(cues: readonly T[], zones: readonly Zone[]): T[] {
  return cues.filter((cue) => firstHit(cue.pattern, zones));
}

const hasType = (snapshot: PageSnapshot, types: readonly string[]) =>
  snapshot.schemaItems.some((item) => item.types.some((t) => types.includes(t)));

const STREET_ADDRESS = '\\d{2,6} [A-Z][\\w.]*(?: [A-Z][\\w.]*){0,3} (?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|way|lane|ln|suite|ste|pkwy|parkway|hwy|highway|ct|court|pl|place)\\b';
const CITY_STATE_ZIP = /,\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?\b/;
// Postcodes of the UK ("E20 3AN"), Canada ("K1A 0B1") and Australia ("NSW 2000"), in capitals as
// addresses print them: a street line abroad rarely ends in "Street" or "Road" the US way.
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] \d[A-Z]\d|(?:NSW|VIC|QLD|TAS|ACT) \d{4})\b/;

function providerFacts(snapshot: PageSnapshot, zones: readonly Zone[]): Detection['provider'] {
  const business =
    snapshot.schemaItems.find((i) => i.types.some((t) => providerSchemaTypes.includes(t))) ??
    snapshot.schemaItems.find((i) => i.name && (i.telephone || i.address));
  const titleName = snapshot.title.split(/\s+[|\-–—:·]\s+/)[0]?.trim();
  const rawName = business?.name ?? (titleName || undefined);
  const name = rawName ? clip(rawName, NAME_MAX) : undefined;
  const phone = business?.telephone ?? snapshot.phoneLinks[0];
  const address = business?.address;
  const text = zones.filter((z) => z.where === 'body' || z.where === 'site').map((z) => z.text).join(' ');
  const regionFromAddress = address?.region?.trim().toUpperCase();
  const state =
    regionFromAddress && /^[A-Z]{2}$/.test(regionFromAddress)
      ? regionFromAddress
      : CITY_STATE_ZIP.exec(text)?.[1];
  return {
    ...(name ? { name } : {}),
    ...(phone ? { phone } : {}),
    ...(address ? { address } : {}),
    ...(state ? { state } : {}),
  };
}

interface CueTally {
  points: number;
  ids: string[];
}
const tally = (cues: readonly { id: string; points: number }[]): CueTally => ({
  points: cues.reduce((s, c) => s + c.points, 0),
  ids: cues.map((c) => c.id),
});

/** Cues that the page belongs to a place offering massage, and cues that it is something else. */
function pageCuesOf(snapshot: PageSnapshot, zones: readonly Zone[], host: HostReading, article: boolean) {
  const provider: { id: string; points: number }[] = [...matchedCues(providerCues, zones), ...matchedCues(practicePageCues, zones)];
  if (hasType(snapshot, providerSchemaTypes)) provider.push({ id: 'business-schema', points: 2 });
  if (snapshot.phoneLinks.length || snapshot.schemaItems.some((i) => i.telephone)) provider.push({ id: 'phone', points: 1 });
  if (snapshot.schemaItems.some((i) => i.address) || firstHit(STREET_ADDRESS, zones) || zones.some((z) => z.where !== 'url' && POSTCODE.test(z.text)))
    provider.push({ id: 'address', points: 1 });
  if (FIRST_PERSON_MASSAGE.test(zones.find((z) => z.where === 'body')?.text ?? '')) provider.push({ id: 'offers-massage-first-person', points: 2 });
  if (host.massage) provider.push({ id: host.massage.id, points: 3 });
  else if (host.spa) provider.push({ id: host.spa.id, points: 2 });
  // A sub-page of "Align Bodywork" whose address does not say so: its name still does, as a host would.
  // "Spa" alone is left out: a dog's day spa or a hotel's is named so too.
  else if (massageBusinessNamed(snapshot, MASSAGE_NAMED, true)) provider.push({ id: 'massage-business-name', points: 1 });
  // An article of a massage practice is told apart by its page type and judged with its site, so
  // there the marks of a post are not held against the business.
  const counter: { id: string; points: number }[] = matchedCues(nonProviderCues, zones).filter(
    (c: PageCue) => !article || !ARTICLE_MARKS.has(c.id),
  );
  const otherSchema = nonProviderSchemaTypes.filter((t) => !ARTICLE_TYPES.has(t));
  if (hasType(snapshot, otherSchema)) counter.push({ id: 'non-provider-schema', points: 3 });
  // A menu that names massage beside a booking or rates link is a massage business's, unless the
  // page shows it is something else (a dog daycare's "canine massage", a school's student clinic).
  const frameMassage = counter.length ? 0 : massageBusinessFrame(zones);
  if (frameMassage) provider.push({ id: 'massage-business-frame', points: frameMassage });
  return { provider: tally(provider), counter: tally(counter) };
}
// The business speaking of its own massage: "our massage therapists", "book a massage with us".
const FIRST_PERSON_MASSAGE =
  /\b(?:our (?:licensed |registered )?(?:massage therapists?|lmts?|lmbts?|massage (?:studio|room|team|clinic|services?|menu))|book (?:a|your) (?:massage|session|treatment)(?: with us| online| today)|(?:at|in) our (?:massage )?(?:studio|spa|clinic|practice)\b[^.]{0,60}\bmassage)/i;
const ARTICLE_TYPES = new Set(['Article', 'NewsArticle', 'BlogPosting']);
// Marks every post carries (a byline, studies cited, a reference list), not marks of a non-business.
const ARTICLE_MARKS = new Set(['article', 'research-report', 'reference']);

const businessName = new RegExp(massageBusinessNamePattern, 'i');
const MASSAGE_NAMED = /\b(?:massage|bodywork|bodyworks|myotherapy)\b/i;
const notAServiceName = new RegExp(notAServiceHostPattern);
// Names that stand for the business or its practitioner, not a headline or a breadcrumb.
const NAMED_PARTY_TYPES = new Set([...providerSchemaTypes, 'Person', 'Organization', 'HealthAndBeautyBusiness']);
const MASSAGE_HEADLINE = /\bmassages?\b/i;
/** Whether the page's title or first heading names massage: a clinic's page about its massage service. */
const headedByMassage = (snapshot: PageSnapshot) => MASSAGE_HEADLINE.test(`${snapshot.title} · ${snapshot.headings[0] ?? ''}`);
// A bare "Book" or "Schedule" is how most site builders label the booking link in a menu; clinics'
// menus say "Request an Appointment".
const BOOKING_IN_FRAME = /\b(?:book(?: now| online| an appointment| a massage)?|schedule(?: now| online| an appointment)?|request (?:an )?appointments?|gift cards?|rates|pricing|prices)\b/i;
const MASSAGE_WORDS = /\bmassages?\b/gi;

/**
 * Whether the site itself is a massage practice or spa: its business or practitioner names one, its
 * title carries such a name, or its frame offers massage with a booking link.
 */
function namesMassageBusiness(snapshot: PageSnapshot, zones: readonly Zone[]): boolean {
  return massageBusinessNamed(snapshot) || massageBusinessFrame(zones) > 0;
}

/** Whether the business's own name (its schema.org name, or the title's brand part) names massage or a spa. */
function massageBusinessNamed(snapshot: PageSnapshot, named: RegExp = businessName, shortTitleIsName = false): boolean {
  const names = snapshot.schemaItems.flatMap((item) => (item.name && item.types.some((t) => NAMED_PARTY_TYPES.has(t)) ? [item.name] : []));
  const titleParts = snapshot.title.split(/\s+[|–—·]\s+|\s+-\s+/);
  // A home page's title is often the name alone ("Align Bodywork"); a longer one is a headline.
  const titleBrand = titleParts.length > 1 ? titleParts.slice(1).join(' ') : shortTitleIsName && titleParts[0]!.trim().split(/\s+/).length <= 5 ? titleParts[0]! : '';
  // "The Bodywork Bookshelf", "Massage Today": a name about massage that is a publication's or a shop's.
  const givesService = (name: string) => !notAServiceName.test(name.toLowerCase().replace(/[^a-z0-9]+/g, ''));
  return [...names, titleBrand].some((name) => named.test(name) && givesService(name));
}


/** Points for a frame offering massage with a booking or rates link: 3 when it names massage more than once. */
function massageBusinessFrame(zones: readonly Zone[]): number {
  const frame = menuZone(zones).text;
  if (!BOOKING_IN_FRAME.test(frame)) return 0;
  const named = frame.match(MASSAGE_WORDS)?.length ?? 0;
  return named >= 2 ? 3 : named === 1 ? 2 : 0;
}

/** A service named as offered: not denied, asked about or set against another kind. */
const OFFERED: ClaimFilter = (zone, index, length) => {
  const context = claimContextOf(zone.text, index, length);
  return !context.negated && !context.question && !context.contrast;
};

const RELAXATION_OFFERED = { signalId: serviceKindCues.relaxation.id, dimension: 'setting', side: 'recreational', label: 'The site offers relaxation or spa massage', weight: 1 } as const;

/**
 * Whether the site's menu and name, or this page's own headings, offer both kinds of massage as
 * services: a relaxation menu beside medical or injury massage. Such a site does both whichever
 * of its pages one reads; headings count only on a page that is no article.
 */
function offersBothKinds(zones: readonly Zone[], article: boolean): Evidence[] | undefined {
  const pair = (group: readonly Zone[], clinicalPattern: string): Evidence[] | undefined => {
    const clinical = firstHit(clinicalPattern, group, OFFERED);
    const relaxation = clinical && firstHit(serviceKindCues.relaxation.pattern, group, OFFERED);
    if (!clinical || !relaxation) return undefined;
    return [
      { signalId: serviceKindCues.clinicalInMenu.id, dimension: 'setting', side: 'clinical', label: 'The site offers medical or injury massage', weight: 1, ...clinical },
      { ...RELAXATION_OFFERED, ...relaxation },
    ];
  };
  const inFrame = pair([menuZone(zones), ...zones.filter((z) => z.where === 'title')], serviceKindCues.clinicalInMenu.pattern);
  if (inFrame || article) return inFrame;
  const inHeadings = pair(zones.filter((z) => z.where === 'heading'), serviceKindCues.clinicalInHeadings.pattern);
  if (inHeadings) return inHeadings;
  const both = firstHit(serviceKindCues.bothInOneSentence.pattern, zones.filter((z) => z.where === 'body' || z.where === 'meta'), OFFERED);
  if (!both) return undefined;
  return [
    { signalId: serviceKindCues.bothInOneSentence.id, dimension: 'setting', side: 'clinical', label: 'Offers massage for injury or pain', weight: 1, ...both },
    { signalId: serviceKindCues.bothInOneSentence.id, dimension: 'setting', side: 'recreational', label: 'Offers massage to relax', weight: 1, ...both },
  ];
}

const MENU_IN_TEXT = 250;

/**
 * The site's menu: its frame, or where a copy of the page came without one (text only, a page
 * still loading), the opening of its text, where a menu is read first.
 */
function menuZone(zones: readonly Zone[]): Zone {
  const frame = zones.find((z) => z.where === 'site');
  if (frame?.text) return frame;
  return { where: 'site', text: (zones.find((z) => z.where === 'body')?.text ?? '').slice(0, MENU_IN_TEXT) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface ClassifyRules {
  dimensions: readonly Dimension[];
  ambiguousTerms: readonly AmbiguousTerm[];
}

const defaultRules: ClassifyRules = { dimensions: defaultDimensions, ambiguousTerms: defaultAmbiguousTerms };

interface Scored {
  evidence: Evidence[];
  dimensionScores: Record<DimensionId, { clinical: number; recreational: number }>;
  denied: { signalId: string; snippet: string }[];
}

interface PageReading {
  article: boolean;
  multiService: boolean;
  /** The page is about paying with an HSA or FSA (its address, title or first heading says so). */
  taxPage: boolean;
}

const taxAccountWords = new RegExp(claimContext.taxAccount.pattern, 'i');

function isTaxAccountPage(snapshot: PageSnapshot): boolean {
  return taxAccountWords.test(`${pathWords(snapshot.url)} · ${snapshot.title} · ${snapshot.headings[0] ?? ''}`);
}

/**
 * Scores every signal once, from its first match that is the page's own claim: not denied ("we do
 * not bill insurance"), not a contrast ("unlike a spa…"), and on a clinic that leads with other care,
 * about massage. A match in the site's frame counts for part of its weight.
 */
function scoreSignals(zones: readonly Zone[], rules: ClassifyRules, page: PageReading): Scored {
  const { article, multiService, taxPage } = page;
  const dimensionScores = Object.fromEntries(
    dimensionIds.map((id) => [id, { clinical: 0, recreational: 0 }]),
  ) as Scored['dimensionScores'];
  const evidence: Evidence[] = [];
  const denied: Scored['denied'] = [];
  const acceptFor = (dimension: DimensionId, side: SignalSide, signal: Signal): ClaimFilter => (zone, index, length) => {
    if (zone.where === 'url') return !multiService || side === 'recreational';
    const context = claimContextOf(zone.text, index, length);
    // What the IRS asks of an HSA or FSA claim (a prescription, medical necessity, a condition) is
    // the patient's paperwork, not the business's clinical work; its own billing still counts.
    if (side === 'clinical' && dimension !== 'billing' && (context.taxAccount || (taxPage && zone.where !== 'site'))) return false;
    // "Missed visits can't be billed to PIP" denies the fee's billing, not the practice's.
    if (context.negated && !(dimension === 'billing' && side === 'clinical' && context.missedVisitFee)) {
      if (denied.length < 10 && !denied.some((d) => d.signalId === signal.id))
        denied.push({ signalId: signal.id, snippet: snippetAround(zone.text, index, length) });
      return false;
    }
    if (context.contrast && (side === 'recreational' || article)) return false;
    if (multiService && side === 'clinical') return zone.where !== 'site' && context.aboutMassage;
    return true;
  };
  const score = (dimension: DimensionId, side: SignalSide, signal: Signal) => {
    const hit = firstHit(signal.pattern, zones, acceptFor(dimension, side, signal));
    if (!hit) return;
    const weight = hit.where === 'site' ? signal.weight * VERDICT_RULES.frameWeight : signal.weight;
    dimensionScores[dimension][side] += weight;
    evidence.push({ signalId: signal.id, dimension, side, label: signal.label, weight, ...hit });
  };
  for (const d of rules.dimensions) {
    for (const signal of d.clinical) score(d.id, 'clinical', signal);
    for (const signal of d.recreational) score(d.id, 'recreational', signal);
  }
  return { evidence, dimensionScores, denied };
}

/**
 * The signals the site's own name, title, schema and frame carry, read apart from the page's text:
 * what kind of practice publishes an article shows there, even where the article names the same
 * words first ("medical massage" in its body and its menu).
 */
function frameEvidence(zones: readonly Zone[], rules: ClassifyRules): Evidence[] {
  const frame = zones.filter((z) => z.where === 'site' || z.where === 'title' || z.where === 'schema');
  const stated: ClaimFilter = (zone, index, length) => {
    const context = claimContextOf(zone.text, index, length);
    return !context.negated && !context.contrast && !context.question;
  };
  return rules.dimensions.flatMap((d) =>
    (['clinical', 'recreational'] as const).flatMap((side) =>
      d[side].flatMap((signal) => {
        const hit = firstHit(signal.pattern, frame, stated);
        const weight = hit?.where === 'site' ? signal.weight * VERDICT_RULES.frameWeight : signal.weight;
        return hit ? [{ signalId: signal.id, dimension: d.id, side, label: signal.label, weight, ...hit }] : [];
      }),
    ),
  );
}

/** Evidence from the host name itself: "…medicalmassage.com", "…dayspa.com". */
function hostEvidence(host: HostReading): Evidence[] {
  const found: Evidence[] = [];
  const weight = VERDICT_RULES.hostWeight;
  if (host.clinical) found.push({ signalId: host.clinical.id, dimension: 'setting', side: 'clinical', label: host.clinical.label, weight, snippet: host.host, where: 'site' });
  if (host.spa) found.push({ signalId: host.spa.id, dimension: 'setting', side: 'recreational', label: host.spa.label, weight, snippet: host.host, where: 'site' });
  return found;
}

const sideSum = (evidence: readonly Evidence[], side: SignalSide, own?: boolean) =>
  evidence.filter((e) => e.side === side && (own === undefined || (e.where !== 'site') === own)).reduce((s, e) => s + e.weight, 0);

type Strength = Detection['strength'];

/** Confidence kept in the band its strength names, so every surface words it the same way. */
function confidenceFor(strength: NonNullable<Strength>, raw: number): number {
  const [low, high] = strength === 'strong' ? [0.7, 1] : strength === 'some' ? [0.45, 0.69] : [0.2, 0.44];
  return round2(Math.min(high, Math.max(low, raw)));
}

interface PageRead {
  snapshot: PageSnapshot;
  rules: ClassifyRules;
  zones: Zone[];
  host: HostReading;
  directory: boolean;
  pageType: PageType;
  multiService: boolean;
  /** A multi-service clinic whose other care is health care, not medical aesthetics. */
  healthClinic: boolean;
  article: boolean;
  bodyText: string;
  scored: Scored;
  evidence: Evidence[];
  cues: ReturnType<typeof pageCuesOf>;
  cashPay: string | undefined;
}

function readPage(snapshot: PageSnapshot, rules: ClassifyRules): PageRead {
  const zones = zonesOf(snapshot);
  const url = readHost(snapshot.url);
  const directory = directoryForHost(url.host);
  // A directory's own name ("massagebook") says nothing about the provider a page of it shows.
  const host: HostReading = directory ? { host: url.host } : url;
  const pageType: PageType = pageTypeOf(snapshot, directory);
  const frame = zones.filter((z) => z.where === 'title' || z.where === 'heading' || z.where === 'site').map((z) => z.text).join(' · ');
  const bodyText = zones.find((z) => z.where === 'body')?.text ?? '';
  const multiService = !directory && isMultiServiceClinic(frame, bodyText, host);
  const healthClinic = multiService && leadsWithHealthCare(frame, bodyText);
  const article = pageType === 'article' || pageType === 'news';
  const scored = scoreSignals(zones, rules, { article, multiService, taxPage: isTaxAccountPage(snapshot) });
  const evidence = [...scored.evidence, ...hostEvidence(host)];
  for (const e of hostEvidence(host)) scored.dimensionScores[e.dimension][e.side] += e.weight;
  const cues = pageCuesOf(snapshot, zones, host, article);
  // Much of one kind of massage work described on a page that is no article, shop or school is
  // itself a sign of a place offering it, where a bare text gives no booking links or address. A
  // practice's own service page often cites studies ("research shows massage eases…"): those alone
  // do not make it a report.
  const ownSideTop = Math.max(sideSum(scored.evidence, 'clinical', true), sideSum(scored.evidence, 'recreational', true));
  if (!article && ownSideTop >= SERVICE_EVIDENCE_POINTS && cues.counter.ids.every((id) => id === 'research-report')) {
    cues.provider.points += 2;
    cues.provider.ids.push('service-evidence');
  }
  // A clinic is a business: its own page headed by its massage service is where it offers massage,
  // though its menu names its other care first and the page itself shows no booking link.
  if (multiService && !article && cues.counter.points === 0 && headedByMassage(snapshot)) {
    cues.provider.points += 2;
    cues.provider.ids.push('clinic-massage-service-page');
  }
  const cashPay = massageCashPaySentence(bodyText);
  return { snapshot, rules, zones, host, directory: !!directory, pageType, multiService, healthClinic, article, bodyText, scored, evidence, cues, cashPay };
}

function baseDetection(page: PageRead) {
  const { snapshot, zones, scored, evidence, host, multiService, cues, cashPay } = page;
  const notes: Detection['notes'] = [
    ...(cashPay ? [{ id: 'massage-cash-pay' as const, snippet: clip(cashPay, SNIPPET_MAX) }] : []),
    ...scored.denied
      .filter((d) => d.signalId === 'bills-insurance')
      .slice(0, 1)
      .map((d) => ({ id: 'no-insurance-billing' as const, snippet: d.snippet })),
    ...(multiService ? [{ id: 'multi-service-clinic' as const, snippet: clip(host.host, SNIPPET_MAX) }] : []),
  ];
  return {
    kind: 'none' as DetectionKind,
    reason: 'not-about-massage' as Detection['reason'],
    confidence: 0,
    strength: undefined as Strength,
    url: snapshot.url,
    clinicalScore: sideSum(evidence, 'clinical'),
    recreationalScore: sideSum(evidence, 'recreational'),
    dimensionScores: scored.dimensionScores,
    evidence,
    ambiguous: page.rules.ambiguousTerms.flatMap((term) => {
      const hit = firstHit(term.pattern, zones);
      return hit ? [{ id: term.id, note: term.note, snippet: hit.snippet }] : [];
    }),
    provider: providerFacts(snapshot, zones),
    credentials: findCredentials(zones.map((z) => z.text).join(' · ')),
    hints: [] as Detection['hints'],
    pageCues: { provider: cues.provider.ids, counter: cues.counter.ids },
    page: page.pageType,
    site: (page.directory ? 'directory' : multiService ? 'multi-service-clinic' : 'other') as Detection['site'],
    notes,
  };
}
type BaseDetection = ReturnType<typeof baseDetection>;

function insurerDetection(base: BaseDetection, snapshot: PageSnapshot): Detection | undefined {
  const insurerMatch = insurerForUrl(snapshot.url);
  if (!insurerMatch) return undefined;
  const { insurer, unverifiedHost } = insurerMatch;
  const page = insurerPageKind(snapshot);
  return {
    ...base,
    kind: 'insurer',
    reason: 'insurer-host',
    confidence: unverifiedHost ? 0.6 : 0.95,
    provider: {},
    // Notes say how to read a provider's verdict ("this clinic offers other care too"): a plan's
    // page listing covered services would otherwise get them.
    notes: [],
    site: 'insurer',
    insurer: { id: insurer.id, name: insurer.name, kind: insurer.kind, unverifiedHost, page },
    coverage: readCoverage(snapshot, { policy: page === 'policy' }),
  };
}

// A phone number and an address are on a directory's or a health network's page as much as on a
// practice's, and much massage work described is on an article as much: alone they make no
// business. One mark of the business's own (a booking link, prices, "we offer") does.
const NOT_THE_BUSINESS_OWN = new Set(['phone', 'address', 'service-evidence']);
function enoughProviderCues(provider: { ids: string[]; points: number }): boolean {
  if (provider.points >= VERDICT_RULES.minProviderPoints) return true;
  return provider.points >= VERDICT_RULES.minProviderPointsWithOwnMark && provider.ids.some((id) => !NOT_THE_BUSINESS_OWN.has(id));
}

const RESEARCH_REPORT_POINTS = nonProviderCues.find((cue) => cue.id === 'research-report')?.points ?? 0;

/** Why the page gets no provider verdict at all, if it gets none: no massage, a results page, an article elsewhere, not a business. */
function noProviderVerdict(page: PageRead, base: BaseDetection, massageSite: boolean): Detection | undefined {
  const { zones, host, pageType, article, multiService, cues } = page;
  // Massage must be spoken of, not only denied or asked about ("we don't provide massage").
  const statesMassage: ClaimFilter = (zone, index, length) => {
    if (zone.where === 'url') return true;
    const context = claimContextOf(zone.text, index, length);
    return !context.negated && !context.question;
  };
  // A page whose text is drawn by script gives little to read; a host that names massage then stands for it.
  const almostNoText = page.bodyText.length < ALMOST_NO_TEXT && !!host.massage;
  // A spa's own policy or FAQ page, full of its services, may never write "massage" itself.
  const spaServicePage = !!host.spa && cues.provider.ids.includes('service-evidence');
  if (!almostNoText && !spaServicePage && !firstHit(massageTopicPattern, zones, statesMassage)) return { ...base, kind: 'none', reason: 'not-about-massage', confidence: 0.9 };
  if (pageType === 'results') return { ...base, kind: 'none', reason: 'results-page', confidence: 0.8, provider: {} };
  if (host.lawFirm) return { ...base, kind: 'none', reason: 'not-a-provider', confidence: 0.8, provider: {} };
  if (article && !(massageSite && cues.counter.points === 0)) return { ...base, kind: 'none', reason: 'article', confidence: 0.6, provider: {} };
  // A careers page speaks of the business to job seekers, not to patients; a clinic that names
  // massage only in passing (what a patient tried before, an instrument) does not offer massage.
  const offersMassage = !multiService || !!firstHit(massageOfferedPattern, zones, statesMassage);
  // Studies cited on a page that is no article are a practice's case for its care, not a report's mark.
  const counterPoints = article || !cues.counter.ids.includes('research-report') ? cues.counter.points : cues.counter.points - RESEARCH_REPORT_POINTS;
  if (pageType === 'careers' || !offersMassage || (!article && (!enoughProviderCues(cues.provider) || cues.provider.points <= counterPoints))) {
    return { ...base, kind: 'none', reason: 'not-a-provider', confidence: round2(Math.min(0.9, 0.5 + cues.counter.points / 10)), provider: pageType === 'careers' ? {} : base.provider };
  }
  return undefined;
}

interface Judged {
  clinical: number;
  recreational: number;
  /** Clinical evidence from the site's frame, title or address, not only from the page's text. */
  frameClinical: boolean;
  /** Clinical evidence of the practice's credentials or billing, not only words about its massage. */
  credentialOrBilling: boolean;
}

/** The evidence the verdict rests on: an article is judged by its site's name, frame and host. */
function judgedEvidence(page: PageRead): Judged {
  const siteLevel = page.article ? [...frameEvidence(page.zones, page.rules), ...hostEvidence(page.host)] : [];
  const judged = siteLevel.length ? siteLevel : page.evidence;
  return {
    clinical: sideSum(judged, 'clinical'),
    recreational: sideSum(judged, 'recreational'),
    frameClinical: judged.some((e) => e.side === 'clinical' && (e.where === 'site' || e.where === 'title' || e.where === 'url')),
    credentialOrBilling: judged.some((e) => e.side === 'clinical' && (e.dimension === 'training' || e.dimension === 'billing')),
  };
}

const HEALTH_PRACTICE_NAME = /chiro|physio|osteopath|physical therapy|sports (?:therapy|medicine|injur)|rehab/i;

type Verdict = { kind: DetectionKind; reason: Detection['reason']; menuEvidence?: Evidence[] } | undefined;

/** The massage verdict from the judged evidence; undefined when there is too little to give one. */
function verdictOf(page: PageRead, judged: Judged, massageSite: boolean): Verdict {
  const { multiService, article, snapshot } = page;
  const top = Math.max(judged.clinical, judged.recreational);
  const low = Math.min(judged.clinical, judged.recreational);
  const balance = top ? low / top : 1;
  const weak = top < VERDICT_RULES.minSidePoints;
  // A massage offered only as a cash add-on beside other care is not the clinic's clinical work.
  const reason = weak ? 'site-only' : 'scored';
  if (multiService && !!page.cashPay && sideSum(page.evidence, 'clinical') < VERDICT_RULES.minSidePoints * 2) return { kind: 'recreational-massage', reason };
  const menuEvidence = multiService || page.directory ? undefined : offersBothKinds(page.zones, article);
  if (menuEvidence) return { kind: 'mixed-massage', reason, menuEvidence };
  // A health clinic that offers massage and says nothing of either kind about it gives that massage
  // in a health-care setting, beside its other care: weakly clinical (site-only), never "too little".
  if (weak && page.healthClinic && judged.clinical >= judged.recreational) return { kind: 'clinical-massage', reason: 'site-only' };
  // A med spa's page about its massage service that says nothing of either kind about it: such
  // massage is an add-on beside the clinic's beauty care, and the verdict says its evidence is weak.
  const massageServicePage = multiService && headedByMassage(snapshot);
  if (weak && !(massageSite || top > 0 || massageServicePage)) return undefined;
  if (low >= VERDICT_RULES.mixedMinEachSide && balance >= VERDICT_RULES.mixedMinBalance) return { kind: 'mixed-massage', reason: 'scored' };
  // A stray clinical word on a page of a business whose frame says nothing clinical is too little
  // to call it clinical: most places that offer massage and say little are relaxation studios. A
  // clinical credential or billing claim ("Registered Massage Therapist", "we bill ICBC") is no stray word.
  // A chiropractor's or physio's own page is no relaxation studio's, whatever little it says.
  const healthPracticeNamed = HEALTH_PRACTICE_NAME.test(`${snapshot.title} ${page.host.host}`);
  if (weak && !article && !multiService && !healthPracticeNamed && judged.clinical > judged.recreational && !judged.frameClinical && !judged.credentialOrBilling)
    return { kind: 'recreational-massage', reason };
  // A spa or salon by its own address that describes clinical massage offers both: its name is its
  // relaxation side, the page its clinical one.
  const spaByName = !!page.host.spa && !page.host.clinical && !multiService;
  if (judged.clinical > judged.recreational) {
    if (weak) return { kind: 'clinical-massage', reason };
    if (spaByName) return { kind: 'mixed-massage', reason };
    // A clinical page on a site whose menu or headings offer relaxation massage too. A directory's
    // menu and links name other businesses.
    const relaxation = !multiService && !article && !page.directory ? firstHit(spaSideServicePattern, [menuZone(page.zones), ...page.zones.filter((z) => z.where === 'heading')], OFFERED) : undefined;
    if (!relaxation) return { kind: 'clinical-massage', reason };
    return { kind: 'mixed-massage', reason, menuEvidence: [{ ...RELAXATION_OFFERED, ...relaxation }] };
  }
  if (judged.recreational > judged.clinical) return { kind: 'recreational-massage', reason };
  if (!weak) return { kind: 'mixed-massage', reason };
  return { kind: 'recreational-massage', reason: 'site-only' };
}

/**
 * Classifies a page from its snapshot. Pure: same snapshot, same answer. It answers apart what the
 * site is and what this page of it is, and every point it gives has a piece of evidence.
 */
export function classify(snapshot: PageSnapshot, rules: ClassifyRules = defaultRules): Detection {
  const page = readPage(snapshot, rules);
  const { host, multiService, article, evidence } = page;
  const base = baseDetection(page);
  const insurer = insurerDetection(base, snapshot);
  if (insurer) return insurer;
  const massageSite = !multiService && !page.directory && (!!(host.massage || host.spa) || namesMassageBusiness(snapshot, page.zones));
  const none = noProviderVerdict(page, base, massageSite);
  if (none) return none;
  base.hints = licenseNumberHints(base.provider.state, base.credentials);
  const judged = judgedEvidence(page);
  const verdict = verdictOf(page, judged, massageSite);
  if (!verdict) return { ...base, kind: 'none', reason: 'too-little-evidence', confidence: 0.4 };
  const { kind, reason } = verdict;
  const top = Math.max(judged.clinical, judged.recreational);
  const low = Math.min(judged.clinical, judged.recreational);
  const balance = top ? low / top : 1;
  const ownTop = Math.max(sideSum(evidence, 'clinical', true), sideSum(evidence, 'recreational', true));
  const purity = top ? (top - low) / (top + low) : 0;
  const raw = kind === 'mixed-massage' ? 0.5 * Math.min(1, (judged.clinical + judged.recreational) / 20) + 0.5 * balance : 0.5 * Math.min(1, top / 12) + 0.5 * purity;
  const strength: NonNullable<Strength> =
    article || reason === 'site-only' || ownTop < VERDICT_RULES.minSidePoints
      ? 'weak'
      : ownTop >= VERDICT_RULES.strongOwnPoints && raw >= 0.7 && !multiService
        ? 'strong'
        : 'some';
  const siteKind: Detection['site'] =
    multiService ? 'multi-service-clinic' : page.directory ? 'directory' : kind === 'clinical-massage' ? 'clinical-practice' : kind === 'recreational-massage' ? 'spa' : 'both';
  return {
    ...base,
    evidence: verdict.menuEvidence ? [...evidence, ...verdict.menuEvidence] : evidence,
    kind,
    reason: article ? 'article' : reason,
    strength,
    confidence: confidenceFor(strength, raw),
    site: siteKind,
  };
}
