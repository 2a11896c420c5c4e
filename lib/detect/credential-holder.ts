// Whose credential is it? Pages write a credential right after the person who holds it ("Maya
// Okafor, LMT #MA60512345, BCTMB") or under their name on a team card ("Daniel Reyes Licensed
// Massage Therapist"). Anything else (a sentence, the business's name, a heading) between the name
// and the credential means the page did not tie them together, and the credential stays the
// business's.

/** How far back from a credential a name may start. */
const LOOK_BACK = 120;
/** Where a stretch of text about one person ends: a sentence, a card, a dash or a list separator. */
const BOUNDARY = /(?:[a-z0-9)][.!?]\s|\s·\s|\s[-|;]\s|\n)/g;
/** What may sit between a name and the credential: commas, other credentials, numbers, "License #". */
const CHAIN_TAIL = /(?:[\s,;:#()/&]|-|\b[A-Z]{2,}[A-Z0-9]*\b|\b(?:lic(?:ense)?|cert(?:ificate)?|no|number)\b\.?|\b[A-Z]{0,4}-?\d{3,10}\b)*$/;
/** A capitalised word of a name, or a middle initial. */
const NAME_WORD = /^(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.)$/;
/**
 * Capitalised words that name a business, a role or a heading, never a person: "Riverside
 * Clinical Massage, LMT" is the business's, "Meet Our Therapists LMT" nobody's.
 */
const NOT_A_NAME = new Set(
  (
    'about and associates board book bodywork call care center centre certified clinic clinical contact day director ' +
    'founder group health institute lead licensed massage medical meet of our owner pain physical practice rehab ' +
    'rehabilitation relief senior services spa sports staff studio team the therapist therapists therapy wellness with'
  ).split(' '),
);

/** The credential phrases' matches in `text`, blanked out so they read as part of the chain. */
function blankOut(text: string, patterns: readonly RegExp[]): string {
  let out = text;
  for (const re of patterns) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}

/**
 * The person named right before `index` in `text`, with only other credentials, numbers and
 * punctuation between: two or three capitalised words (a middle initial allowed), none of them a
 * business or heading word. `credentialPatterns` are the credential phrases, global regexes.
 */
export function holderBefore(text: string, index: number, credentialPatterns: readonly RegExp[]): string | undefined {
  let window = text.slice(Math.max(0, index - LOOK_BACK), index);
  let cut = 0;
  for (const m of window.matchAll(BOUNDARY)) cut = m.index + m[0].length;
  window = blankOut(window.slice(cut), credentialPatterns);
  const beforeChain = window.slice(0, window.length - (CHAIN_TAIL.exec(window)?.[0].length ?? 0));
  const words = beforeChain.split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < 3; i--) {
    const word = words[i]!;
    if (!NAME_WORD.test(word) || NOT_A_NAME.has(word.toLowerCase())) break;
    name.unshift(word);
  }
  // A lone word or an initial at either end is not enough to tell a person.
  if (name.length < 2 || name[0]!.endsWith('.') || name[name.length - 1]!.endsWith('.')) return undefined;
  return name.join(' ');
}
