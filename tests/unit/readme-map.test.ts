import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// README "Where things live" is the map of the repository; this keeps it true.
const root = path.resolve(import.meta.dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.split('## Where things live')[1]?.split(/\n## /)[0] ?? '';
const map = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

/** Folders the map names: "name/" at the start of a line, nested ones under the last top-level one. */
function namedFolders(): string[] {
  const folders: string[] = [];
  let parent = '';
  for (const line of map.split('\n')) {
    const top = /^([\w.-]+)\/\s/.exec(line);
    const nested = /^ {2}([\w.-]+)\/\s/.exec(line);
    if (top) folders.push((parent = top[1]!));
    else if (nested && parent) folders.push(`${parent}/${nested[1]}`);
  }
  return folders;
}

const subfolders = (dir: string) =>
  fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}`);

describe('README map of folders', () => {
  const named = namedFolders();

  it('names the top-level folders and the feature folders', () => {
    expect(named).toEqual(expect.arrayContaining(['entrypoints', 'components', 'lib', 'data', 'tests', 'lib/detect', 'components/popup']));
  });

  it('names only folders that exist', () => {
    const missing = named.filter((f) => !fs.statSync(path.join(root, f), { throwIfNoEntry: false })?.isDirectory());
    expect(missing).toEqual([]);
  });

  it('names every folder under lib/ and components/', () => {
    const unnamed = [...subfolders('lib'), ...subfolders('components')].filter((f) => !named.includes(f));
    expect(unnamed).toEqual([]);
  });
});
