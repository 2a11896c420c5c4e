import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE } from '@/lib/content-script';

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

  it('runs only on the curated hosts, never on every site at install', () => {
    requireBuild('chrome-mv3');
    const manifest = JSON.parse(readFileSync(out('chrome-mv3', 'manifest.json'), 'utf8'));
    const matches: string[] = manifest.content_scripts[0].matches;
    expect(matches).toContain('*://*.aetna.com/*');
    expect(matches).toContain('*://*.massagebook.com/*');
    expect(matches.some((m) => m === '<all_urls>' || m.startsWith('*://*/'))).toBe(false);
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
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
  });

  it('declares that it collects no data', () => {
    requireBuild('firefox-mv3');
    const manifest = JSON.parse(readFileSync(out('firefox-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.manifest_version).toBe(3);
  });
});
