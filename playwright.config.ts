import { defineConfig } from '@playwright/test';
import type { SuiteOptions } from './tests/e2e/fixtures';

// The browser suite: every scenario runs once in Debian's Chromium (Playwright) and once in
// Firefox ESR (Puppeteer over WebDriver BiDi). `npm run test:e2e -- --project=firefox` runs one.
export default defineConfig<SuiteOptions>({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium', use: { driver: 'chromium' } },
    { name: 'firefox', use: { driver: 'firefox' } },
  ],
});
