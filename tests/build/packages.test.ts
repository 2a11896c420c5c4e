import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { curatedHostPatterns } from '@/data/hosts';
import { ALL_SITES_ORIGINS, CONTENT_SCRIPT_FILE } from '@/lib/extension/content-script';

const root = path.resolve(import.meta.dirname, '..', '..');
const out = (...p: string[]) => path.join(root, '.output', ...p);

function requireBuild(dir: string) {
  if (!existsSync(out(dir, 'manifest.json'))) throw new Error(`No build in .output/${dir}: run \`npm run build\` first.`);
}

describe('content script bundle', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv3']) {
    it(`${dir}: stays under 10 KB minified, carries no React or zod, and never signals the page`, () => {
      requireBuild(dir);
      const code = readFileSync(out(dir, CONTENT_SCRIPT_FILE), 'utf8');
      expect(code.length).toBeLessThan(10 * 1024);
      expect(code).not.toMatch(/react\.element|__SECRET_INTERNALS|ZodError|\$ZodType/);
      // A window message or a DOM event would tell any page that the extension is installed.
      expect(code).not.toMatch(/\.postMessage\(|\.dispatchEvent\(|new CustomEvent/);
    });
  }
});

// Any match pattern that reaches every site, in the forms a manifest can spell it.
const REACHES_EVERY_SITE = /^(<all_urls>|(\*|https?):\/\/\*\/.*)$/;

describe('install-time permissions', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv3']) {
    it(`${dir}: all sites is an optional permission only; install asks for the curated hosts and nothing more`, () => {
      requireBuild(dir);
      const manifest = JSON.parse(readFileSync(out(dir, 'manifest.json'), 'utf8'));
      const scriptMatches: string[] = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
      expect(manifest.host_permissions).toEqual(curatedHostPatterns);
      expect(manifest.host_permissions.filter((p: string) => REACHES_EVERY_SITE.test(p))).toEqual([]);
      expect(scriptMatches.filter((p) => REACHES_EVERY_SITE.test(p))).toEqual([]);
      expect(scriptMatches).toContain('https://*.aetna.com/*');
      expect(manifest.optional_host_permissions).toEqual(ALL_SITES_ORIGINS);
      expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    });
  }

  it('refuses to zip the test build, which holds all-sites access from install', async () => {
    vi.stubEnv('KTK_E2E_GRANTED_BUILD', '1');
    vi.resetModules();
    try {
      const { default: testBuildConfig } = await import('../../wxt.config');
      const zipStart = (testBuildConfig.hooks as Record<string, ((wxt: never) => unknown) | undefined> | undefined)?.['zip:start'];
      expect(() => zipStart?.({} as never)).toThrow(/never packaged/);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe('Firefox package', () => {
  it('passes addons-linter with no errors, and every warning is explained in docs/firefox-review.md', () => {
    requireBuild('firefox-mv3');
    const run = spawnSync(path.join(root, 'node_modules', '.bin', 'addons-linter'), [out('firefox-mv3'), '--output', 'json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as {
      errors: { code: string; message: string }[];
      warnings: { code: string; file?: string }[];
    };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    const review = readFileSync(path.join(root, 'docs', 'firefox-review.md'), 'utf8');
    const unexplained = report.warnings.filter((w) => !review.includes(`\`${w.code}\``));
    expect(unexplained.map((w) => `${w.code} in ${w.file}`)).toEqual([]);
    // And on the row of its code, the file it is in (a chunk by its name, the hash as *).
    const rowOf = (code: string) => review.split('\n').find((line) => line.startsWith(`| \`${code}\``)) ?? '';
    const chunkName = (file = '') => file.replace(/-[\w-]{8}\.js$/, '-*.js');
    const misplaced = report.warnings.filter((w) => !rowOf(w.code).includes(`\`${chunkName(w.file)}\``));
    expect(misplaced.map((w) => `${w.code} in ${chunkName(w.file)}`)).toEqual([]);
  });

  it('declares that it collects no data', () => {
    requireBuild('firefox-mv3');
    const manifest = JSON.parse(readFileSync(out('firefox-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.manifest_version).toBe(3);
  });
});
