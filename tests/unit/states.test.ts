import { describe, expect, it } from 'vitest';
import { sourceSchema, stateSchema } from '@/data/schemas';
import { stateByCode, states } from '@/data/states';

const byCode = (code: string) => {
  const st = stateByCode(code);
  if (!st) throw new Error(`no state ${code}`);
  return st;
};

const allNotes = states.flatMap((st) => st.notes.map((n) => ({ ...n, code: st.code })));

describe('states', () => {
  it('cover the 50 states and DC once each', () => {
    expect(states).toHaveLength(51);
    const codes = states.map((st) => st.code);
    expect(new Set(codes).size).toBe(51);
    expect(codes).toContain('DC');
    for (const st of states) expect(() => stateSchema.parse(st), st.code).not.toThrow();
  });

  it('follow FSMTB on the states that do not license', () => {
    for (const code of ['KS', 'MN', 'WY']) expect(byCode(code).regulation, code).toBe('none');
    expect(byCode('VT').regulation).toBe('registration');
    expect(byCode('CA').regulation).toBe('voluntary-certification');
    const others = states.filter((st) => !['KS', 'MN', 'WY', 'VT', 'CA'].includes(st.code));
    for (const st of others) expect(st.regulation, st.code).toBe('license');
  });

  it('give every value a source with a valid checked-on date', () => {
    const sourced = [
      ...states.map((st) => ({ what: `${st.code} regulation`, source: st.source })),
      ...states.flatMap((st) => (st.minimumHours ? [{ what: `${st.code} hours`, source: st.minimumHours.source }] : [])),
      ...states.flatMap((st) =>
        st.licenseNumberInAds ? [{ what: `${st.code} ads`, source: st.licenseNumberInAds.source }] : [],
      ),
      ...allNotes.map((n) => ({ what: `${n.code} note "${n.text.slice(0, 30)}"`, source: n.source })),
    ];
    for (const { what, source } of sourced) {
      expect(() => sourceSchema.parse(source), what).not.toThrow();
      expect(Number.isNaN(Date.parse(source.checkedOn)), what).toBe(false);
    }
  });

  it('give hours only where the fact brief has a number', () => {
    const withHours = states.filter((st) => st.minimumHours).map((st) => st.code).sort();
    expect(withHours).toEqual(['CA', 'CO', 'IA', 'LA', 'MO', 'NC', 'NE', 'NJ', 'NV', 'NY', 'OK', 'TN']);
    expect(byCode('NE').minimumHours?.hours).toBe(1000);
    expect(byCode('NC').minimumHours?.hours).toBe(650);
    expect(byCode('IA').minimumHours?.note).toMatch(/2017/);
  });

  it('know where ads must show the license number', () => {
    for (const code of ['AZ', 'LA', 'CT', 'AL']) expect(byCode(code).licenseNumberInAds?.required, code).toBe(true);
    expect(byCode('NC').licenseNumberInAds?.source.tier).toBe('secondary');
  });

  it('never promise coverage', () => {
    const promise = /guarantee|will be covered|will reimburse|always covered/i;
    for (const n of allNotes) expect(n.text, n.code).not.toMatch(promise);
    for (const st of states) {
      for (const note of [st.minimumHours?.note, st.licenseNumberInAds?.note]) {
        if (note) expect(note, st.code).not.toMatch(promise);
      }
    }
  });

  it('flag the facts the brief marks UNVERIFIED', () => {
    for (const code of ['KS', 'MN', 'WY']) {
      const recent = byCode(code).notes.filter((n) => /2025|2026/.test(n.text));
      expect(recent, code).toHaveLength(1);
      expect(recent[0]?.unverified, code).toBe(true);
    }
    // DC is from general knowledge, and WA PIP billing is unconfirmed today.
    expect(byCode('DC').notes.some((n) => n.unverified)).toBe(true);
    expect(byCode('DC').source.tier).toBe('secondary');
    expect(byCode('WA').notes.find((n) => /PIP/.test(n.text))?.unverified).toBe(true);
    // Any note that says it was not checked or confirmed must be flagged.
    for (const n of allNotes.filter((x) => /not (?:been )?(?:checked|confirmed)|did not confirm/i.test(x.text))) {
      expect(n.unverified, `${n.code}: ${n.text}`).toBe(true);
    }
  });

  it('look up a state by code in any case', () => {
    expect(stateByCode('wa')?.name).toBe('Washington');
    expect(stateByCode(' Dc ')?.name).toBe('District of Columbia');
    expect(stateByCode('zz')).toBeUndefined();
  });
});
