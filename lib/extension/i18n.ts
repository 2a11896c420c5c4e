import browser from 'webextension-polyfill';
import english from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** The languages the extension is written in; `auto` follows the browser's own. */
export const languageChoices = ['auto', 'en', 'es'] as const;
export type LanguageChoice = (typeof languageChoices)[number];
export type Language = Exclude<LanguageChoice, 'auto'>;

export type CatalogEntry = { message: string; placeholders?: Record<string, { content: string }> };
// Bundled rather than read through browser.i18n.getMessage, which only ever answers in the
// browser's language: the patient's choice in the options page must be able to override it.
// English is always here; another language is added when a page first needs it
// (lib/extension/language-loader.ts), so an English page never loads the Spanish.
const englishCatalog: Record<string, CatalogEntry> = english;
const catalogs: Partial<Record<Language, Record<string, CatalogEntry>>> = { en: englishCatalog };

export function addCatalog(language: Language, entries: Record<string, CatalogEntry>): void {
  catalogs[language] = entries;
}

/** The language to show, from the patient's choice and the browser's UI language (e.g. "es-419"). */
export function resolveLanguage(choice: LanguageChoice | undefined, uiLanguage: string): Language {
  if (choice === 'en' || choice === 'es') return choice;
  return /^es\b/i.test(uiLanguage) ? 'es' : 'en';
}

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

let current: Language = resolveLanguage('auto', browserLanguage());

/** Switches every later t() to `choice` (resolved against the browser's language); returns the result. */
export function setLanguage(choice: LanguageChoice | undefined): Language {
  current = resolveLanguage(choice, browserLanguage());
  return current;
}

export function currentLanguage(): Language {
  return current;
}

/** A user-facing string from the extension's locale files. Falls back to English, then to the key, never to blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const entry = catalogs[current]?.[key] ?? englishCatalog[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const text = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
  return text || key;
}
