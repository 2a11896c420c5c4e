import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findBrowser } from './find-browser';
import type { ExtensionBrowser, LaunchOptions, PageHandle } from './types';

function wrap(page: Page): PageHandle {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    text: async (selector) => (await page.locator(selector).first().textContent({ timeout: 10_000 })) ?? '',
    click: (selector) => page.locator(selector).first().click(),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    fill: (selector, value) => page.locator(selector).first().fill(value),
    upload: (selector, fileName, contents) =>
      page.locator(selector).first().setInputFiles({ name: fileName, mimeType: 'application/octet-stream', buffer: Buffer.from(contents, 'utf8') }),
    screenshot: async (file, colorScheme, view = {}) => {
      await page.setViewportSize({ width: view.width ?? 420, height: view.height ?? 640 });
      await page.emulateMedia({ colorScheme, media: view.media ?? 'screen' });
      if (view.selector) await page.locator(view.selector).first().screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: true });
    },
    pdf: async (paper) => {
      // DevTools' printToPDF is what "Save as PDF" in the print dialog uses; paper sizes in inches.
      const size = paper === 'A4' ? { paperWidth: 8.27, paperHeight: 11.69 } : { paperWidth: 8.5, paperHeight: 11 };
      const cdp = await page.context().newCDPSession(page);
      try {
        const { data } = await cdp.send('Page.printToPDF', { ...size, printBackground: false });
        return Buffer.from(data, 'base64');
      } finally {
        await cdp.detach();
      }
    },
    viewportShot: async (size, colorScheme) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      return page.screenshot({ fullPage: false });
    },
    setContent: (html) => page.setContent(html, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    bringToFront: () => page.bringToFront(),
    setViewport: (size) => page.setViewportSize(size),
    close: () => page.close(),
  };
}

export async function launchChromium({ extensionDir, httpPort, httpsPort, uiLanguage, colorScheme }: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'ktk-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser('chromium'),
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    ignoreHTTPSErrors: true,
    // On Linux, Chromium takes its UI language from LANGUAGE and --lang. No `locale` option: that
    // emulates the language in pages only (an extension page then sees es, its service worker en-US).
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage, LANG: `${uiLanguage}.UTF-8` } } : {}),
    ...(colorScheme ? { colorScheme } : {}),
    args: [
      ...(uiLanguage ? [`--lang=${uiLanguage}`] : []),
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Every host name resolves to the fixture server: real addresses, local pages, no traffic out.
      `--host-resolver-rules=MAP *:80 127.0.0.1:${httpPort},MAP *:443 127.0.0.1:${httpsPort},EXCLUDE localhost`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const baseUrl = `chrome-extension://${id}/`;
  let probe: Page | undefined;

  const openExtensionPage = async (pathAndQuery: string, readySelector: string) => {
    const page = await context.newPage();
    await page.goto(baseUrl + pathAndQuery);
    await page.waitForSelector(readySelector, { timeout: 10_000 });
    return page;
  };

  return {
    name: 'chromium',
    baseUrl,
    newPage: async () => wrap(await context.newPage()),
    openExtensionPage: async (p, sel) => wrap(await openExtensionPage(p, sel)),
    inExtension: async (fn, arg) => {
      if (!probe || probe.isClosed()) probe = await openExtensionPage('options.html', 'main');
      return probe.evaluate(fn as never, arg) as never;
    },
    stopBackground: async () => {
      // Chromium stops an idle worker after 30 s; DevTools' stopWorker does it at once. We wait
      // until DevTools reports it stopped, so the scenario really runs against a fresh worker.
      const page = await openExtensionPage('options.html', 'main');
      const cdp = await context.newCDPSession(page);
      const status = new Map<string, string>();
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) if (v.scriptURL.startsWith(baseUrl)) status.set(v.versionId, v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      await expect.poll(() => [...status.values()].includes('running')).toBe(true);
      for (const [versionId, running] of status) {
        if (running === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
      }
      await expect.poll(() => [...status.values()].every((s) => s === 'stopped')).toBe(true);
      await cdp.detach();
      await page.close();
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
