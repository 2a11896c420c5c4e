// Reads a plan's page for the patient: the sentences and table rows about massage and its
// neighbours, and what each says. Pure: text and headings in, statements out.
import { coveragePatterns, coverageTopics } from '@/data/coverage-statements';
import type { CoveragePattern, CoverageSays, CoverageTopic, CoverageTopicId } from '@/data/schemas';

export interface CoverageStatement {
  /** The statement as the page words it, whitespace folded. */
  text: string;
  /** The services it is about, in the order the page names them. */
  topics: CoverageTopicId[];
  /** What it says, in the order of `coverageSays`. */
  says: CoverageSays[];
  patternIds: string[];
  /** The nearest heading above it on the page, to tell the patient where it is. */
  heading?: string;
  /** Where it starts in the snapshot's text, and how long it is there (to find it on the page). */
  index: number;
  length: number;
  /** On a coverage policy: a line under its criteria or limitations, whatever it names. */
  criterion?: boolean;
  visits?: number;
  dollars?: number;
}

const COVERAGE_LIMITS = { statements: 40, text: 400, criteria: 15 } as const;

interface Registry {
  topics: readonly CoverageTopic[];
  patterns: readonly CoveragePattern[];
}

const SAYS_ORDER: readonly CoverageSays[] = ['covered', 'not-covered', 'limit', 'referral', 'network', 'discount-only', 'exception'];
// A word right before a second service that makes it part of the first's sentence ("as part of a
// physical therapy plan"), not the start of its own row.
const JOINING_WORDS = new Set(
  'of a an the as for in with from to by under your our and or than like including includes such via through when after before is are be'.split(' '),
);
// A word that turns to a new service within one sentence ("chiropractic is covered, but massage is not").
const CONTRAST_WORDS = new Set(['but', 'however', 'while', 'whereas', 'although']);
// Headings under which a coverage policy lists its criteria and limits.
const CRITERIA_HEADING = /\b(?:criteria|indications|medically necessary|medical necessity|coverage position|policy statements?|position statements?|limitations?|exclusions?)\b/i;

interface Folded {
  /** Lower case, single spaces, straight apostrophes: what the patterns run on. */
  flat: string;
  /** The same characters in the page's own case. */
  display: string;
  /** A folded character's index in the original text. */
  rawAt: (folded: number) => number;
}

function fold(text: string): Folded {
  // Regular expressions, not a loop over characters: they run natively, and the loop was most of
  // the time on a 40,000-character page. Only runs of two or more spaces move later offsets.
  const lead = /^\s*/.exec(text)![0].length;
  const body = text.slice(lead).replace(/\s+$/, '');
  const display = body.replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, "'");
  const runs: { at: number; removed: number }[] = [];
  let removed = lead;
  for (const m of body.matchAll(/\s{2,}/g)) {
    runs.push({ at: m.index + lead - removed, removed: removed + m[0].length - 1 });
    removed += m[0].length - 1;
  }
  const rawAt = (f: number) => {
    let lo = 0;
    let hi = runs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid]!.at < f) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return f + (found < 0 ? lead : runs[found]!.removed);
  };
  let flat = display.toLowerCase();
  // A few characters change length in lower case (İ); keep offsets exact for them.
  if (flat.length !== display.length) flat = [...display].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return { flat, display, rawAt };
}

function compile(pattern: string): RegExp {
  return new RegExp(pattern, 'gi');
}

interface Mention {
  start: number;
  end: number;
  topic: CoverageTopicId;
}

function mentionsOf(flat: string, topics: readonly CoverageTopic[]): Mention[] {
  const all: Mention[] = [];
  for (const t of topics) for (const m of flat.matchAll(compile(t.pattern))) all.push({ start: m.index, end: m.index + m[0].length, topic: t.topic });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of all) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

/** Where sentences, list items and headings begin: a statement never crosses one. */
function boundariesOf(folded: Folded, headings: readonly string[]): { cuts: number[]; headingAt: { at: number; end: number; text: string }[] } {
  const cuts = new Set<number>([0, folded.flat.length]);
  for (const m of folded.display.matchAll(/[.!?](?=\s+[A-Z0-9"“(•]|\s*$)|[•▪●]/g)) cuts.add(m.index + 1);
  const headingAt: { at: number; end: number; text: string }[] = [];
  let from = 0;
  for (const heading of headings) {
    const { flat: needle, display } = fold(heading);
    if (!needle) continue;
    // The heading as the page cases it, before the same words inside a sentence ("the criteria below").
    let at = folded.display.indexOf(display, from);
    if (at < 0) at = folded.flat.indexOf(needle, from);
    if (at < 0) continue;
    headingAt.push({ at, end: at + needle.length, text: display });
    cuts.add(at);
    cuts.add(at + needle.length);
    from = at + needle.length;
  }
  return { cuts: [...cuts].sort((a, b) => a - b), headingAt };
}

function lastWordBefore(flat: string, at: number): string {
  const m = /([a-z']+)[^a-z']*$/.exec(flat.slice(Math.max(0, at - 40), at));
  return m?.[1] ?? '';
}

const isGlue = (gap: string) => /^[\s,/&(:;-]*(?:(?:and|or|including|includes|such as|and\/or)[\s,/&(:-]*)*$/.test(gap);

interface Span {
  start: number;
  end: number;
  topics: CoverageTopicId[];
  criterion?: boolean;
}

function spansOf(folded: Folded, mentions: Mention[], cuts: number[], saysSomething: (flat: string) => boolean): Span[] {
  const spans: Span[] = [];
  const cutAfter = (at: number) => cuts.find((c) => c > at) ?? folded.flat.length;
  const cutAtOrBefore = (at: number) => {
    let best = 0;
    for (const c of cuts) if (c <= at) best = c;
    return best;
  };
  let i = 0;
  let floor = 0;
  while (i < mentions.length) {
    const first = mentions[i]!;
    const start = Math.max(cutAtOrBefore(first.start), floor);
    const unitEnd = cutAfter(first.start);
    const topics: CoverageTopicId[] = [first.topic];
    let end = unitEnd;
    let j = i + 1;
    let previous = first;
    while (j < mentions.length && mentions[j]!.start < unitEnd) {
      const next = mentions[j]!;
      const gap = folded.flat.slice(previous.end, next.start);
      const word = lastWordBefore(folded.flat, next.start);
      if (isGlue(gap)) {
        if (!topics.includes(next.topic)) topics.push(next.topic);
      } else if (CONTRAST_WORDS.has(word)) {
        end = folded.flat.lastIndexOf(word, next.start);
        break;
      } else if (!JOINING_WORDS.has(word) && saysSomething(folded.flat.slice(start, next.start))) {
        // A table row or list item: the first service got its answer and the next one begins.
        end = next.start;
        break;
      }
      previous = next;
      j++;
    }
    spans.push({ start, end, topics });
    floor = end;
    i = j;
  }
  return spans;
}

function criteriaSpans(folded: Folded, cuts: number[], headingAt: { at: number; end: number; text: string }[], taken: Span[]): Span[] {
  const spans: Span[] = [];
  for (let h = 0; h < headingAt.length; h++) {
    const heading = headingAt[h]!;
    if (!CRITERIA_HEADING.test(heading.text)) continue;
    const sectionEnd = headingAt[h + 1]?.at ?? folded.flat.length;
    const inside = cuts.filter((c) => c >= heading.end && c < sectionEnd);
    for (let k = 0; k < inside.length; k++) {
      const start = inside[k]!;
      const end = inside[k + 1] ?? sectionEnd;
      if (folded.flat.slice(start, end).trim().length < 12) continue;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      spans.push({ start, end, topics: [], criterion: true });
    }
  }
  return spans;
}

/**
 * The statements on the page about massage and its neighbours, each with what it says. On a
 * coverage policy (`policy`), also the lines under its criteria and limitations headings.
 */
export function readCoverage(
  page: { text: string; headings: readonly string[] },
  options: { policy?: boolean } = {},
  registry: Registry = { topics: coverageTopics, patterns: coveragePatterns },
): CoverageStatement[] {
  const folded = fold(page.text);
  if (!folded.flat) return [];
  const { cuts, headingAt } = boundariesOf(folded, page.headings);
  const compiled = registry.patterns.map((p) => ({ p, re: compile(p.pattern) }));
  const saysSomething = (flat: string) =>
    compiled.some(({ re }) => {
      re.lastIndex = 0;
      return re.test(flat);
    });
  const topicSpans = spansOf(folded, mentionsOf(folded.flat, registry.topics), cuts, saysSomething);
  let spans = topicSpans;
  if (options.policy) {
    const criteria = criteriaSpans(folded, cuts, headingAt, []);
    const underCriteria = (span: Span) => criteria.some((c) => c.start <= span.start && span.start < c.end);
    spans = [
      ...topicSpans.map((span) => (underCriteria(span) ? { ...span, criterion: true } : span)),
      ...criteria.filter((c) => !topicSpans.some((t) => t.start < c.end && c.start < t.end)),
    ]
      .sort((a, b) => a.start - b.start)
      .filter((span, k, all) => !span.criterion || all.slice(0, k + 1).filter((x) => x.criterion).length <= COVERAGE_LIMITS.criteria);
  }

  const statements: CoverageStatement[] = [];
  for (const span of spans) {
    const flat = folded.flat.slice(span.start, span.end);
    const hits = compiled.filter(({ re }) => {
      re.lastIndex = 0;
      return re.test(flat);
    });
    if (!hits.length && !span.criterion) continue;
    const text = folded.display.slice(span.start, span.end).trim().replace(/^[\s,;:•▪●-]+/, '');
    // A question (an FAQ's heading) asks; the answer below it says.
    if (!text || text.endsWith('?')) continue;
    const says = SAYS_ORDER.filter((s) => hits.some(({ p }) => p.says === s));
    const lead = folded.display.slice(span.start, span.end).search(/\S/);
    const first = span.start + Math.max(0, lead);
    const last = span.start + folded.display.slice(span.start, span.end).trimEnd().length - 1;
    const heading = headingAt.filter((h) => h.end <= span.start).pop()?.text;
    const statement: CoverageStatement = {
      text: text.length > COVERAGE_LIMITS.text ? `${text.slice(0, COVERAGE_LIMITS.text - 1)}…` : text,
      topics: span.topics,
      says,
      patternIds: hits.map(({ p }) => p.id),
      ...(heading ? { heading } : {}),
      index: folded.rawAt(first),
      length: folded.rawAt(last) + 1 - folded.rawAt(first),
      ...(span.criterion ? { criterion: true } : {}),
    };
    if (says.includes('limit')) {
      const visits = /\b(\d{1,3}) (?:visits?|sessions?|treatments?)\b/.exec(flat);
      const dollars = /\$\s?(\d[\d,]*)(?!\d)(?! (?:copay|copayment))/.exec(flat);
      if (visits) statement.visits = Number(visits[1]);
      if (dollars) statement.dollars = Number(dollars[1]!.replace(/,/g, ''));
    }
    statements.push(statement);
    if (statements.length >= COVERAGE_LIMITS.statements) break;
  }
  return statements;
}
