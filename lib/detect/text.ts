// Zero-width and soft-hyphen characters a page can hide inside words to dodge matching. Listing
// combining characters on their own is the point here, hence the lint exception.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/g;
const TYPOGRAPHIC_APOSTROPHE = /[\u2018\u2019\u02bc]/g;
const DASHES = /[\u2010-\u2015]/g;

/** The text without the invisible characters a page can hide inside words. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** An address's path as words ("/services/medical-massage" -> " services medical massage"); "" if unparsable. */
export function urlPathWords(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname).replace(/[/_.-]+/g, ' ');
  } catch {
    return '';
  }
}

/** NFKC-folded text with invisible characters removed, dashes and quotes unified, spaces collapsed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(TYPOGRAPHIC_APOSTROPHE, "'")
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A phrase pattern from data/, compiled case-insensitively. It checks only the end of the match
 * for a word boundary: a leading look-behind would stop the regex engine from scanning ahead for
 * the phrase's first letters, and costs about five times the time. findPhrase() checks the start.
 */
export function phraseRegExp(pattern: string): RegExp {
  return new RegExp(`(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');
}

const ENDS_IN_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;

/** The next match of a phraseRegExp() at or after `from` that does not start inside a word. */
export function findPhrase(re: RegExp, text: string, from = 0): RegExpExecArray | null {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0 || !ENDS_IN_LETTER_OR_DIGIT.test(text.slice(Math.max(0, m.index - 2), m.index))) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

export function containsPhrase(pattern: string, text: string): boolean {
  return findPhrase(phraseRegExp(pattern), text) !== null;
}

/** Cuts a string to at most `max` characters without splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
