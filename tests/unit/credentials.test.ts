import { describe, expect, it } from 'vitest';
import { findCredentials, licenseNumberHints } from '@/lib/detect/credentials';
import { isValidNpi } from '@/lib/detect/npi';

describe('isValidNpi', () => {
  it('accepts NPIs whose Luhn check digit (with prefix 80840) is right', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1245319599')).toBe(true);
  });
  it('rejects a wrong check digit, wrong length or non-digits', () => {
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678931')).toBe(false);
    expect(isValidNpi('12345b7893')).toBe(false);
  });
});

describe('findCredentials', () => {
  it('reads credentials with the license number beside them', () => {
    const found = findCredentials('Maya Okafor, LMT #MA60512345, BCTMB. Sam Lee, LMBT 14022. CAMTC # 98765.');
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'lmt', licenseNumber: 'MA60512345' }),
        expect.objectContaining({ type: 'bctmb' }),
        expect.objectContaining({ type: 'lmbt', licenseNumber: '14022' }),
        expect.objectContaining({ type: 'camtc', licenseNumber: '98765' }),
      ]),
    );
  });

  it('validates NPIs found on the page', () => {
    const found = findCredentials('NPI: 1234567893 and NPI # 1234567890');
    expect(found.filter((c) => c.type === 'npi')).toEqual([
      expect.objectContaining({ licenseNumber: '1234567893', valid: true }),
      expect.objectContaining({ licenseNumber: '1234567890', valid: false }),
    ]);
  });

  it('tells CLT-LANA from CLT and knows the older titles', () => {
    const types = findCredentials('Rita Moss, LMT, CLT-LANA. Jo Park, LMP. Ann Li, NCTMB. Leah Grant, RMT.').map((c) => c.type);
    expect(types).toEqual(expect.arrayContaining(['clt-lana', 'lmp', 'nctmb', 'rmt']));
    expect(types).not.toContain('clt');
  });

  it('does not read credentials inside other words', () => {
    expect(findCredentials('a lamp, an LMTX unit, clients, and a normal sentence')).toEqual([]);
  });

  it('keeps one entry per credential and number', () => {
    const found = findCredentials('LMT #123456 … LMT #123456 … LMT');
    expect(found).toEqual([expect.objectContaining({ type: 'lmt', licenseNumber: '123456' })]);
  });
});

describe('licenseNumberHints', () => {
  it('hints when a state that requires the number in ads shows none', () => {
    const hints = licenseNumberHints('AZ', [{ type: 'lmt', text: 'LMT' }]);
    expect(hints).toEqual([expect.objectContaining({ id: 'license-number-not-shown' })]);
    expect(hints[0]!.text).toMatch(/^Arizona .* Ask for it/);
    expect(hints[0]!.text).not.toMatch(/illegal|fraud|unlicensed/i);
  });
  it('stays quiet when the number is shown, or the state has no such rule', () => {
    expect(licenseNumberHints('AZ', [{ type: 'lmt', text: 'LMT #12345', licenseNumber: '12345' }])).toEqual([]);
    expect(licenseNumberHints('AZ', [{ type: 'npi', text: 'NPI 1234567893', licenseNumber: '1234567893', valid: true }])).toHaveLength(1);
    expect(licenseNumberHints('OR', [])).toEqual([]);
    expect(licenseNumberHints(undefined, [])).toEqual([]);
  });
});

describe('credentials as pages write them', () => {
  const types = (text: string) => findCredentials(text).map((c) => c.type);

  it('reads AMMA certification in its written-out forms, and never the amma bodywork method', () => {
    expect(types('Lena Ortiz, LMT, AMMA certified medical massage therapist')).toContain('amma-certified');
    expect(types('She is certified by the American Medical Massage Association.')).toContain('amma-certified');
    expect(types('AMMA therapy and shiatsu sessions, 60 minutes')).not.toContain('amma-certified');
    expect(types('Amma bodywork on a padded mat')).toEqual([]);
  });

  it('reads board certification written out with "and" or "&"', () => {
    expect(types('Board Certified in Therapeutic Massage & Bodywork')).toContain('bctmb');
    expect(types('Board Certified in Therapeutic Massage and Bodywork')).toContain('bctmb');
  });

  it('keeps license numbers as states print them, dashes and letters included', () => {
    const numbers = (text: string) => findCredentials(text).flatMap((c) => (c.licenseNumber ? [c.licenseNumber] : []));
    expect(numbers('Dana Ruiz, LMT #MT-120554 (Texas)')).toEqual(['MT-120554']);
    expect(numbers('LMT, License No. MA60123')).toEqual(['MA60123']);
    expect(numbers('Sam Lee, LMBT #14022')).toEqual(['14022']);
  });
});

describe('whose credential it is', () => {
  const holders = (text: string) => findCredentials(text).map((c) => [c.type, c.holder ?? null, c.licenseNumber ?? null]);

  it('ties each credential to the person named right before it, however many follow the name', () => {
    expect(holders('Maya Okafor, LMT MA60512345, BCTMB - 12 years in clinical practice. NPI 1234567893. Daniel Reyes, LMT, CLT-LANA - lymphedema care.')).toEqual([
      ['lmt', 'Maya Okafor', 'MA60512345'],
      ['lmt', 'Daniel Reyes', null],
      ['bctmb', 'Maya Okafor', null],
      ['clt-lana', 'Daniel Reyes', null],
      ['npi', null, '1234567893'],
    ]);
  });

  it('reads a team card, where the title sits under the name, and a middle initial', () => {
    expect(holders('Meet our team Jane Q. Doe Licensed Massage Therapist, License #MA22334 Sam Lee LMBT 14022')).toEqual([
      ['lmt', 'Jane Q. Doe', 'MA22334'],
      ['lmbt', 'Sam Lee', '14022'],
    ]);
  });

  it('leaves a credential with the business when no person is named next to it', () => {
    expect(holders('Riverside Clinical Massage, LMT on staff. Our licensed massage therapists bill insurance.')).toEqual([['lmt', null, null]]);
    expect(holders('Book today with one of our team. Licensed massage therapist #MA99887 on site.')).toEqual([['lmt', null, 'MA99887']]);
    // A sentence between the name and the credential breaks the tie.
    expect(holders('Ask for Dana Ruiz when you call. NPI 1234567893')).toEqual([['npi', null, '1234567893']]);
  });
});
