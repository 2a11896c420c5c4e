// Zod-free: the content script bundles this file.
import { coverageTopicPattern, massageTopicPattern } from '@/data/topic';
import { stripInvisible } from '@/lib/detect/text';
import { readMetaDescription, readVisibleText } from './snapshot';

// Any run of whitespace may stand between a phrase's words: the snapshot's body text keeps the
// page's own line breaks and indentation.
const topic = new RegExp(`\\b(?:${`${massageTopicPattern}|${coverageTopicPattern}`.replaceAll(' ', '\\s+')})\\b`, 'i');

/** Whether a piece of page text is about massage or a health plan's coverage. */
export const mentionsOurTopic = (text: string): boolean => topic.test(stripInvisible(text));

/**
 * The content script's cheap check: is this page worth a snapshot at all? The title and the meta
 * description usually decide; the body text (the snapshot's own, capped at 40,000 characters, so a
 * huge page costs no more than that) is read only when they do not.
 */
export function pageConcernsUs(doc: Document): boolean {
  return mentionsOurTopic(doc.title) || mentionsOurTopic(readMetaDescription(doc)) || mentionsOurTopic(readVisibleText(doc));
}
