import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import { findBrowser } from './find-browser';
import type { ExtensionBrowser, LaunchOptions, PageHandle } from './types';

export const GECKO_ID = 'knead-to-know@kneadtoknow.invalid';

/**
 * waitForSelector, but tolerant of the page's realm being replaced under it: right after a
 * navigation from about:blank to moz-extension://, BiDi can fail an evaluation with a protocol
 * error instead of waiting. Polls until the element is there or the time is up.
 */
async function waitForSelectorAcrossNavigation(page: Page, selector: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.$(selector)) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${selector} on ${page.url()}`, { cause: lastError });
}

function wrap(page: Page): PageHandle {
  /** Files chosen for uploads: Firefox reads them when the page does, so they live as long as the page. */
  const uploadDirs: string[] = [];
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    text: async (selector) => {
      await waitForSelectorAcrossNavigation(page, selector, 10_000);
      return (await page.$eval(selector, (node) => node.textContent)) ?? '';
    },
    click: async (selector) => {
      await waitForSelectorAcrossNavigation(page, selector, 10_000);
      await page.click(selector);
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as KeyInput),
    fill: async (selector, value) => {
      await waitForSelectorAcrossNavigation(page, selector, 10_000);
      const isDate = await page.$eval(selector, (el) => (el as HTMLInputElement).type === 'date');
      if (!isDate) return page.locator(selector).fill(value);
      // Firefox's date field takes keystrokes per segment in the locale's order, so typing an ISO
      // date does not work; set the value as the date picker would and fire the same events.
      await page.$eval(
        selector,
        (el, v) => {
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        },
        value,
      );
    },
    upload: async (selector, fileName, contents) => {
      await waitForSelectorAcrossNavigation(page, selector, 10_000);
      // Puppeteer hands the browser a path: write the contents to a file of that name first.
      const dir = mkdtempSync(path.join(tmpdir(), 'ktk-upload-'));
      uploadDirs.push(dir);
      const file = path.join(dir, path.basename(fileName));
      writeFileSync(file, contents, 'utf8');
      const input = (await page.$(selector)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`No ${selector} on ${page.url()}`);
      await input.uploadFile(file);
      await input.dispose();
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    bringToFront: () => page.bringToFront(),
    setViewport: (size) => page.setViewport(size),
    // WebDriver BiDi's browsingContext.print: Firefox's own print-to-PDF.
    pdf: async (paper) => Buffer.from(await page.pdf({ format: paper === 'A4' ? 'a4' : 'letter' })),
    close: async () => {
      await page.close();
      for (const dir of uploadDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox({ extensionDir, httpPort, uiLanguage, colorScheme }: LaunchOptions): Promise<ExtensionBrowser> {
  const uuid = randomUUID();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A known moz-extension:// address for the extension's pages.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Firefox has no host-resolver flag: every request goes through the fixture server as a proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': httpPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': httpPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Suspend the idle event page after one second, as Firefox does after 30 by default.
      'extensions.background.idle.timeout': 1000,
      'extensions.webextensions.restrictedDomains': '',
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      // Without a language pack Firefox keeps its English UI (i18n.getUILanguage() stays en-US);
      // the requested locale still sets the pages' preferred languages.
      ...(uiLanguage ? { 'intl.locale.requested': uiLanguage, 'intl.accept_languages': `${uiLanguage}, en` } : {}),
      // BiDi cannot emulate prefers-color-scheme; this pref sets what every page is told (0 dark, 1 light).
      ...(colorScheme ? { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 } : {}),
    },
  });
  await browser.installExtension(extensionDir);
  const baseUrl = `moz-extension://${uuid}/`;
  let probe: Page | undefined;

  const openExtensionPage = async (pathAndQuery: string, readySelector: string) => {
    const page = await browser.newPage();
    // A moz-extension:// navigation never reports its load over BiDi: start it, then wait for content.
    void page.goto(baseUrl + pathAndQuery).catch(() => undefined);
    await waitForSelectorAcrossNavigation(page, readySelector);
    return page;
  };

  return {
    name: 'firefox',
    baseUrl,
    newPage: async () => wrap(await browser.newPage()),
    openExtensionPage: async (p, sel) => wrap(await openExtensionPage(p, sel)),
    inExtension: async (fn, arg) => {
      if (!probe || probe.isClosed()) probe = await openExtensionPage('options.html', 'main');
      return probe.evaluate(fn as never, arg) as never;
    },
    stopBackground: async () => {
      // With the one-second idle timeout above, Firefox suspends the event page by itself once
      // no extension page keeps it busy; close ours and wait past the timeout.
      if (probe && !probe.isClosed()) await probe.close();
      probe = undefined;
      await new Promise((r) => setTimeout(r, 3000));
    },
    close: () => browser.close(),
  };
}
