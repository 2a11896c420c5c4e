import path from 'node:path';
import { expect, test as base } from '@playwright/test';
import { launchChromium } from './drivers/chromium';
import { launchFirefox } from './drivers/firefox';
import type { ExtensionBrowser, PageHandle } from './drivers/types';
import { extraRoutes } from './extra-pages';
import { fuzzRoute } from './fuzz-pages';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface SuiteOptions {
  driver: 'chromium' | 'firefox';
}

const outputDir = path.join(import.meta.dirname, '..', '..', '.output');
const extensionDirFor = { chromium: 'chrome-mv3', firefox: 'firefox-mv3' } as const;

interface LaunchChoices {
  uiLanguage?: string;
  colorScheme?: 'light' | 'dark';
}

function launchExtension(driver: SuiteOptions['driver'], server: FixtureServer, buildDir: string, choices: LaunchChoices = {}): Promise<ExtensionBrowser> {
  const launch = driver === 'firefox' ? launchFirefox : launchChromium;
  return launch({ extensionDir: path.join(outputDir, buildDir), httpPort: server.httpPort, httpsPort: server.httpsPort, ...choices });
}

/**
 * A browser of its own with the test build (access to every site) whose pages all prefer
 * `colorScheme`: Firefox can only be told at launch, so both drivers are launched the same way.
 * The caller closes it.
 */
export function launchGrantedExtension(driver: SuiteOptions['driver'], server: FixtureServer, colorScheme: 'light' | 'dark'): Promise<ExtensionBrowser> {
  return launchExtension(driver, server, path.join('e2e', extensionDirFor[driver]), { colorScheme });
}

export const test = base.extend<
  { ext: ExtensionBrowser; grantedExt: ExtensionBrowser; spanishExt: ExtensionBrowser; fixtureServer: FixtureServer },
  SuiteOptions & { server: FixtureServer; extWorker: ExtensionBrowser; grantedExtWorker: ExtensionBrowser; spanishExtWorker: ExtensionBrowser }
>({
  driver: ['chromium', { option: true, scope: 'worker' }],
  server: [
    async ({}, use) => {
      const server = await startFixtureServer(extraRoutes(), fuzzRoute);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extWorker: [
    async ({ driver, server }, use) => {
      const ext = await launchExtension(driver, server, extensionDirFor[driver]);
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  // The test build from `npm run build:e2e`, which starts with access to every site: only for
  // scenarios that would need a toolbar click (activeTab) or a permission prompt.
  grantedExtWorker: [
    async ({ driver, server }, use) => {
      const ext = await launchExtension(driver, server, path.join('e2e', extensionDirFor[driver]));
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  // The same build in a browser whose UI language is Spanish (tests/e2e/spanish.spec.ts).
  spanishExtWorker: [
    async ({ driver, server }, use) => {
      const ext = await launchExtension(driver, server, extensionDirFor[driver], { uiLanguage: 'es' });
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({ extWorker }, use) => use(extWorker),
  spanishExt: async ({ spanishExtWorker }, use) => use(spanishExtWorker),
  fixtureServer: async ({ server }, use) => use(server),
  grantedExt: async ({ grantedExtWorker }, use) => use(grantedExtWorker),
});

export { expect };

/** The extension's id for a tab showing `url`, as the extension API sees it. */
export async function tabIdFor(ext: ExtensionBrowser, url: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(async () => {
      id = await ext.inExtension(async (wanted) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((t: { url?: string }) => t.url === wanted)?.id as number | undefined;
      }, url);
      return id;
    }, { message: `a tab showing ${url}` })
    .toBeDefined();
  return id!;
}

export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.inExtension(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.action.getBadgeText({ tabId: id })) as string;
  }, tabId);
}

export async function badgeTitle(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.inExtension(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.action.getTitle({ tabId: id })) as string;
  }, tabId);
}

/**
 * The number of listing chips once the page was read from top to bottom, half a screen at a time,
 * as a patient scrolls: a chip is drawn when its listing comes near the viewport
 * (lib/page/near-view.ts). Ends back at the top. The tab comes to the front first: one behind
 * others (the extension page a test opened, say) is not rendered, so nothing comes near its viewport.
 */
export async function chipsAfterScrolling(page: PageHandle): Promise<number> {
  await page.bringToFront();
  return page.evaluate(async () => {
    const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await nextFrames();
    }
    scrollTo(0, 0);
    await nextFrames();
    return document.querySelectorAll('knead-to-know-chip').length;
  }, null);
}
