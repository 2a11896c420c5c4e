import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';

const root = path.resolve(import.meta.dirname, '..', '..');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('locale messages', () => {
  const code = ['components', 'entrypoints', 'lib'].flatMap((d) => sourceFiles(path.join(root, d)));
  const used = new Set<string>();
  for (const file of code) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)) used.add(m[1]!);
    for (const m of text.matchAll(/\b(?:key|titleKey): '([A-Za-z_]+)'/g)) used.add(m[1]!);
    for (const m of text.matchAll(/return '((?:confidence|verdict)[A-Za-z_]+)'/g)) used.add(m[1]!);
  }

  it('has every key the code uses', () => {
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((k) => !(k in messages));
    expect(missing).toEqual([]);
  });

  it('uses only key names browsers accept (a bad one stops the extension from loading)', () => {
    expect(Object.keys(messages).filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
  });

  it('names the manifest strings', () => {
    expect(messages).toHaveProperty('extName');
    expect(messages).toHaveProperty('extDescription');
  });

  it('never promises coverage', () => {
    const promising = Object.entries(messages).filter(([, v]) =>
      /guarantee(?!s? of coverage)|will be (?:covered|reimbursed)|is covered\b/i.test(v.message),
    );
    expect(promising).toEqual([]);
  });
});
