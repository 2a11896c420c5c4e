import { describe, expect, it } from 'vitest';
import { spanishTexts } from '@/data/i18n/es';
import { localText } from '@/data/i18n/local-text';
import { patientTexts } from '@/data/i18n/patient-texts';
import { textKey } from '@/data/i18n/text-key';
import { installSpanish } from '@/lib/extension/spanish';

const english = patientTexts();

describe('Spanish for the registries’ patient-facing texts', () => {
  it('has Spanish for every patient-facing text of every registry (a new English text needs its Spanish in the same change)', () => {
    const missing = [...english.keys()].filter((key) => !spanishTexts[key]?.trim());
    // The list, not just the count, so that a failure says which texts to translate.
    expect(missing, `missing Spanish:\n${missing.join('\n')}`).toEqual([]);
  });

  it('keys the texts added with the popup rework, the coverage reader and the host cues too', () => {
    const registries = new Set([...english.keys()].map((key) => key.split('/')[0]));
    expect([...registries].sort()).toEqual(['ambiguous', 'coverage', 'credential', 'dimension', 'hint', 'insurer-guide', 'question', 'signal', 'state', 'template']);
    for (const key of ['template/superbill-request/patientFills', 'hint/97124/text', 'coverage/not-covered/label', 'signal/host-spa/label', 'insurer-guide/aetna/program1']) {
      expect(english.has(key as never), key).toBe(true);
    }
  });

  it('never leaves the English as the Spanish (a copied text is not a translation)', () => {
    const copied = [...english].filter(([key, en]) => spanishTexts[key] === en && !/^[A-Z0-9 .&()/-]+$/.test(en));
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it('holds no Spanish for a text that does not exist (a renamed id leaves none behind)', () => {
    expect(Object.keys(spanishTexts).filter((key) => !english.has(key as never))).toEqual([]);
  });

  it('keeps numbers, codes and abbreviations of the English in the Spanish', () => {
    const tokens = (s: string) => (s.match(/\b(?:\d[\d,.]*|[A-Z]{2,}(?:-\d+)?)\b/g) ?? []).filter((w) => !['EE', 'UU', 'US', 'ID'].includes(w)).sort();
    const differing = Object.entries(spanishTexts).filter(([key, es]) => {
      const en = english.get(key as never) ?? '';
      return JSON.stringify(tokens(en)) !== JSON.stringify(tokens(es!));
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('localText gives the Spanish when there is one, once loaded, else the English as written', () => {
    const key = textKey('dimension', 'billing', 'name');
    expect(localText(key, english.get(key)!, 'es')).toBe('Insurance and billing');
    installSpanish();
    expect(localText(key, english.get(key)!, 'es')).toBe('Seguro y facturación');
    expect(localText(key, english.get(key)!, 'en')).toBe('Insurance and billing');
    expect(localText(textKey('question', 'no-such-question', 'text'), 'As written?', 'es')).toBe('As written?');
  });
});
