// Zod-free: the content script bundles this file.
import { coverageTopicPattern, massageTopicPattern } from '@/data/topic';
import type { PageSnapshot } from './schema';

// Any run of whitespace may stand between a phrase's words: the snapshot's body text keeps the
// page's own line breaks and indentation.
const topic = new RegExp(`\\b(?:${`${massageTopicPattern}|${coverageTopicPattern}`.replaceAll(' ', '\\s+')})\\b`, 'i');

/**
 * The content script's cheap check: is this page worth a snapshot at all? It reads the title, the
 * meta description and the snapshot's capped body text (readVisibleText), which holds the headings'
 * text too, so a huge page costs no more than its first 40,000 characters of text.
 */
export function concernsUs(page: Pick<PageSnapshot, 'title' | 'metaDescription' | 'text'>): boolean {
  return [page.title, page.metaDescription, page.text].some((s) =>
    topic.test(s.replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, '')),
  );
}
