import { describe, expect, it } from 'vitest';
import { credentialInfos } from '@/data/credentials';
import { ambiguousTerms, dimensions } from '@/data/dimensions';
import { insurers } from '@/data/insurers';
import { nonProviderCues, providerCues } from '@/data/page-evidence';
import { insurerSchema, sourceSchema } from '@/data/schemas';
import { insurerForHost } from '@/lib/insurer/match';
import { containsPhrase, normaliseText } from '@/lib/detect/text';

// One walk over every pattern in data/: its own examples must match, its near-misses must not,
// and no signal may match another signal's example on the opposite side.
const matches = (pattern: string, text: string) => containsPhrase(pattern, normaliseText(text));

const signals = dimensions.flatMap((d) => [
  ...d.clinical.map((s) => ({ ...s, side: 'clinical', dimension: d.id })),
  ...d.recreational.map((s) => ({ ...s, side: 'recreational', dimension: d.id })),
]);

describe('dimension signals', () => {
  it('cover the eight dimensions of the seed article', () => {
    expect(dimensions.map((d) => d.id)).toEqual([
      'focus', 'techniques', 'treatment-plan', 'records', 'team', 'setting', 'training', 'billing',
    ]);
  });

  it('have unique ids', () => {
    expect(new Set(signals.map((s) => s.id)).size).toBe(signals.length);
  });

  for (const s of signals) {
    it(`${s.dimension}/${s.id} matches its examples and not its near-misses`, () => {
      for (const e of s.examples) expect(matches(s.pattern, e), `example "${e}"`).toBe(true);
      for (const n of s.nearMisses) expect(matches(s.pattern, n), `near-miss "${n}"`).toBe(false);
    });
  }

  it('never match an example of the opposite side', () => {
    const clashes = signals.flatMap((s) =>
      signals
        .filter((o) => o.side !== s.side)
        .flatMap((o) => o.examples.filter((e) => matches(s.pattern, e)).map((e) => `${s.id} matches ${o.id}'s "${e}"`)),
    );
    expect(clashes).toEqual([]);
  });

  it('never score an ambiguous term on its own', () => {
    const scoring = ambiguousTerms.flatMap((t) =>
      t.examples.flatMap((e) => signals.filter((s) => matches(s.pattern, e)).map((s) => `${s.id} scores "${e}"`)),
    );
    expect(scoring).toEqual([]);
    for (const t of ambiguousTerms) for (const e of t.examples) expect(matches(t.pattern, e)).toBe(true);
  });
});

describe('page cues and credentials', () => {
  for (const cue of [...providerCues, ...nonProviderCues]) {
    it(`cue ${cue.id} matches its examples and not its near-misses`, () => {
      for (const e of cue.examples) expect(matches(cue.pattern, e), e).toBe(true);
      for (const n of cue.nearMisses) expect(matches(cue.pattern, n), n).toBe(false);
    });
  }
  for (const c of credentialInfos) {
    it(`credential ${c.id} matches its examples and not its near-misses`, () => {
      for (const e of c.examples) expect(matches(c.pattern, e), e).toBe(true);
      for (const n of c.nearMisses) expect(matches(c.pattern, n), n).toBe(false);
    });
  }
});

describe('insurers', () => {
  it('validate against their schema', () => {
    for (const i of insurers) expect(() => insurerSchema.parse(i), i.id).not.toThrow();
  });

  for (const i of insurers) {
    it(`${i.id} owns its example hosts and not the look-alikes`, () => {
      for (const host of i.hostExamples.match) expect(insurerForHost(host)?.insurer.id, host).toBe(i.id);
      for (const host of i.hostExamples.noMatch) expect(insurerForHost(host)?.insurer.id, host).not.toBe(i.id);
    });
  }

  it('match only on a registrable-domain boundary', () => {
    expect(insurerForHost('aetna.com.example.net')).toBeUndefined();
    expect(insurerForHost('notaetna.com')).toBeUndefined();
    expect(insurerForHost('member.aetna.com')?.insurer.id).toBe('aetna');
    expect(insurerForHost('WWW.AETNA.COM.')?.insurer.id).toBe('aetna');
  });

  it('flag host names that no source confirmed', () => {
    expect(insurerForHost('health.aetna.com')).toMatchObject({ unverifiedHost: false });
    expect(insurerForHost('www.chpgroup.com')).toMatchObject({ unverifiedHost: true });
    expect(insurerForHost('www.ashlink.com')).toMatchObject({ unverifiedHost: false });
  });
});

describe('sources', () => {
  it('every signal, term, credential and insurer has a source with a checked-on date', () => {
    const all = [...signals, ...ambiguousTerms, ...credentialInfos, ...insurers];
    for (const entry of all) expect(() => sourceSchema.parse(entry.source), entry.id).not.toThrow();
  });
});
