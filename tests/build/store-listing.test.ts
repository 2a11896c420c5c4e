import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listingLocales, permissionKey, readListing } from '../support/store-listing';

const root = path.resolve(import.meta.dirname, '..', '..');

function builtManifest(dir: string) {
  const file = path.join(root, '.output', dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build in .output/${dir}: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as {
    permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
  };
}

describe('store listings against the built packages', () => {
  for (const locale of listingLocales()) {
    it(`${locale}: justifies exactly the permissions the packages ask for, no more and no fewer`, () => {
      const asked = new Set<string>();
      for (const dir of ['chrome-mv3', 'firefox-mv3']) {
        const manifest = builtManifest(dir);
        for (const permission of manifest.permissions ?? []) asked.add(permissionKey(permission));
        if (manifest.host_permissions?.length) asked.add('hostPermissions');
        if (manifest.optional_host_permissions?.length) asked.add('optionalHostPermissions');
      }
      const justified = [...readListing(locale).keys()].filter((key) => key.startsWith('permission:') || /hostPermissions$/i.test(key));
      expect(justified.sort()).toEqual([...asked].sort());
    });
  }
});
