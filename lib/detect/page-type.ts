import { pageTypeRules, type PageType } from '@/data/page-types';
import type { Directory } from '@/data/site-cues';
import { urlPathWords } from '@/lib/detect/text';
import type { PageSnapshot } from '@/lib/page/schema';

const ARTICLE_SCHEMA_TYPES = new Set(['Article', 'BlogPosting', 'NewsArticle', 'MedicalScholarlyArticle', 'Report', 'ScholarlyArticle', 'OpinionNewsArticle', 'TechArticle']);
// Marks of a post's frame: a byline, a date line, sharing and comment widgets, "related posts".
const POST_FRAME =
  /\b(?:posted (?:on|by|in)|written by|reviewed by|by [A-Z][a-z]+ [A-Z][a-z]+,? (?:LMT|MD|DC|DPT|PT|RN)|(?:\d+) min(?:ute)? read|share (?:this|on)|related (?:posts|articles|stories)|leave a (?:comment|reply)|(?:\d+) comments?|filed under|categories:|tags:|previous post|next post|read more articles)\b/;
// Directories put one provider's page under words like these, whatever their search pages look like.
const ONE_PROVIDER_PATH = /\b(?:biz|profile|provider|practitioner|therapist|physician|doctor|business|listing|pro)\b/;
const RESULTS_TITLE = /\b(?:(?:the )?(?:best|top) \d+\b|\d+ (?:results|providers|therapists|businesses)\b|near me\b|search results)/i;

export const pathWords = (url: string): string => urlPathWords(url).toLowerCase().replace(/\+/g, ' ').trim();

const compiled = pageTypeRules.map((rule) => ({ id: rule.id, path: new RegExp(rule.path, 'i'), title: new RegExp(rule.title, 'i') }));
const articleRule = compiled.find((r) => r.id === 'article')!;

/** How strongly the page is framed as a dated post (schema, og:type, byline, sharing, address). */
function postScore(snapshot: PageSnapshot, path: string): number {
  let score = 0;
  if (snapshot.schemaItems.some((item) => item.types.some((t) => ARTICLE_SCHEMA_TYPES.has(t)))) score += 2;
  // Many site builders mark every page og:type "article", so alone it is a hint, not a proof.
  if (snapshot.ogType?.toLowerCase() === 'article') score += 1;
  if ((snapshot.postMarks ?? 0) > 1) score += 1;
  if (articleRule.path.test(path)) score += 3;
  if (POST_FRAME.test(snapshot.text.slice(0, 6000)) || POST_FRAME.test(snapshot.text.slice(-3000))) score += 1;
  return score;
}

/** What this page of its site is: home, services, policies, an article, a directory's listing… */
export function pageTypeOf(snapshot: PageSnapshot, directory: Directory | undefined): PageType {
  const path = pathWords(snapshot.url);
  const titleParts = snapshot.title.split(/\s+[|–—·]\s+|\s+-\s+/);
  const title = titleParts[0] ?? '';
  const headline = `${title} · ${snapshot.headings[0] ?? ''}`;
  if (directory && !ONE_PROVIDER_PATH.test(path) && (new RegExp(directory.resultsPath, 'i').test(safePath(snapshot.url)) || RESULTS_TITLE.test(snapshot.title)))
    return 'results';
  // On a site we don't know, "near me" may be its name ("Massage Near Me"), which the last part of
  // a title usually is; and a listing's own address says it is one provider's page.
  const titleBeforeSiteName = titleParts.length > 1 ? titleParts.slice(0, -1).join(' ') : title;
  if (!directory && !ONE_PROVIDER_PATH.test(path) && RESULTS_TITLE.test(titleBeforeSiteName)) return 'results';
  if (postScore(snapshot, path) >= 3) return /\b(?:news|press)\b/.test(path) ? 'news' : 'article';
  if (directory) return path === '' ? 'other' : 'listing';
  if (path === '' || /^(?:index(?: html?| php)?|home|en|es)$/.test(path)) return 'home';
  for (const rule of compiled) if (rule.path.test(path)) return rule.id;
  // The page's own title first: a service page may open on a question ("What is medical massage?").
  for (const rule of compiled) if (rule.title.test(title)) return rule.id;
  for (const rule of compiled) if (rule.title.test(headline)) return rule.id;
  return 'other';
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
