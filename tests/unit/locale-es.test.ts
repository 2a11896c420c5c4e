import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import english from '@/public/_locales/en/messages.json';
import spanish from '@/public/_locales/es/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const en = english as Messages;
const es = spanish as Messages;

const tokensOf = (message: string) => [...message.matchAll(/\$[A-Z0-9_]+\$/g)].map((m) => m[0]).sort();

describe('Spanish locale', () => {
  it('exists beside English and nothing else is half-done', () => {
    const locales = readdirSync(path.resolve(import.meta.dirname, '..', '..', 'public', '_locales')).sort();
    expect(locales).toEqual(['en', 'es']);
  });

  it('has every English key, none empty, and no key English lacks', () => {
    expect(Object.keys(en).filter((key) => !es[key]?.message.trim())).toEqual([]);
    expect(Object.keys(es).filter((key) => !(key in en))).toEqual([]);
  });

  it('keeps every placeholder exactly: the same $NAMES$ in the text and the same definitions', () => {
    const differing = Object.keys(en).filter(
      (key) =>
        JSON.stringify(tokensOf(en[key]!.message)) !== JSON.stringify(tokensOf(es[key]?.message ?? '')) ||
        JSON.stringify(en[key]!.placeholders ?? null) !== JSON.stringify(es[key]?.placeholders ?? null),
    );
    expect(differing).toEqual([]);
  });

  it('is translated, not copied: only the brand name and short marks match English', () => {
    const same = Object.keys(en).filter((key) => en[key]!.message === es[key]?.message && en[key]!.message !== 'Knead to Know' && en[key]!.message.length > 12);
    expect(same).toEqual([]);
  });

  it('never promises coverage', () => {
    const promising = Object.entries(es).filter(([, v]) => /garantiza|estará cubierto|será reembolsad|está cubierto\b/i.test(v.message));
    expect(promising).toEqual([]);
  });
});

describe('which language', () => {
  it("follows the browser's UI language by default, and the patient's choice over it", async () => {
    const { resolveLanguage } = await import('@/lib/extension/i18n');
    expect(resolveLanguage('auto', 'es-419')).toBe('es');
    expect(resolveLanguage('auto', 'es')).toBe('es');
    expect(resolveLanguage(undefined, 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'fr')).toBe('en');
    expect(resolveLanguage('en', 'es-MX')).toBe('en');
    expect(resolveLanguage('es', 'en-GB')).toBe('es');
  });

  it('t() answers in the chosen language, with substitutions, and falls back to the key only for an unknown key', async () => {
    const { setLanguage, t } = await import('@/lib/extension/i18n');
    const { switchLanguage } = await import('@/lib/extension/language-loader');
    // Spanish loads only once a page switches to it: until then Spanish falls back to English.
    setLanguage('es');
    expect(t('verdictInsurer', 'Aetna')).toBe('This is a site of Aetna.');
    expect(await switchLanguage('es')).toBe('es');
    expect(t('verdictInsurer', 'Aetna')).toBe('Este es un sitio de Aetna.');
    setLanguage('en');
    expect(t('verdictInsurer', 'Aetna')).toBe('This is a site of Aetna.');
    expect(t('nope' as never)).toBe('nope');
  });

  it('settings keep the choice, zod-checked: an unknown language falls back to the defaults', async () => {
    const { loadSettings } = await import('@/lib/extension/settings');
    const area = (value: unknown) => ({ get: async () => ({ settings: value }), set: async () => undefined });
    expect((await loadSettings(area({ language: 'es' }))).language).toBe('es');
    expect((await loadSettings(area({}))).language).toBe('auto');
    expect((await loadSettings(area({ language: 'fr' }))).language).toBe('auto');
  });
});
