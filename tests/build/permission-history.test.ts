import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addedPermissions,
  BROWSERS,
  latestRecordedVersion,
  type PermissionRecord,
  permissionsOf,
  suggestedLine,
  unannounced,
} from '@/scripts/release/permissions';

// A permission or host a release adds makes the browser ask the user again on update (and keep the
// new version off until they accept). Such a release must say so in CHANGELOG.md first.
const root = path.resolve(import.meta.dirname, '..', '..');
const storeDir = path.join(root, 'store');

describe('permissions against the last release (store/permissions-<version>.json)', () => {
  it('the built packages add no permission or host that CHANGELOG.md does not announce with what the browser will ask', () => {
    const latest = latestRecordedVersion(readdirSync(storeDir));
    expect(latest, 'no store/permissions-<version>.json kept: run npm run release -- <version>').toBeDefined();
    const kept = JSON.parse(readFileSync(path.join(storeDir, `permissions-${latest}.json`), 'utf8')) as PermissionRecord;
    const built = Object.fromEntries(
      BROWSERS.map((browser) => {
        const file = path.join(root, '.output', `${browser}-mv3`, 'manifest.json');
        if (!existsSync(file)) throw new Error(`No build in .output/${browser}-mv3: run \`npm run build\` first.`);
        return [browser, permissionsOf(JSON.parse(readFileSync(file, 'utf8')))];
      }),
    ) as Omit<PermissionRecord, 'version'>;
    const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
    const missing = unannounced(changelog, addedPermissions(kept, built));
    // The failure lists a line to start from for each, as `npm run release` does.
    expect([...new Set(missing.map(suggestedLine))]).toEqual([]);
  });
});
