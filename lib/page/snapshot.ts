// The only module that reads the DOM. It must stay free of zod and of data/ tables: the
// content script bundles it under a 10 KB budget. Everything here is capped (SNAPSHOT_LIMITS).
import { SNAPSHOT_LIMITS } from './limits';
import type { PageSnapshot, PostalAddress, SchemaItem } from './schema';

const LIMITS = {
  ...SNAPSHOT_LIMITS,
  jsonLdScripts: 20,
  jsonLdChars: 200_000,
  jsonLdDepth: 8,
  microdataItems: 30,
};

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'SELECT',
]);

const squash = (s: string, max: number) => s.replace(/\s+/g, ' ').trim().slice(0, max);

function isHiddenWithoutLayout(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Inline styles only: computed styles would force a style recalculation on every element.
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/** Visible-ish text of the body, walked in document order until the cap is reached. */
function visibleText(doc: Document): { text: string; truncated: boolean } {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '', truncated: false };
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* ELEMENT | TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 && isHiddenWithoutLayout(node as Element) ? 2 /* REJECT */ : 1,
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const value = node.nodeValue;
    if (!value || !value.trim()) continue;
    parts.push(value);
    length += value.length + 1;
    if (length >= LIMITS.text) return { text: squash(parts.join(' '), LIMITS.text), truncated: true };
  }
  return { text: squash(parts.join(' '), LIMITS.text), truncated: false };
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

function jsonLdItems(doc: Document): SchemaItem[] {
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
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (const script of Array.from(scripts).slice(0, LIMITS.jsonLdScripts)) {
    const source = script.textContent ?? '';
    if (source.length > LIMITS.jsonLdChars) continue;
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // Malformed JSON-LD is common on real sites; it only means less evidence.
    }
  }
  return items;
}

function microdataItems(doc: Document): SchemaItem[] {
  const scopes = Array.from(doc.querySelectorAll('[itemscope][itemtype]')).slice(0, LIMITS.microdataItems);
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

function linkTargets(doc: Document, scheme: 'tel:' | 'mailto:'): string[] {
  const found = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll(`a[href^="${scheme}" i]`))) {
    const value = squash(decodeURIComponentSafe((a.getAttribute('href') ?? '').slice(scheme.length)), LIMITS.field);
    if (value) found.add(value);
    if (found.size >= LIMITS.links) break;
  }
  return [...found];
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Reads what the classifier needs from a document. Never throws on odd markup. */
export function takeSnapshot(doc: Document, url: string): PageSnapshot {
  const { text, truncated } = visibleText(doc);
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'))
    .slice(0, LIMITS.headings)
    .map((h) => squash(h.textContent ?? '', LIMITS.heading))
    .filter(Boolean);
  const meta = doc.querySelector('meta[name="description" i]')?.getAttribute('content') ?? '';
  return {
    url: url.slice(0, LIMITS.url),
    title: squash(doc.title ?? '', LIMITS.title),
    metaDescription: squash(meta, LIMITS.meta),
    headings,
    schemaItems: [...jsonLdItems(doc), ...microdataItems(doc)].slice(0, LIMITS.schemaItems),
    text,
    textTruncated: truncated,
    phoneLinks: linkTargets(doc, 'tel:'),
    emailLinks: linkTargets(doc, 'mailto:'),
  };
}
