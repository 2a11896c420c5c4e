import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const fakePolyfill = path.resolve(import.meta.dirname, 'tests/support/fake-browser.ts');

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        resolve: { alias: { 'webextension-polyfill': fakePolyfill } },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['fake-indexeddb/auto'] },
      },
      {
        extends: true,
        resolve: { alias: { 'webextension-polyfill': fakePolyfill } },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', 'tests/support/component-setup.ts'],
        },
      },
      {
        extends: true,
        // Checks on the built packages: run after `npm run build`.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
    ],
  },
});
