// Zod-free: the content script bundles this file.
import { coverageTopicPattern, massageTopicPattern } from '@/data/topic';
import { stripInvisible } from '@/lib/detect/text';
import { readMetaDescription, readVisibleText } from './snapshot';

// Any run of whitespace may stand between a phrase's words: the snapshot's body text keeps the
// page's own line breaks and indentation.
// "Spa" alone lets a spa's booking or gift-card page through, which may never say "massage".
const topic = new RegExp(`\\b(?:${`${massageTopicPattern}|spas?|${coverageTopicPattern}`.replaceAll(' ', '\\s+')})\\b`, 'i');

/** Whether a piece of page text is about massage or a health plan's coverage. */
export const mentionsOurTopic = (text: string): boolean => topic.test(stripInvisible(text));

/**
 * The content script's cheap check: is this page worth a snapshot at all? The title and the meta
 * description usually decide; the body text (the snapshot's own, capped at 40,000 characters, so a
 * huge page costs no more than that) is read only when they do not.
 */
export function pageConcernsUs(doc: Document): boolean {
  return (
    mentionsOurTopic(doc.title) ||
    mentionsOurTopic(readMetaDescription(doc)) ||
    spaBusinessData(doc) ||
    mentionsOurTopic(readVisibleText(doc))
  );
}

// A spa's booking or gift-card page may name neither massage nor spa in its words, only in the
// business data in its head. Only the head's first JSON-LD block is read, and only its start.
const SPA_BUSINESS_TYPE = /"@type"\s*:\s*"(?:DaySpa|MassageTherapist)"/;
function spaBusinessData(doc: Document): boolean {
  const json = doc.head?.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
  return SPA_BUSINESS_TYPE.test(json.slice(0, 4000));
}
