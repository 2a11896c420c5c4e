// Reads the page for the classifier, and its body text for the gate. It must stay free of zod and
// of data/ tables: the content script bundles it under a 10 KB budget. Everything here is capped
// (SNAPSHOT_LIMITS).
import { SNAPSHOT_LIMITS } from './limits';
import type { PageSnapshot, PostalAddress, SchemaItem } from './schema';

const LIMITS = {
  ...SNAPSHOT_LIMITS,
  jsonLdScripts: 20,
  jsonLdChars: 200_000,
  jsonLdDepth: 8,
  microdataItems: 10,
};

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'select', 'head']);
// Fourth-level too: a menu or price list often names each service in an h4 under the page's h1.
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);
// The site's own frame around the page: what it says there holds for every page of the site.
const CHROME_TAGS = new Set(['nav', 'header', 'footer']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo']);
// Marks of a dated post: one <article> alone is how many builders wrap any page.
const POST_MARK_TAGS = new Set(['time', 'article']);
const HIDDEN_BY_INLINE_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

const squash = (s: string, max: number) => s.replace(/\s+/g, ' ').trim().slice(0, max);

interface Walked extends CappedText {
  headings: string[];
  chrome: Element[];
  postMarks: number;
  jsonLdSources: string[];
  microdataScopes: Element[];
  phoneLinks: Set<string>;
  emailLinks: Set<string>;
}

function collectLink(el: Element, walked: Walked): void {
  const href = el.getAttribute('href');
  if (!href) return;
  const lower = href.slice(0, 7).toLowerCase();
  const [scheme, set] = lower.startsWith('tel:') ? ['tel:', walked.phoneLinks] : lower === 'mailto:' ? ['mailto:', walked.emailLinks] : [];
  if (!scheme || !set || set.size >= LIMITS.links) return;
  const value = squash(decodeURIComponentSafe(href.slice(scheme.length)), LIMITS.field);
  if (value) set.add(value);
}

/** Elements whose content is not page text: code, media, form widgets, and what the page hides. */
function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  // Inline styles and attributes only: computed styles would force a style recalculation.
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_BY_INLINE_STYLE.test(style);
}

interface CappedText {
  text: string;
  truncated: boolean;
}

/**
 * The body's text nodes in document order, up to the text cap. `enter` decides whether to descend
 * into an element (and may collect what the element carries). Stopping at the cap is what keeps a
 * huge page cheap: what lies past it is not part of the snapshot.
 */
function textUntilCap(root: Element, enter: (el: Element) => boolean, cap: number = LIMITS.text): CappedText {
  // A hand-rolled iterative walk: a TreeWalker with a script filter crosses into script and back
  // for every node and measured about three times slower; recursion would overflow on deep pages.
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const value = node.nodeValue;
      if (value && value.trim()) {
        parts.push(value);
        length += value.length + 1;
        if (length >= cap) {
          truncated = true;
          break;
        }
      }
    } else if (node.nodeType === 1) {
      descend = enter(node as Element);
    }
    const firstChild: Node | null = descend ? node.firstChild : null;
    if (firstChild) {
      node = firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  // Whitespace is left for the background to fold (classify normalises it): folding 40,000
  // characters here was most of the script's time on pages that don't concern us.
  return { text: parts.join(' ').trim().slice(0, cap), truncated };
}

/**
 * The snapshot's body text alone, with the same rules and cap, for the content script's gate: on a
 * page that does not concern us, nothing else needs reading (docs/benchmarks.md).
 */
export function readVisibleText(doc: Document): string {
  return doc.body ? textUntilCap(doc.body, (el) => !isSkipped(el)).text : '';
}

/** One pass over the body collecting its text, headings, JSON-LD, microdata scopes and contact links. */
function walkBody(doc: Document): Walked {
  const walked: Walked = {
    text: '',
    truncated: false,
    headings: [],
    chrome: [],
    postMarks: 0,
    jsonLdSources: [],
    microdataScopes: [],
    phoneLinks: new Set(),
    emailLinks: new Set(),
  };
  const root = doc.body;
  if (!root) return walked;
  const enter = (el: Element): boolean => {
    const tag = el.localName;
    if (tag === 'script') {
      if (el.getAttribute('type') === 'application/ld+json' && walked.jsonLdSources.length < LIMITS.jsonLdScripts)
        walked.jsonLdSources.push(el.textContent ?? '');
      return false;
    }
    if (isSkipped(el)) return false;
    if (el.hasAttributes()) {
      if (tag === 'a') collectLink(el, walked);
      if (el.hasAttribute('itemscope') && el.hasAttribute('itemtype') && walked.microdataScopes.length < LIMITS.microdataItems)
        walked.microdataScopes.push(el);
    }
    if (HEADINGS.has(tag) && walked.headings.length < LIMITS.headings) {
      // Read up to the heading's own cap: textContent would copy all of a huge nested heading first.
      const heading = squash(textUntilCap(el, (child) => !isSkipped(child), LIMITS.heading).text, LIMITS.heading);
      if (heading) walked.headings.push(heading);
    }
    if (POST_MARK_TAGS.has(tag)) walked.postMarks += 1;
    if ((CHROME_TAGS.has(tag) || CHROME_ROLES.has(el.getAttribute('role') ?? '')) && walked.chrome.length < LIMITS.chromeParts)
      walked.chrome.push(el);
    return true;
  };
  return Object.assign(walked, textUntilCap(root, enter));
}

const asString = (v: unknown): string | undefined =>
  typeof v === 'string' ? squash(v, LIMITS.field) : typeof v === 'number' ? String(v) : undefined;

function addressFrom(v: unknown): PostalAddress | undefined {
  if (typeof v === 'string') return { street: squash(v, LIMITS.field) };
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const a = v as Record<string, unknown>;
  return {
    street: asString(a.streetAddress),
    locality: asString(a.addressLocality),
    region: asString(a.addressRegion),
    postalCode: asString(a.postalCode),
  };
}

function collectStrings(v: unknown, out: string[], depth: number): void {
  if (depth > LIMITS.jsonLdDepth || out.join(' ').length > LIMITS.schemaText) return;
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v.slice(0, 50)) collectStrings(x, out, depth + 1);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v).slice(0, 50)) if (k !== '@context') collectStrings(x, out, depth + 1);
}

function typesOf(v: unknown): string[] {
  const raw = Array.isArray(v) ? v : [v];
  return raw
    .filter((t): t is string => typeof t === 'string')
    .map((t) => squash(t.replace(/^.*[/#]/, ''), LIMITS.field))
    .slice(0, 10);
}

function jsonLdItems(sources: readonly string[]): SchemaItem[] {
  const items: SchemaItem[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > LIMITS.jsonLdDepth || items.length >= LIMITS.schemaItems) return;
    if (Array.isArray(node)) return node.slice(0, 50).forEach((n) => visit(n, depth + 1));
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if ('@graph' in obj) visit(obj['@graph'], depth + 1);
    const types = typesOf(obj['@type']);
    if (types.length) {
      const strings: string[] = [];
      collectStrings(obj, strings, depth);
      items.push({
        types,
        name: asString(obj.name),
        telephone: asString(obj.telephone),
        address: addressFrom(Array.isArray(obj.address) ? obj.address[0] : obj.address),
        text: squash(strings.join(' '), LIMITS.schemaText),
      });
    }
  };
  for (const source of sources) {
    if (source.length > LIMITS.jsonLdChars) continue;
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // Malformed JSON-LD is common on real sites; it only means less evidence.
    }
  }
  return items;
}

function microdataItems(scopes: readonly Element[]): SchemaItem[] {
  return scopes
    .filter((scope) => !scope.parentElement?.closest('[itemscope]'))
    .map((scope) => {
      const prop = (name: string) => {
        const el = scope.querySelector(`[itemprop="${name}"]`);
        if (!el) return undefined;
        return squash(el.getAttribute('content') ?? el.textContent ?? '', LIMITS.field) || undefined;
      };
      const hasAddress = scope.querySelector('[itemprop="address"]');
      return {
        types: typesOf((scope.getAttribute('itemtype') ?? '').split(/\s+/)),
        name: prop('name'),
        telephone: prop('telephone'),
        address: hasAddress
          ? {
              street: prop('streetAddress'),
              locality: prop('addressLocality'),
              region: prop('addressRegion'),
              postalCode: prop('postalCode'),
            }
          : undefined,
        text: squash(scope.textContent ?? '', LIMITS.schemaText),
      };
    });
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** JSON-LD in the head, where most sites put it; the body's is found by walkBody(). */
function headJsonLd(doc: Document): string[] {
  const scripts = doc.head ? Array.from(doc.head.getElementsByTagName('script')) : [];
  return scripts
    .filter((s) => s.getAttribute('type') === 'application/ld+json')
    .slice(0, LIMITS.jsonLdScripts)
    .map((s) => s.textContent ?? '');
}

/** Looked up in the head only: on a large page without one, a document-wide query visits every element. */
export const readMetaDescription = (doc: Document): string =>
  doc.head?.querySelector('meta[name="description" i]')?.getAttribute('content') ?? '';

const readMetaProperty = (doc: Document, property: string): string =>
  doc.head?.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';

/** The text of the site's navigation, header and footer, outermost parts only, capped. */
function chromeTextOf(parts: readonly Element[]): string {
  const outermost = parts.filter((el) => !parts.some((other) => other !== el && other.contains(el)));
  const perPart = Math.floor(LIMITS.chromeText / Math.max(1, outermost.length));
  const texts = outermost.map((el) => textUntilCap(el, (child) => !isSkipped(child), perPart).text);
  return squash(texts.join(' · '), LIMITS.chromeText);
}

/**
 * The snapshot of a known directory's results page: its address says what it is, and its listings
 * are read card by card by the chips script, so neither its text nor its data is read here.
 */
export const addressSnapshot = (doc: Document, url: string): PageSnapshot =>
  bareSnapshot(url.slice(0, LIMITS.url), squash(doc.title ?? '', LIMITS.title), squash(readMetaDescription(doc), LIMITS.meta));

/** A snapshot of nothing but an address, a title and a description. */
export const bareSnapshot = (url: string, title = '', metaDescription = ''): PageSnapshot => ({
  url,
  title,
  metaDescription,
  headings: [],
  schemaItems: [],
  text: '',
  textTruncated: false,
  phoneLinks: [],
  emailLinks: [],
});

/** Reads what the classifier needs from a document. Never throws on odd markup. */
export function takeSnapshot(doc: Document, url: string): PageSnapshot {
  const walked = walkBody(doc);
  const jsonLd = [...headJsonLd(doc), ...walked.jsonLdSources].slice(0, LIMITS.jsonLdScripts);
  return {
    url: url.slice(0, LIMITS.url),
    title: squash(doc.title ?? '', LIMITS.title),
    metaDescription: squash(readMetaDescription(doc), LIMITS.meta),
    headings: walked.headings,
    schemaItems: [...jsonLdItems(jsonLd), ...microdataItems(walked.microdataScopes)].slice(0, LIMITS.schemaItems),
    text: walked.text,
    textTruncated: walked.truncated,
    chromeText: chromeTextOf(walked.chrome),
    ogType: squash(readMetaProperty(doc, 'og:type'), LIMITS.field),
    postMarks: walked.postMarks + (readMetaProperty(doc, 'article:published_time') ? 1 : 0),
    phoneLinks: [...walked.phoneLinks],
    emailLinks: [...walked.emailLinks],
  };
}
