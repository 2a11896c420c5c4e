import { describe, expect, it } from 'vitest';
import { squash } from '@/lib/page/snapshot';

// The reference: what the snapshot's whitespace folding has always meant.
const folded = (s: string, max: number) => s.replace(/\s+/g, ' ').trim().slice(0, max);

const pieces = ['word', 'é', ' ', '  ', '\t', '\n', '\r\n', '\f', '\v', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', 'x y'];

describe('snapshot whitespace folding', () => {
  it('gives the same text as folding every whitespace run, on random mixes of whitespace', () => {
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      const max = Math.floor(next() * 60);
      expect(squash(text, max), JSON.stringify(text)).toBe(folded(text, max));
    }
  });

  it('folds a lone tab or no-break space into a space and keeps single spaces', () => {
    expect(squash(' Deep\ttissue\u00a0massage  for  pain \n', 100)).toBe('Deep tissue massage for pain');
  });
});
