import path from 'node:path';
import { defineConfig } from 'wxt';
import { directories } from './data/directories';
import { curatedHostPatterns } from './data/hosts';
import { ICON_SIZES, TOOLBAR_ICON_SIZES, iconFile } from './lib/extension/brand-mark';
import { ALL_SITES_ORIGINS, CONTENT_SCRIPT_FILE } from './lib/extension/content-script';
import { stripExamples } from './scripts/build/strip-examples';

// A test-only build for the browser suite (npm run build:e2e, into .output/e2e): it starts with
// access to every site, which a test can otherwise only get through a permission prompt or a
// toolbar click (activeTab) that no browser driver can make. The shipped build never has it.
const e2eGrantedBuild = process.env.KTK_E2E_GRANTED_BUILD === '1';

// Firefox is built as MV3 too: one manifest shape, one toolbar API (`action`) and one
// permission model (optional all-sites access) for both browsers. See README "Firefox".
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/auto-icons'],
  vite: () => ({
    // Dependencies of a lazy import are preloaded by inserting <link> tags from script, which costs
    // the popup more than loading them on demand from the extension's own files; the pages' first
    // chunks are still preloaded from their HTML.
    build: { modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) } },
    // The content script tells a directory's results page by its address (lib/page/watch.ts).
    define: {
      __KTK_DIRECTORY_ADDRESSES__: JSON.stringify(directories.map(({ domains, resultsPath, businessPath }) => ({ domains, resultsPath, businessPath }))),
    },
    // The patterns' examples and near-misses are for tests; the packages leave them out.
    plugins: [stripExamples(path.resolve('data') + path.sep)],
  }),
  // Every icon is rendered from one drawing at build time (lib/extension/brand-mark.ts says what it
  // is); `wxt` in development greys them, so a dev build is never mistaken for the installed one.
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [...ICON_SIZES] },
  // KTK_OUTPUT_DIR: tests/build/sources-zip.test.ts zips into a folder of its own, so it never
  // rewrites .output/ while the other build checks read it.
  outDir: process.env.KTK_OUTPUT_DIR ?? (e2eGrantedBuild ? '.output/e2e' : '.output'),
  // The Firefox sources zip (AMO's review of bundled code) holds exactly what rebuilds the package,
  // listed rather than filtered, so no stray local file (test results, a profile) is ever shipped.
  // README.md inside says how; tests/build/sources-zip.test.ts rebuilds from it and compares.
  zip: {
    excludeSources: ['**/*'],
    includeSources: [
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'assets/**',
      'components/**',
      'data/**',
      'entrypoints/**',
      'lib/**',
      'public/**',
      'scripts/build/**',
      'docs/firefox-review.md',
      'docs/PRIVACY.md',
    ],
  },
  hooks: {
    // The content script is an unlisted script (entrypoints/page-watch.ts says why), so it is listed
    // here. The curated host list comes from data/hosts.ts; importing it into the script itself
    // would bundle the insurer table and break the script's size budget.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [{ matches: curatedHostPatterns, js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' }];
    },
    'zip:start': () => {
      if (e2eGrantedBuild)
        throw new Error('KTK_E2E_GRANTED_BUILD is set: the test build asks for all sites at install and is never packaged.');
    },
  },
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: e2eGrantedBuild ? [...curatedHostPatterns, '<all_urls>'] : curatedHostPatterns,
    // All sites only ever on request, from the options page ("Check every page I visit").
    optional_host_permissions: ALL_SITES_ORIGINS,
    action: {
      default_title: '__MSG_extName__',
      default_icon: Object.fromEntries(TOOLBAR_ICON_SIZES.map((size) => [size, iconFile(size)])),
    },
    content_security_policy: {
      // connect-src 'none': the extension's own pages and worker cannot make a network request.
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'; connect-src 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'knead-to-know@kneadtoknow.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
