import { axeViolations } from './axe';
import type { ExtensionBrowser, PageHandle } from './drivers/types';
import { expect, launchGrantedExtension, test } from './fixtures';
import { renderInPageSurfaces } from './in-page-surfaces';
import { openAllSections, openPopupFor, type PopupPageKind } from './popup-pages';

// axe-core with 0 violations on every surface a patient sees, in light and in dark, in Chromium and
// in Firefox (issue 17, item 6). Each colour scheme gets a browser of its own, launched preferring
// it: Firefox can be told only at launch, so both drivers are run the same way.
const schemes = ['light', 'dark'] as const;
const popupKinds: PopupPageKind[] = ['clinic', 'spa', 'insurer', 'results'];

async function expectScheme(page: PageHandle, scheme: 'light' | 'dark') {
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(scheme === 'dark');
}

async function expectNoViolations(page: PageHandle, what: string, include?: string) {
  expect(await axeViolations(page, include), what).toEqual([]);
}

async function checkPopups(ext: ExtensionBrowser, scheme: 'light' | 'dark') {
  for (const kind of popupKinds) {
    const { page, popup } = await openPopupFor(ext, kind);
    await expectScheme(popup, scheme);
    await expectNoViolations(popup, `popup, ${kind}, sections closed, ${scheme}`);
    await openAllSections(popup);
    await expectNoViolations(popup, `popup, ${kind}, sections open, ${scheme}`);
    await popup.close();
    await page.close();
  }
}

async function checkExtensionPages(ext: ExtensionBrowser, scheme: 'light' | 'dark') {
  const options = await ext.openExtensionPage('options.html', '[data-testid="shortlist"]');
  await expectScheme(options, scheme);
  await expectNoViolations(options, `options page, ${scheme}`);
  await options.close();

  // The print view of a composed note, as it shows when reopened: without `?print`, so no print
  // dialog opens (in Firefox it would hold the page, and axe with it, until closed).
  await ext.inExtension(async (text) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.session.set({ 'print-note': text });
  }, 'To: Example Health Plan, claims department\nRe: Out-of-network claim for massage therapy');
  const print = await ext.openExtensionPage('print.html', '[data-testid="print-note"]');
  await expectNoViolations(print, `print view, ${scheme}`);
  await print.close();
}

async function checkInPageSurfaces(ext: ExtensionBrowser, scheme: 'light' | 'dark') {
  // A page outside the curated hosts, so the extension itself draws nothing on it.
  const page = await ext.newPage();
  await page.goto('https://www.bartoncreekspine.com/blog/medical-massage-vs-spa-massage/');
  await expectScheme(page, scheme);
  await renderInPageSurfaces(page);
  expect(await page.evaluate(() => document.querySelectorAll('knead-to-know-chip').length + document.querySelectorAll('knead-to-know-panel').length, null)).toBe(5);
  await expectNoViolations(page, `insurer panel and listing chips, ${scheme}`, 'knead-to-know-chip, knead-to-know-panel');
  // The chips' explanations show on focus: check them open, too.
  await page.evaluate(() => (document.querySelector('knead-to-know-chip') as HTMLElement).focus(), null);
  await expectNoViolations(page, `listing chip focused, ${scheme}`, 'knead-to-know-chip, knead-to-know-panel');
  await page.close();
}

for (const scheme of schemes) {
  test(`axe finds nothing on the popup, options, print view, insurer panel and chips (${scheme})`, async ({ driver, fixtureServer }) => {
    test.setTimeout(240_000);
    const ext = await launchGrantedExtension(driver, fixtureServer, scheme);
    try {
      await checkPopups(ext, scheme);
      await checkExtensionPages(ext, scheme);
      await checkInPageSurfaces(ext, scheme);
    } finally {
      await ext.close();
    }
  });
}
