import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { templateIds } from '@/data/templates';
import { NOTE_DISCLAIMER, NOTE_MESSAGES, isCalendarDate, prefillLines, prefillNote, templateById, templates, validateNote } from '@/lib/notes/note';

const TODAY = '2026-06-15';
const promisesCoverage = /guarantee|will be (covered|reimbursed)|always covered/i;

const coverNote = {
  patientName: 'Jordan Lee',
  dateOfBirth: '1985-04-12',
  memberId: 'XYZ123456789',
  groupNumber: '00451',
  insurerName: 'Example Health Plan',
  providerName: 'Maya Okafor',
  providerCredentials: 'LMT, BCTMB',
  providerNpi: '1234567893',
  providerLicenseNumber: 'MA60512345',
  providerLicenseState: 'wa',
  providerTaxId: '12-3456789',
  providerAddress: '100 Main St\nSeattle, WA 98101',
  providerPhone: '206-555-0100',
  referringClinicianName: 'Dr. Ana Ruiz',
  referringClinicianNpi: '1245319599',
  serviceLines: [
    { dateOfService: '2026-03-03', cptCode: '97124', units: 2, charge: '85' },
    { dateOfService: '2026-03-10', cptCode: '97140-59', units: '1', charge: '$1,045.5' },
  ],
  diagnosisCodes: 'M54.2, s13.4xxa',
  enclosures: '',
};

const superbillRequest = {
  providerName: 'Maya Okafor, LMT',
  providerAddress: '100 Main St\nSeattle, WA 98101',
  patientName: 'Jordan Lee',
  dateOfBirth: '1985-04-12',
  memberId: 'XYZ123456789',
  insurerName: 'Example Health Plan',
  periodStart: '2026-03-01',
  periodEnd: '2026-05-31',
  referringClinicianName: 'Dr. Ana Ruiz',
  referringClinicianNpi: '1245319599',
  diagnosisCodes: ['M54.2'],
  sendTo: 'jordan@example.com',
};

const physicianLetter = {
  physicianName: 'Dr. Ana Ruiz',
  patientName: 'Jordan Lee',
  dateOfBirth: '1985-04-12',
  condition: 'Neck pain and stiffness since a car accident in January',
  functionalLimits: 'Turning my head while driving\nSitting at my desk for more than an hour',
  therapistName: 'Maya Okafor, LMT',
  therapistPlan: 'Manual therapy, once a week for eight weeks',
  purpose: 'my health plan and HSA records',
};

const examples: Record<string, Record<string, unknown>> = {
  'reimbursement-cover-note': coverNote,
  'superbill-request': superbillRequest,
  'physician-letter-request': physicianLetter,
};

function render(id: string, values: unknown): string {
  const result = validateNote(id, values, { today: TODAY });
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.text;
}

function errorsOf(id: string, values: unknown): Record<string, string> {
  const result = validateNote(id, values, { today: TODAY });
  if (result.ok) throw new Error('expected validation errors');
  return result.errors;
}

const withLine = (patch: Record<string, unknown>) => ({
  ...coverNote,
  serviceLines: [{ ...coverNote.serviceLines[0], ...patch }],
});

describe('note templates', () => {
  it('are the three templates, each with sources, one per audience', () => {
    expect(templates.map((t) => t.id)).toEqual([...templateIds]);
    expect(templates.map((t) => t.audience).sort()).toEqual(['insurer', 'physician', 'provider']);
    for (const t of templates) {
      expect(t.sources.length).toBeGreaterThan(0);
      for (const s of t.sources) expect(s.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(templateById(t.id)).toBe(t);
    }
    expect(templateById('nope')).toBeUndefined();
  });

  it('list exactly the fields their schema has, with the right required flags', () => {
    for (const t of templates) {
      const shape = t.fields.shape as Record<string, z.ZodType>;
      expect(t.fieldList.map((f) => f.name).sort(), t.id).toEqual(Object.keys(shape).sort());
      for (const f of t.fieldList) {
        const optional = shape[f.name]!.safeParse(undefined).success;
        expect(optional, `${t.id}.${f.name}`).toBe(!f.required);
        if (f.kind === 'cpt-lines') expect(f.itemFields?.length, f.name).toBeGreaterThan(0);
      }
    }
  });

  for (const id of templateIds) {
    it(`${id} renders a full valid example with the disclaimer and no coverage promise`, () => {
      const text = render(id, examples[id]);
      expect(text).toContain(NOTE_DISCLAIMER);
      expect(text).not.toMatch(promisesCoverage);
      expect(NOTE_DISCLAIMER).not.toMatch(promisesCoverage);
      expect(text).not.toMatch(/undefined|null|\[object/);
    });
  }

  it('the cover note shows the NPIs, each CPT line with units, the codes and the total', () => {
    const text = render('reimbursement-cover-note', coverNote);
    expect(text).toContain('NPI: 1234567893');
    expect(text).toContain('NPI: 1245319599');
    expect(text).toContain('2026-03-03  CPT 97124  2 units  $85.00');
    expect(text).toContain('2026-03-10  CPT 97140-59  1 unit  $1,045.50');
    expect(text).toContain('Total charged: $1,130.50');
    expect(text).toContain('M54.2, S13.4XXA');
    expect(text).toContain('License: MA60512345 (WA)');
    expect(text).toContain('Claim period: 2026-03-03 to 2026-03-10');
    expect(text).toContain('Itemized superbill');
  });

  it('the superbill request lists every element a superbill needs', () => {
    const text = render('superbill-request', superbillRequest);
    for (const word of ['NPI', 'license', 'tax ID', 'dates of service', 'place of service', 'CPT', 'units', 'minutes', 'ICD-10', 'amount I paid', 'signature']) {
      expect(text, word).toContain(word);
    }
    expect(text).toContain('not a date range');
    expect(text).toMatch(/8-minute rule/);
    expect(text).toContain('1245319599');
  });

  it('the physician request asks for the letter contents and mentions the IRS warning neutrally', () => {
    const text = render('physician-letter-request', physicianLetter);
    for (const word of ['ICD-10', 'functional limits', 'How often', 'credentials and NPI', 'signature and the date', 'IRS', 'self-reported wellness']) {
      expect(text, word).toContain(word);
    }
  });

  it('render only the required fields when optional ones are blank', () => {
    const text = render('superbill-request', {
      providerName: 'Maya Okafor',
      patientName: 'Jordan Lee',
      dateOfBirth: '1985-04-12',
      memberId: '',
      periodStart: '',
      diagnosisCodes: '',
    });
    expect(text).toContain('to my health plan for the massage therapy you gave me.');
    expect(text).not.toContain('Member ID');
  });
});

describe('validateNote', () => {
  it('rejects a wrong NPI check digit with the NPI message', () => {
    expect(errorsOf('reimbursement-cover-note', { ...coverNote, providerNpi: '1234567890' })).toEqual({
      providerNpi: NOTE_MESSAGES.npiCheckDigit,
    });
    expect(NOTE_MESSAGES.npiCheckDigit).toBe('This NPI\u2019s last digit doesn\u2019t check out \u2014 please re-check it.');
    expect(errorsOf('reimbursement-cover-note', { ...coverNote, providerNpi: '12345' }).providerNpi).toBe(NOTE_MESSAGES.npiShape);
    expect(errorsOf('superbill-request', { ...superbillRequest, referringClinicianNpi: '1245319590' })).toEqual({
      referringClinicianNpi: NOTE_MESSAGES.npiCheckDigit,
    });
  });

  it('accepts an NPI written with spaces', () => {
    expect(validateNote('reimbursement-cover-note', { ...coverNote, providerNpi: '123 456 7893' }, { today: TODAY }).ok).toBe(true);
  });

  it('rejects dates that are not on the calendar', () => {
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(errorsOf('reimbursement-cover-note', withLine({ dateOfService: '2026-02-30' }))).toEqual({
      'serviceLines.0.dateOfService': NOTE_MESSAGES.dateNotReal,
    });
    expect(errorsOf('reimbursement-cover-note', { ...coverNote, dateOfBirth: '1985-4-12' })).toEqual({
      dateOfBirth: NOTE_MESSAGES.dateShape,
    });
  });

  it('rejects a date of service in the future, but not today', () => {
    expect(errorsOf('reimbursement-cover-note', withLine({ dateOfService: '2026-06-16' }))).toEqual({
      'serviceLines.0.dateOfService': NOTE_MESSAGES.serviceDateFuture,
    });
    expect(validateNote('reimbursement-cover-note', withLine({ dateOfService: TODAY }), { today: TODAY }).ok).toBe(true);
    // Without a pinned date, the real clock decides.
    const far = validateNote('reimbursement-cover-note', withLine({ dateOfService: '2999-01-01' }));
    expect(far.ok ? {} : far.errors).toEqual({ 'serviceLines.0.dateOfService': NOTE_MESSAGES.serviceDateFuture });
  });

  it('checks the CPT code shape', () => {
    for (const bad of ['9712', '97124X', '97140-5', '97140-591', 'ABCDE']) {
      expect(errorsOf('reimbursement-cover-note', withLine({ cptCode: bad })), bad).toEqual({
        'serviceLines.0.cptCode': NOTE_MESSAGES.cptCode,
      });
    }
    for (const good of ['97140-59', '97140-xs', '97124']) {
      expect(validateNote('reimbursement-cover-note', withLine({ cptCode: good }), { today: TODAY }).ok, good).toBe(true);
    }
  });

  it('accepts whole units from 1 to 8 only', () => {
    for (const bad of [0, 9, 1.5, '1.5', '', 'two']) {
      expect(errorsOf('reimbursement-cover-note', withLine({ units: bad })), String(bad)).toEqual({
        'serviceLines.0.units': NOTE_MESSAGES.units,
      });
    }
    for (const good of [1, 8, '4']) {
      expect(validateNote('reimbursement-cover-note', withLine({ units: good }), { today: TODAY }).ok).toBe(true);
    }
  });

  it('checks ICD-10-CM code shape, keyed by list position', () => {
    expect(validateNote('reimbursement-cover-note', { ...coverNote, diagnosisCodes: ['M54.2', 'S13.4XXA', 'M62830'] }, { today: TODAY }).ok).toBe(true);
    expect(errorsOf('reimbursement-cover-note', { ...coverNote, diagnosisCodes: ['M54.2', '54.2'] })).toEqual({
      'diagnosisCodes.1': NOTE_MESSAGES.icd10,
    });
    expect(errorsOf('reimbursement-cover-note', { ...coverNote, diagnosisCodes: [] })).toEqual({
      diagnosisCodes: NOTE_MESSAGES.icd10Min,
    });
  });

  it('checks money, member ID, tax ID, state and missing lines', () => {
    expect(errorsOf('reimbursement-cover-note', withLine({ charge: '85.505' }))).toEqual({
      'serviceLines.0.charge': NOTE_MESSAGES.money,
    });
    expect(errorsOf('reimbursement-cover-note', withLine({ charge: -5 }))).toEqual({
      'serviceLines.0.charge': NOTE_MESSAGES.money,
    });
    expect(errorsOf('reimbursement-cover-note', { ...coverNote, memberId: '   ' })).toEqual({ memberId: NOTE_MESSAGES.memberId });
    const { memberId: _omit, ...noMember } = coverNote;
    expect(errorsOf('reimbursement-cover-note', noMember)).toEqual({ memberId: NOTE_MESSAGES.memberId });
    expect(errorsOf('reimbursement-cover-note', { ...coverNote, providerTaxId: '123456789' })).toEqual({ providerTaxId: NOTE_MESSAGES.ein });
    expect(errorsOf('reimbursement-cover-note', { ...coverNote, providerLicenseState: 'Washington' })).toEqual({
      providerLicenseState: NOTE_MESSAGES.stateCode,
    });
    expect(errorsOf('reimbursement-cover-note', { ...coverNote, serviceLines: [] })).toHaveProperty('serviceLines');
  });

  it('reports several errors at once, each under its own path', () => {
    const errors = errorsOf('reimbursement-cover-note', {
      ...coverNote,
      patientName: '',
      serviceLines: [coverNote.serviceLines[0], { dateOfService: '2026-03-10', cptCode: '9712', units: 9, charge: '10' }],
    });
    expect(errors).toEqual({
      patientName: NOTE_MESSAGES.required,
      'serviceLines.1.cptCode': NOTE_MESSAGES.cptCode,
      'serviceLines.1.units': NOTE_MESSAGES.units,
    });
  });

  it('asks for a missing field to be filled in rather than showing its format', () => {
    const { dateOfBirth: _d, providerNpi: _n, ...rest } = coverNote;
    expect(errorsOf('reimbursement-cover-note', rest)).toEqual({
      dateOfBirth: NOTE_MESSAGES.required,
      providerNpi: NOTE_MESSAGES.required,
    });
  });

  it('lists the referral among the default enclosures only when a referring clinician is named', () => {
    expect(render('reimbursement-cover-note', coverNote)).toContain('Prescription or referral from Dr. Ana Ruiz');
    const { referringClinicianName: _r, referringClinicianNpi: _rn, ...noReferral } = coverNote;
    const text = render('reimbursement-cover-note', noReferral);
    expect(text).not.toContain('Referring clinician');
    expect(text).not.toContain('Prescription or referral');
    expect(render('reimbursement-cover-note', { ...coverNote, enclosures: 'Claim form\n\nSuperbill' })).toContain('  - Claim form\n  - Superbill');
  });

  it('checks cross-field rules', () => {
    expect(errorsOf('reimbursement-cover-note', { ...coverNote, referringClinicianName: '' })).toHaveProperty('referringClinicianName');
    expect(errorsOf('superbill-request', { ...superbillRequest, periodEnd: '2026-02-01' })).toHaveProperty('periodEnd');
  });

  it('answers an unknown template with an error, not an exception', () => {
    expect(validateNote('nope', {})).toEqual({ ok: false, errors: { '': expect.stringContaining('nope') } });
  });
});

describe('prefillNote', () => {
  const context = {
    provider: {
      name: 'Riverside Clinical Massage',
      phone: '206-555-0100',
      address: { street: '100 Main St', locality: 'Seattle', region: 'WA', postalCode: '98101' },
      credentials: [
        { type: 'bctmb', text: 'BCTMB', holder: 'Maya Okafor' },
        { type: 'npi', text: 'NPI 1234567890', licenseNumber: '1234567890', valid: false },
        { type: 'lmt', text: 'LMT #MA60512345', licenseNumber: 'MA60512345', holder: 'Maya Okafor' },
        { type: 'lmt', text: 'LMT', holder: 'Daniel Reyes' },
        { type: 'clt-lana', text: 'CLT-LANA', holder: 'Daniel Reyes' },
        { type: 'npi', text: 'NPI: 1234567893', licenseNumber: '1234567893', valid: true },
      ],
    },
    insurerName: 'Example Health Plan',
    today: TODAY,
  };

  it('keeps the business and the therapist apart, with only the therapist’s own credentials', () => {
    const values = prefillNote('reimbursement-cover-note', context);
    expect(values).toMatchObject({
      practiceName: 'Riverside Clinical Massage',
      providerName: 'Maya Okafor',
      providerCredentials: 'BCTMB, LMT',
      providerNpi: '1234567893',
      providerLicenseNumber: 'MA60512345',
      providerLicenseState: 'WA',
      providerPhone: '206-555-0100',
      providerAddress: '100 Main St\nSeattle, WA 98101',
      insurerName: 'Example Health Plan',
      serviceLines: [{}],
    });
    // Daniel Reyes's lymphedema credential is his, not Maya Okafor's.
    expect(String(values.providerCredentials)).not.toContain('CLT');
    expect(values).not.toHaveProperty('practiceCredentials');
  });

  it('never puts the business in the therapist’s place, and lists unattached credentials under the practice', () => {
    const values = prefillNote('reimbursement-cover-note', {
      provider: {
        name: 'Harbor Pain Relief',
        credentials: [
          { type: 'lmt', text: 'LMT #MA12345', licenseNumber: 'MA12345' },
          { type: 'bctmb', text: 'BCTMB' },
        ],
      },
      state: 'WA',
      today: TODAY,
    });
    expect(values).toMatchObject({ practiceName: 'Harbor Pain Relief', practiceCredentials: 'LMT, BCTMB', providerLicenseNumber: 'MA12345' });
    expect(values).not.toHaveProperty('providerName');
    expect(values).not.toHaveProperty('providerCredentials');
    expect(prefillLines('reimbursement-cover-note', { provider: { credentials: [{ type: 'npi', text: 'NPI 1234567893', licenseNumber: '1234567893', valid: true }] }, today: TODAY })).toEqual({
      providerNpi: expect.stringMatching(/for the business, not next to a therapist/),
    });
  });

  it('says where the therapist’s name came from', () => {
    expect(prefillLines('reimbursement-cover-note', context)).toMatchObject({
      providerName: expect.stringContaining('names Maya Okafor next to a license'),
    });
  });

  it('leaves the NPI out when the only one fails its check digit', () => {
    const values = prefillNote('reimbursement-cover-note', {
      provider: { credentials: [{ type: 'npi', text: 'NPI 1234567890', licenseNumber: '1234567890' }] },
      today: TODAY,
    });
    expect(values).not.toHaveProperty('providerNpi');
    expect(values).not.toHaveProperty('insurerName');
    expect(values).toEqual({ serviceLines: [{}] });
  });

  it('fills the other templates with what they use', () => {
    expect(prefillNote('superbill-request', context)).toEqual({
      providerName: 'Maya Okafor',
      practiceName: 'Riverside Clinical Massage',
      providerAddress: '100 Main St\nSeattle, WA 98101',
      insurerName: 'Example Health Plan',
    });
    expect(prefillNote('physician-letter-request', context)).toEqual({ therapistName: 'Maya Okafor', practiceName: 'Riverside Clinical Massage' });
  });

  it('gives values that only need the patient’s own details to validate', () => {
    const values = prefillNote('reimbursement-cover-note', context);
    const filled = {
      ...values,
      patientName: 'Jordan Lee',
      dateOfBirth: '1985-04-12',
      memberId: 'XYZ1',
      serviceLines: [{ dateOfService: TODAY, cptCode: '97124', units: 2, charge: '85' }],
      diagnosisCodes: 'M54.2',
    };
    const result = validateNote('reimbursement-cover-note', filled, { today: TODAY });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text).toContain('Name: Maya Okafor, BCTMB, LMT');
      expect(result.text).toContain('Practice: Riverside Clinical Massage');
    }
  });

  it('renders credentials the page showed for the business as the practice’s, not the therapist’s', () => {
    const result = validateNote('reimbursement-cover-note', { ...coverNote, practiceName: 'Harbor Pain Relief', practiceCredentials: 'LMT, BCTMB' }, { today: TODAY });
    expect(result.ok && result.text).toMatch(/Practice: Harbor Pain Relief\n {2}Credentials the practice lists \(not tied to a named therapist on its page\): LMT, BCTMB/);
  });

  it('says in each template what the patient still has to fill in', () => {
    for (const template of templates) expect(template.patientFills, template.id).toMatch(/^You fill in: .{40,}/);
  });
});

describe('the license number where the state issues one', () => {
  const { providerLicenseNumber: _drop, ...noLicense } = coverNote;

  it('is required in a state that licenses massage therapists, with the reason', () => {
    const errors = errorsOf('reimbursement-cover-note', { ...noLicense, providerLicenseState: 'WA' });
    expect(Object.keys(errors)).toEqual(['providerLicenseNumber']);
    expect(errors.providerLicenseNumber).toMatch(/licenses or registers/);
  });

  it('is not asked for in a state that issues none, and the note says why it is missing', () => {
    const result = validateNote('reimbursement-cover-note', { ...noLicense, providerLicenseState: 'MN' }, { today: TODAY });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text).toContain('State: MN (the state issues no massage therapist license)');
      expect(result.text).not.toContain('License:');
    }
  });

  it('starts the first service line without a date: the patient gives it', () => {
    expect(prefillNote('reimbursement-cover-note', { today: TODAY }).serviceLines).toEqual([{}]);
  });

  it('explains from the state\u2019s rule why the number is or is not needed, and marks it required only where it is', () => {
    const field = templateById('reimbursement-cover-note')!.fieldList.find((f) => f.name === 'providerLicenseNumber')!;
    expect(field.lineFor!({ providerLicenseState: 'MN' })).toMatch(/^Minnesota issues no massage therapist license.*leave this empty/);
    expect(field.lineFor!({ providerLicenseState: 'ks' })).toMatch(/^Kansas issues no/);
    expect(field.lineFor!({ providerLicenseState: 'WA' })).toMatch(/^Washington licenses massage therapists/);
    expect(field.lineFor!({ providerLicenseState: 'CA' })).toMatch(/voluntary/);
    expect(field.lineFor!({})).toBeUndefined();
    expect(field.requiredWhen!({ providerLicenseState: 'MN' })).toBe(false);
    expect(field.requiredWhen!({ providerLicenseState: 'WA' })).toBe(true);
  });
});
