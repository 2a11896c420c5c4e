import { describe, expect, it } from 'vitest';
import {
  addedPermissions,
  changelogWithRelease,
  latestRecordedVersion,
  type PermissionSet,
  permissionsOf,
  suggestedLine,
  unannounced,
} from '@/scripts/release/permissions';

const base: PermissionSet = permissionsOf({
  permissions: ['storage', 'activeTab'],
  host_permissions: ['*://*.aetna.com/*'],
  optional_host_permissions: ['*://*/*'],
});
const withNewHost: PermissionSet = { ...base, host_permissions: ['*://*.aetna.com/*', '*://*.cigna.com/*'] };

describe('release permission check', () => {
  it('finds a host a release adds, per browser, and ignores what it removes', () => {
    const added = addedPermissions({ chrome: base, firefox: base }, { chrome: withNewHost, firefox: permissionsOf({ ...base, permissions: ['storage'] }) });
    expect(added).toEqual([{ browser: 'chrome', kind: 'host_permissions', value: '*://*.cigna.com/*' }]);
  });

  it('counts a narrowed host as nothing new, and a widened one as added', () => {
    const narrowed = permissionsOf({ ...base, host_permissions: ['https://*.aetna.com/*', 'https://*.member.aetna.com/*'] });
    expect(addedPermissions({ chrome: base, firefox: base }, { chrome: narrowed, firefox: narrowed })).toEqual([]);
    const widened = permissionsOf({ ...base, host_permissions: ['*://*.health.aetna.com/*', '*://aetna.com/*', '*://*.com/*'] });
    const https = permissionsOf({ ...base, host_permissions: ['https://aetna.com/*'] });
    const added = addedPermissions({ chrome: https, firefox: https }, { chrome: widened, firefox: https }).map((a) => a.value);
    expect(added.sort()).toEqual(['*://*.com/*', '*://*.health.aetna.com/*', '*://aetna.com/*']);
  });

  it('allows an added host exactly when a CHANGELOG line names it and says what the browser will ask', () => {
    const added = addedPermissions({ chrome: base, firefox: base }, { chrome: withNewHost, firefox: withNewHost });
    expect(unannounced('# Changelog\n\n## Unreleased\n', added)).toHaveLength(2);
    // Named but without the prompt: not enough.
    expect(unannounced('- Adds `*://*.cigna.com/*` for Cigna plan pages.', added)).toHaveLength(2);
    // The prompt but another host: not enough.
    expect(unannounced('- Adds `*://*.aetna.com/*`; Chrome asks to read and change your data on aetna.com.', added)).toHaveLength(2);
    const line = '- Adds `*://*.cigna.com/*` for Cigna plan pages; Chrome asks to "Read and change your data on cigna.com" on update.';
    expect(unannounced(`# Changelog\n\n## Unreleased\n\n${line}\n`, added)).toEqual([]);
  });

  it('suggests a line that itself passes the check once the maintainer writes why', () => {
    const item = { browser: 'chrome' as const, kind: 'host_permissions' as const, value: '*://*.cigna.com/*' };
    const line = suggestedLine(item);
    expect(line).toContain('Read and change your data on cigna.com');
    expect(unannounced(line, [item])).toEqual([]);
  });

  it('takes the newest kept record by number, not by spelling', () => {
    expect(latestRecordedVersion(['permissions-0.9.0.json', 'permissions-0.10.0.json', 'README.md', 'listing.en.md'])).toBe('0.10.0');
    expect(latestRecordedVersion(['listing.en.md'])).toBeUndefined();
  });

  it('moves the Unreleased notes into the new section with the commits, and keeps older sections', () => {
    const before = '# Changelog\n\n## Unreleased\n\n- Adds `x`; the browser asks.\n\n## 0.1.0 — 2026-12-01\n\n### Commits\n\n- First\n';
    const after = changelogWithRelease(before, '0.2.0', '2026-12-02', ['Second', 'Third']);
    expect(after).toBe(
      '# Changelog\n\n## Unreleased\n\n## 0.2.0 — 2026-12-02\n\n- Adds `x`; the browser asks.\n\n### Commits\n\n- Second\n- Third\n\n## 0.1.0 — 2026-12-01\n\n### Commits\n\n- First\n',
    );
  });
});
