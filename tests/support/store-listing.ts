import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const storeDir = path.resolve(import.meta.dirname, '..', '..', 'store');

/** One listing file per language: store/listing.<locale>.md, locale as in public/_locales. */
export function listingLocales(): string[] {
  return readdirSync(storeDir)
    .map((name) => /^listing\.([a-zA-Z_]+)\.md$/.exec(name)?.[1])
    .filter((locale): locale is string => locale !== undefined)
    .sort();
}

/** The fields of a listing: the text under each `## Title \`key\`` heading, trimmed. */
export function readListing(locale: string): Map<string, string> {
  const text = readFileSync(path.join(storeDir, `listing.${locale}.md`), 'utf8');
  const parts = text.split(/^## .*`([^`]+)`[ \t]*$/m);
  const fields = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    if (fields.has(key)) throw new Error(`listing.${locale}.md has the field \`${key}\` twice`);
    fields.set(key, parts[i + 1]!.trim());
  }
  return fields;
}

/** The key of the justification Chrome's form asks for one API permission. */
export const permissionKey = (permission: string) => `permission:${permission}`;
