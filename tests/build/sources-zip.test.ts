import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// AMO rebuilds bundled code from the sources zip with the commands its README gives. This zips
// the working tree as `npm run zip` does (into a temporary folder, not .output/), unpacks the
// sources zip, runs the README's commands there and compares the result with the Firefox zip, file
// by file. The unpacked sources reuse this project's node_modules through a symlink, because a
// fresh `npm ci` takes minutes on a shared machine; KTK_SOURCES_CLEAN_INSTALL=1 runs the README's
// `npm ci` for real (with --prefer-offline: the npm cache first, then the registry).

const root = path.resolve(import.meta.dirname, '..', '..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const workDir = mkdtempSync(path.join(os.tmpdir(), 'ktk-sources-'));
const zipsDir = path.join(workDir, 'zips');
const zipPath = (kind: string) => path.join(zipsDir, `${packageJson.name}-${packageJson.version}-${kind}.zip`);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/**
 * The environment of a reviewer's shell: without what vitest sets for itself (NODE_ENV=test makes
 * a different bundle) or this project's test-build switches.
 */
function reviewerEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|VITEST.*|TEST|MODE|KTK_.*)$/.test(key)));
  return { ...env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PUPPETEER_SKIP_DOWNLOAD: '1' };
}

beforeAll(() => {
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'wxt'), ['zip', '-b', 'firefox'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...reviewerEnv(), KTK_OUTPUT_DIR: zipsDir },
  });
  if (run.status !== 0) throw new Error(`wxt zip -b firefox failed:\n${run.stdout}\n${run.stderr}`);
}, 240_000);

function requireZip(kind: string): string {
  const file = zipPath(kind);
  if (!existsSync(file)) throw new Error(`wxt zip made no ${path.basename(file)}`);
  return file;
}

function unzip(file: string, into: string) {
  execFileSync('unzip', ['-q', '-o', file, '-d', into]);
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/** The shell commands in the README's "Rebuild the Firefox package from its sources" section. */
function rebuildCommands(readme: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Rebuild the Firefox package from its sources'));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no "Rebuild the Firefox package from its sources" section with a sh block');
  return block.split('\n').map((line) => line.trim()).filter(Boolean);
}

describe('Firefox sources zip', () => {
  it('holds what a rebuild needs and nothing of the local machine', () => {
    const sources = path.join(workDir, 'sources');
    unzip(requireZip('sources'), sources);
    const files = filesUnder(sources);
    for (const needed of ['README.md', 'package.json', 'package-lock.json', 'wxt.config.ts', 'assets/icon.svg', 'public/_locales/en/messages.json'])
      expect(files).toContain(needed);
    expect(files.some((f) => f.startsWith('entrypoints/'))).toBe(true);
    expect(files.filter((f) => /(^|\/)(node_modules|\.output|\.wxt|test-results|playwright-report|tests)\//.test(f) || f.endsWith('.zip'))).toEqual([]);
  });

  it('rebuilds, with the README commands, a Firefox package byte-identical to the Firefox zip', () => {
    const sources = path.join(workDir, 'sources');
    if (!existsSync(path.join(sources, 'README.md'))) unzip(requireZip('sources'), sources);
    const commands = rebuildCommands(readFileSync(path.join(sources, 'README.md'), 'utf8'));
    expect(commands[0]).toBe('npm ci');
    const cleanInstall = process.env.KTK_SOURCES_CLEAN_INSTALL === '1';
    if (!cleanInstall) symlinkSync(path.join(root, 'node_modules'), path.join(sources, 'node_modules'), 'dir');
    for (const command of commands) {
      if (command === 'npm ci' && !cleanInstall) continue;
      const args = command.split(/\s+/);
      if (command === 'npm ci') args.push('--prefer-offline', '--no-audit', '--no-fund');
      const run = spawnSync(args[0]!, args.slice(1), {
        cwd: sources,
        encoding: 'utf8',
        env: reviewerEnv(),
      });
      expect(run.status, `${command} failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
    }

    const expected = path.join(workDir, 'firefox-zip');
    unzip(requireZip('firefox'), expected);
    const rebuilt = path.join(sources, '.output', 'firefox-mv3');
    const expectedFiles = filesUnder(expected).sort();
    expect(filesUnder(rebuilt).sort().join('\n')).toBe(expectedFiles.join('\n'));
    const differing = expectedFiles.filter((f) => !readFileSync(path.join(rebuilt, f)).equals(readFileSync(path.join(expected, f))));
    expect(differing).toEqual([]);
  }, 240_000);
});
