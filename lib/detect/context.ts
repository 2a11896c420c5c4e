import { claimContext } from '@/data/claim-context';
import { massageServicePattern } from '@/data/site-cues';

const negatedBefore = new RegExp(claimContext.negationBefore.pattern, 'i');
const negatedAfter = new RegExp(claimContext.negationAfter.pattern, 'i');
const contrast = new RegExp(claimContext.contrast.pattern, 'i');
const taxAccount = new RegExp(claimContext.taxAccount.pattern, 'i');
const missedVisitFee = new RegExp(claimContext.missedVisitFee.pattern, 'i');
const massageWord = new RegExp(`\\b(?:${massageServicePattern})\\b`, 'i');

// A sentence ends at . ! ? ; or at the " · " that joins a snapshot's headings and items.
const SENTENCE_END = /[.!?;](?=\s|$)|\s·\s/g;
const MAX_SENTENCE = 400;

/** The sentence around text[index, index + length), at most a few hundred characters. */
function sentenceAround(text: string, index: number, length: number): { start: number; end: number } {
  const from = Math.max(0, index - MAX_SENTENCE);
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < index; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
  SENTENCE_END.lastIndex = index + length;
  const next = SENTENCE_END.exec(text);
  const end = Math.min(next ? next.index + 1 : text.length, index + length + MAX_SENTENCE);
  return { start, end };
}

export interface ClaimContext {
  negated: boolean;
  contrast: boolean;
  /** Whether the words near the match name massage (lists run on without stops, so near, not the whole sentence). */
  aboutMassage: boolean;
  /** The sentence asks rather than states ("Do you offer massage?"). */
  question: boolean;
  /** The sentence explains paying with an HSA or FSA (the IRS's terms, not the business's care). */
  taxAccount: boolean;
  /** The sentence is about a missed or late-cancelled visit's fee. */
  missedVisitFee: boolean;
}

const NEAR = 150;
const QUOTE_LEAD = 30;

/** How the sentence around a match frames it: denied, contrasted, and whether it names massage. */
export function claimContextOf(text: string, index: number, length: number): ClaimContext {
  const { start, end } = sentenceAround(text, index, length);
  const before = text.slice(Math.max(start, index - 60), index);
  const after = text.slice(index + length, Math.min(end, index + length + 50));
  const sentence = text.slice(start, end);
  const near = text.slice(Math.max(start, index - NEAR), Math.min(end, index + length + NEAR));
  return {
    negated: negatedBefore.test(before) || negatedAfter.test(after),
    contrast: contrast.test(sentence),
    aboutMassage: massageWord.test(near),
    question: /\?\s*$/.test(sentence),
    taxAccount: taxAccount.test(sentence),
    missedVisitFee: missedVisitFee.test(sentence),
  };
}

const cashPay = new RegExp(claimContext.massageCashPay.pattern, 'i');

/** The sentence that says massage here is paid out of pocket, if the text has one. */
export function massageCashPaySentence(text: string): string | undefined {
  const m = cashPay.exec(text);
  if (!m) return undefined;
  const { start, end } = sentenceAround(text, m.index, m[0].length);
  // Table rows run on without stops: quote from just before the match, not the whole run.
  const from = Math.max(start, m.index - QUOTE_LEAD);
  return `${from > start ? '…' : ''}${text.slice(from, end).trim()}`;
}
