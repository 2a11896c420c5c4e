// npm run release -- <version>
// Builds, checks that CHANGELOG.md announces every permission or host the release adds (with what
// the browser will ask), then sets the version in package.json and package-lock.json, keeps the
// release's permissions in store/permissions-<version>.json and writes the CHANGELOG.md section
// from the commits since the last tag. It neither commits nor tags: it prints what to do next.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  addedPermissions,
  BROWSERS,
  changelogWithRelease,
  compareVersions,
  isStoreVersion,
  latestRecordedVersion,
  type PermissionRecord,
  permissionsOf,
  suggestedLine,
  unannounced,
} from './release/permissions';

const root = path.resolve(import.meta.dirname, '..');
const storeDir = path.join(root, 'store');
const changelogPath = path.join(root, 'CHANGELOG.md');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file: string, value: unknown) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const version = process.argv[2];
if (!version || !isStoreVersion(version)) fail('Usage: npm run release -- <version>   (1 to 4 dot-separated numbers, e.g. 0.2.0)');
const latest = latestRecordedVersion(readdirSync(storeDir));
if (latest && compareVersions(version, latest) <= 0) fail(`${version} is not newer than the last release, ${latest}.`);

if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) fail('The build failed; nothing was changed.');
const built = Object.fromEntries(
  BROWSERS.map((browser) => [browser, permissionsOf(readJson(path.join(root, '.output', `${browser}-mv3`, 'manifest.json')))]),
) as Omit<PermissionRecord, 'version'>;

const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '# Changelog\n\n## Unreleased\n';
if (latest) {
  const missing = unannounced(changelog, addedPermissions(readJson(path.join(storeDir, `permissions-${latest}.json`)), built));
  if (missing.length > 0) {
    const lines = [...new Map(missing.map((item) => [item.value, suggestedLine(item)])).values()];
    fail(
      `This release asks for ${missing.length} permission(s) or host(s) that ${latest} did not, and CHANGELOG.md does not announce them.\n` +
        `Add a line for each under "## Unreleased" that names it in backticks, says why, and says what the browser will ask, e.g.:\n\n${lines.join('\n')}`,
    );
  }
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
let lastTag: string | undefined;
try {
  lastTag = git('describe', '--tags', '--abbrev=0');
} catch {
  lastTag = undefined; // No tag yet: the first release lists every commit.
}
const subjects = git('log', '--format=%s', ...(lastTag ? [`${lastTag}..HEAD`] : [])).split('\n').filter(Boolean);

const packageJson = readJson(path.join(root, 'package.json'));
packageJson.version = version;
writeJson(path.join(root, 'package.json'), packageJson);
const lock = readJson(path.join(root, 'package-lock.json'));
lock.version = version;
if (lock.packages?.['']) lock.packages[''].version = version;
writeJson(path.join(root, 'package-lock.json'), lock);

const record: PermissionRecord = { version, ...built };
writeJson(path.join(storeDir, `permissions-${version}.json`), record);
writeFileSync(changelogPath, changelogWithRelease(changelog, version, new Date().toISOString().slice(0, 10), subjects));

console.log(
  `Release ${version}: package.json, package-lock.json, CHANGELOG.md and store/permissions-${version}.json written` +
    ` (${subjects.length} commit(s) since ${lastTag ?? 'the start'}).\n` +
    `Next: read CHANGELOG.md, npm run zip, commit, then tag v${version}.`,
);
