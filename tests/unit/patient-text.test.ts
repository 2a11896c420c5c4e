import { describe, expect, it } from 'vitest';
import { regulationMessage, stateLookup } from '@/components/shared/StateHint';
import { sourceSchema, type UsState } from '@/data/schemas';
import { states } from '@/data/states';
import { t } from '@/lib/extension/i18n';
import messages from '@/public/_locales/en/messages.json';

// Patient-facing text cites public documents only. Our own fact brief (shared/FACTS.md and its
// section numbers) is how we keep track of sources, not something a patient can open.
const INTERNAL_DOCUMENT = [/\bFACTS\b/, /(?<![/\w])shared\//i, /(?<!\d)§\s*\d{1,2}\.\d/, /\bfact brief\b/i, /\bproject brief\b/i, /\bour notes\b/i, /\bgeneral knowledge\b/i];
const namesInternalDocument = (text: string) => INTERNAL_DOCUMENT.some((re) => re.test(text));

const dataModules = import.meta.glob<Record<string, unknown>>('../../data/**/*.ts', { eager: true });

/** Every string reachable from a value, with where it was found, and every object shaped like a source. */
function walk(value: unknown, where: string, strings: { where: string; text: string }[], found: { where: string; source: unknown }[], seen = new Set<unknown>()) {
  if (typeof value === 'string') strings.push({ where, text: value });
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (sourceSchema.safeParse(value).success) found.push({ where, source: value });
  for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`, strings, found, seen);
}

const strings: { where: string; text: string }[] = [];
const foundSources: { where: string; source: unknown }[] = [];
for (const [file, exports] of Object.entries(dataModules)) walk(exports, file.replace('../../', ''), strings, foundSources);

describe('patient-facing text names public documents, never our internal brief', () => {
  it('the check itself refuses an internal reference and accepts a legal citation', () => {
    expect(namesInternalDocument('Superbill guides (FACTS §3.4, §5.2)')).toBe(true);
    expect(namesInternalDocument('Plan wording quoted in shared/FACTS.md \u00a73.3')).toBe(true);
    // A public page's address may have a folder of that name: `https://www.azahcccs.gov/shared/News/…`.
    expect(namesInternalDocument('https://www.azahcccs.gov/shared/News/PressRelease/ALTCS-AwardedContracts.html')).toBe(false);
    expect(namesInternalDocument('licensing (general knowledge; not in the project fact brief)')).toBe(true);
    expect(namesInternalDocument('IRC §213(d) and 26 V.S.A. §5401')).toBe(false);
  });

  it('finds the sources of every data registry', () => {
    expect(foundSources.length).toBeGreaterThan(50);
    expect(Object.keys(dataModules).some((f) => f.includes('templates/'))).toBe(true);
  });

  it('no source title or publisher names an internal document', () => {
    const offending = foundSources
      .map(({ where, source }) => ({ where, source: sourceSchema.parse(source) }))
      .filter(({ source }) => namesInternalDocument(`${source.title} ${source.publisher ?? ''}`))
      .map(({ where, source }) => `${where}: ${source.title}`);
    expect(offending).toEqual([]);
  });

  it('no data text and no interface message names an internal document', () => {
    const messageTexts = Object.entries(messages).map(([key, m]) => ({ where: `messages.${key}`, text: m.message }));
    const offending = [...strings, ...messageTexts].filter((s) => namesInternalDocument(s.text)).map((s) => `${s.where}: ${s.text}`);
    expect(offending).toEqual([]);
  });
});

/** Everything the popup and the options page say about a state, in English. */
function stateTexts(state: UsState): string[] {
  const lookup = stateLookup(state);
  return [
    t(regulationMessage[state.regulation]),
    ...(lookup ? [lookup.text] : []),
    ...(state.board ? [state.board.name] : []),
    ...(state.minimumHours?.note ? [state.minimumHours.note] : []),
    ...(state.licenseNumberInAds?.note ? [state.licenseNumberInAds.note] : []),
    ...state.notes.map((n) => n.text),
  ];
}

const SENDS_TO_A_BOARD = /\blook up (?:a|the|your|their) licen[cs]e|check (?:it |this )?with the (?:state )?board|\bstate(?:'s|\u2019s)? (?:massage )?board|\blicen[cs]e number\b/i;
const SAYS_UNREGULATED = /does not regulate|lists no state license|no state record/i;

describe('what a state says never contradicts itself', () => {
  it('the check catches the Minnesota contradiction it is written for', () => {
    expect(SENDS_TO_A_BOARD.test("Find your state's massage board (FSMTB list)")).toBe(true);
    expect(SAYS_UNREGULATED.test('The state does not regulate massage therapists.')).toBe(true);
  });

  it.each(states.map((st) => [st.code, st] as const))('%s', (_code, state) => {
    const texts = stateTexts(state);
    if (state.regulation === 'none') {
      expect(texts.filter((text) => SENDS_TO_A_BOARD.test(text))).toEqual([]);
      expect(state.board).toBeUndefined();
      expect(state.licenseNumberInAds?.required ?? false).toBe(false);
    } else {
      expect(texts.filter((text) => SAYS_UNREGULATED.test(text))).toEqual([]);
    }
    if (state.licenseNumberInAds?.required) expect(state.regulation).toBe('license');
  });
});
