import path from 'node:path';
import { axeViolations } from './axe';
import type { ExtensionBrowser, PageHandle } from './drivers/types';
import { EXTRA_URLS } from './extra-pages';
import { badgeText, expect, tabIdFor, test } from './fixtures';

// The popup, options, in-page panel and listing chip scenarios once more, with the browser started
// in Spanish (Chromium: LANGUAGE=es, --lang=es, locale es; Firefox: intl.locale.requested=es) and
// the extension in Spanish (see inSpanish for how).

const shotsDir = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const CLINIC = 'https://www.massagebook.com/riverside-clinical-massage';
const INSURER = 'https://www.aetna.com/individuals-families/member-benefits/coverage.html';

const uiLanguage = (ext: ExtensionBrowser) =>
  ext.inExtension(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.i18n.getUILanguage() as string;
  }, null);

/**
 * Puts the extension in Spanish: by the browser's own language where the extension sees it as
 * Spanish ("same as the browser", the default), else by the patient's choice in the settings.
 * Debian's firefox-esr has no Spanish language pack, so its getUILanguage() stays en-US whatever
 * `intl.locale.requested` says. Chromium started with LANGUAGE=es and --lang=es: whichever it
 * reports, the background (panel, chips) and the pages must agree, which the scenarios check.
 */
async function inSpanish(ext: ExtensionBrowser): Promise<'browser' | 'setting'> {
  const byBrowser = /^es\b/.test(await uiLanguage(ext));
  await ext.inExtension(async (browserIsSpanish) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    if (browserIsSpanish) await api.storage.local.remove('settings');
    else await api.storage.local.set({ settings: { language: 'es' } });
  }, byBrowser);
  return byBrowser ? 'browser' : 'setting';
}

const htmlLang = (page: PageHandle) => page.evaluate(() => document.documentElement.lang, null);

async function popupFor(ext: ExtensionBrowser, url: string, badge: string, ready: string) {
  const page = await ext.newPage();
  await page.goto(url);
  const tabId = await tabIdFor(ext, url);
  await expect.poll(() => badgeText(ext, tabId)).toBe(badge);
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, ready);
  return { page, tabId, popup };
}

test('the popup on a clinic page speaks Spanish, with lang="es", and axe finds nothing', async ({ spanishExt: ext, driver }) => {
  await inSpanish(ext);
  const { page, popup } = await popupFor(ext, CLINIC, 'MED', '[data-testid="checklist-section"]');
  expect(await htmlLang(popup)).toBe('es');
  expect(await popup.text('[data-testid="verdict"]')).toContain('Esta página parece de un consultorio de masaje clínico.');
  expect(await popup.text('[data-testid="situation"] legend')).toContain('¿Qué le trae por aquí?');
  await popup.click('[data-testid="checklist-section"] summary');
  // A registry text (the records dimension and its signal label) in Spanish, not only the interface.
  expect(await popup.text('[data-dimension="records"]')).toContain('Registros');
  expect(await popup.text('[data-dimension="records"] .page-says')).toContain('Lleva notas SOAP');
  expect(await axeViolations(popup)).toEqual([]);
  if (driver === 'chromium') {
    for (const scheme of ['light', 'dark'] as const) await popup.screenshot!(path.join(shotsDir, `popup-clinic-es-${scheme}.png`), scheme);
  }
  await popup.close();
  await page.close();
});

test('the popup on a plan page and the in-page panel speak Spanish; the portal search words stay English', async ({ spanishExt: ext, driver }) => {
  await inSpanish(ext);
  const { page, tabId, popup } = await popupFor(ext, INSURER, 'INS', '[data-testid="insurer-view"]');
  expect(await htmlLang(popup)).toBe('es');
  expect(await popup.text('[data-testid="insurer-view"]')).toContain('Dónde buscar en este portal');
  expect(await popup.evaluate(() => document.querySelector('[data-testid="search-terms"]')?.getAttribute('lang'), null)).toBe('en');
  expect(await axeViolations(popup)).toEqual([]);
  if (driver === 'chromium') {
    for (const scheme of ['light', 'dark'] as const) await popup.screenshot!(path.join(shotsDir, `popup-insurer-es-${scheme}.png`), scheme);
  }
  await popup.close();

  // The panel's shadow root is closed: read it through the extension's own handle.
  const panel = () =>
    ext.inExtension(async (id) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const [injection] = await api.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const root = (globalThis as any).kneadToKnowPanelRoot;
          if (!root || !root.host.isConnected) return null;
          const aside = root.querySelector('aside');
          return { text: root.textContent as string, lang: aside.lang as string, hostLang: root.host.lang as string, termLang: root.querySelector('li')?.lang as string };
        },
      });
      return (injection?.result ?? null) as { text: string; lang: string; hostLang: string; termLang: string } | null;
    }, tabId);
  // A panel drawn before the language was set (Firefox) is redrawn on the next load.
  await page.goto(INSURER);
  await expect.poll(async () => (await panel())?.text ?? '').toContain('¿Busca masaje en sus beneficios de Aetna?');
  expect(await panel()).toMatchObject({ lang: 'es', hostLang: 'es', termLang: 'en' });
  await page.close();
});

test('the options page speaks Spanish and shows the language the patient reads', async ({ spanishExt: ext }) => {
  const how = await inSpanish(ext);
  const options = await ext.openExtensionPage('options.html', '[data-testid="settings-language"]');
  await expect.poll(() => htmlLang(options)).toBe('es');
  expect(await options.text('[data-testid="settings"]')).toContain('Idioma');
  const chosen = await options.evaluate(() => document.querySelector<HTMLSelectElement>('[data-testid="settings-language"]')!.value, null);
  expect(chosen).toBe(how === 'browser' ? 'auto' : 'es');
  expect(await axeViolations(options)).toEqual([]);
  await options.close();
});

test('listing chips on a results page carry Spanish texts and lang="es"', async ({ spanishExt: ext }) => {
  await inSpanish(ext);
  const page = await ext.newPage();
  await page.goto(EXTRA_URLS.resultsYelp);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('knead-to-know-chip').length, null)).toBeGreaterThan(0);
  const langs = await page.evaluate(() => [...new Set([...document.querySelectorAll('knead-to-know-chip')].map((host) => (host as HTMLElement).lang))], null);
  expect(langs).toEqual(['es']);
  await page.close();
});
