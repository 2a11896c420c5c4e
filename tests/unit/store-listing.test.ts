import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listingLocales, readListing } from '../support/store-listing';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Length limits per field, in characters, each with where it comes from. Where a store publishes no
 * figure, a house limit keeps the text short enough for a reviewer to read at a glance; those say so.
 */
const limits: Record<string, { max: number; source: string }> = {
  // MDN, manifest.json "name" (developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/name):
  // "as of February 2024, addons.mozilla.org accepts a maximum of 50 characters; the Chrome Web Store 75".
  // One name for both stores, so the smaller limit.
  name: { max: 50, source: 'AMO 50, Chrome Web Store 75 (MDN manifest.json name)' },
  // developer.chrome.com/docs/extensions/reference/manifest/description: "no more than 132 characters";
  // the store takes this summary from the package's manifest description.
  chromeShortDescription: { max: 132, source: 'Chrome manifest description' },
  // The dashboard's description box; "up to 16,000 characters" per "The Chrome Extension Deployment
  // Checklist" (Matt Gaiser, DEV Community). Google's own pages we could reach give no figure.
  chromeDescription: { max: 16_000, source: 'Chrome Web Store dashboard (DEV Community checklist)' },
  // mozilla/addons-server, the listing form: summary = TransField(max_length=250).
  amoSummary: { max: 250, source: 'addons-server summary max_length 250' },
  // No published figure found for these: house limits.
  amoDescription: { max: 16_000, source: 'house limit (no AMO figure found), same as Chrome' },
  amoReviewerNotes: { max: 3_000, source: 'house limit' },
  singlePurpose: { max: 1_000, source: 'house limit (no Chrome figure found)' },
  remoteCode: { max: 1_000, source: 'house limit' },
  dataUse: { max: 1_000, source: 'house limit' },
  chromeCategory: { max: 60, source: 'a category name from the dashboard list' },
  amoCategory: { max: 60, source: 'a category name from the AMO list' },
};
// Permission justifications: no published figure found; house limit.
const justificationLimit = 1_000;
const limitFor = (key: string) =>
  limits[key]?.max ?? (key.startsWith('permission:') || /hostPermissions$/i.test(key) ? justificationLimit : undefined);

// Coverage is the plan's decision: a listing may tell people to check and ask, never promise.
const PROMISE = /\bguarantee|\bwill (?:be )?(?:cover|pay|reimburs)|\b(?:is|are|always) covered\b|\bcovers (?:your|massage)\b|\bget (?:your )?money back\b|\d\s?%/i;
// The same promises in Spanish: "garantiza", "cubrirá", "le pagará/reembolsará", "está cubierto",
// "cubre su masaje", "le devuelven su dinero".
const PROMISE_ES =
  /garantiz|(?<!\p{L})(?:cubrir[áa]n?|le (?:pagar|reembolsar)[áa]n?|(?:est[áa]n?|siempre) cubiert[oa]s?|cubre (?:su|el) masaje|devuelv\p{L}* (?:su )?dinero)(?!\p{L})|\d\s?%/iu;

/** Words that tell people to check and to ask, per listing language. */
const CHECK_AND_ASK: Record<string, { promise: RegExp; check: RegExp; ask: RegExp }> = {
  en: { promise: PROMISE, check: /\bcheck\b/i, ask: /\bask\b/i },
  es: { promise: PROMISE_ES, check: /\b(?:verifi|consult|compruebe|revis)\w*/i, ask: /\bpregunt\w*/i },
};

const english = readListing('en');

describe('store listings (store/listing.<locale>.md)', () => {
  it('English has every field the two stores ask for', () => {
    expect([...english.keys()]).toEqual(
      expect.arrayContaining([
        'name',
        'chromeShortDescription',
        'chromeDescription',
        'chromeCategory',
        'singlePurpose',
        'remoteCode',
        'dataUse',
        'amoSummary',
        'amoDescription',
        'amoCategory',
        'amoReviewerNotes',
      ]),
    );
  });

  for (const locale of listingLocales()) {
    const listing = readListing(locale);
    const messages = JSON.parse(readFileSync(path.join(root, 'public', '_locales', locale, 'messages.json'), 'utf8'));

    it(`${locale}: has the same fields as English, none empty`, () => {
      expect([...listing.keys()].sort()).toEqual([...english.keys()].sort());
      expect([...listing].filter(([, text]) => text === '').map(([key]) => key)).toEqual([]);
    });

    it(`${locale}: every text fits its store's length limit`, () => {
      const over = [...listing]
        .map(([key, text]) => ({ key, length: [...text].length, max: limitFor(key) }))
        .filter(({ max, length }) => max === undefined || length > max);
      expect(over).toEqual([]);
    });

    it(`${locale}: name and short description are the manifest's own, as the Chrome Web Store reads them from the package`, () => {
      expect(listing.get('name')).toBe(messages.extName.message);
      expect(listing.get('chromeShortDescription')).toBe(messages.extDescription.message);
    });

    it(`${locale}: the texts tell people to check and ask, and never promise coverage or show a percentage`, () => {
      const wording = CHECK_AND_ASK[locale];
      expect(wording, `no check/ask wording for the listing language ${locale}`).toBeDefined();
      const { promise, check, ask } = wording!;
      const promising = [...listing].filter(([, text]) => promise.test(text)).map(([key, text]) => `${key}: ${promise.exec(text)?.[0]}`);
      expect(promising).toEqual([]);
      for (const key of ['chromeDescription', 'amoDescription']) {
        expect(listing.get(key)).toMatch(check);
        expect(listing.get(key)).toMatch(ask);
      }
    });

    if (locale !== 'en') {
      it(`${locale}: keeps the English listing's store names, permissions and codes (a translation drops none)`, () => {
        const kept = ['Yelp', 'MassageBook', 'Vagaro', 'Medicare.gov', 'activeTab', 'connect-src', 'data_collection_permissions', 'MED', 'SPA', 'MIX', 'INS', 'BCTMB'];
        for (const [key, text] of english) {
          const translated = listing.get(key) ?? '';
          expect(kept.filter((word) => text.includes(word) && !translated.includes(word)), key).toEqual([]);
        }
      });
    }
  }

  it('every locale of the extension keeps its manifest name and description within the stores’ limits', () => {
    for (const locale of readdirSync(path.join(root, 'public', '_locales'))) {
      const messages = JSON.parse(readFileSync(path.join(root, 'public', '_locales', locale, 'messages.json'), 'utf8'));
      expect([...messages.extName.message].length).toBeLessThanOrEqual(limits.name!.max);
      expect([...messages.extDescription.message].length).toBeLessThanOrEqual(limits.chromeShortDescription!.max);
    }
  });
});
