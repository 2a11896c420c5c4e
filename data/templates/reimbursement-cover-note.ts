import { z } from 'zod';
import { sources as s } from '@/data/sources';
import { bullet, formatCents, formatMoney, lines, signatureBlock, textBlock, toCents, unitsText } from '@/lib/notes/format';
import { defineNoteTemplate, objectOf, type NoteFieldSpec } from '@/lib/notes/template';
import {
  licenseLine,
  npiPrefillLine,
  practiceCredentialsField,
  practiceNameField,
  stateIssuesLicenses,
  therapistNameHelp,
  therapistPrefillLine,
} from './_provider-fields';

// A cover note to the insurer for an out-of-network claim (shared/FACTS.md §3.4, §5.2).

const serviceLine = [
  { name: 'dateOfService', label: 'Date of service', kind: 'date', required: true, rule: (r) => r.serviceDate },
  { name: 'cptCode', label: 'CPT code', kind: 'text', required: true, help: 'Five digits, with a modifier if the superbill shows one, e.g. 97140-59.', rule: (r) => r.cptCode },
  { name: 'units', label: 'Units', kind: 'text', required: true, help: 'Each unit is usually 15 minutes.', rule: (r) => r.units },
  { name: 'charge', label: 'Charge', kind: 'money', required: true, rule: (r) => r.money },
] as const satisfies readonly NoteFieldSpec[];

export default defineNoteTemplate({
  id: 'reimbursement-cover-note',
  order: 1,
  title: 'Cover note for an out-of-network claim',
  audience: 'insurer',
  description:
    'A one-page note to send to your health plan with your claim form and the therapist\u2019s superbill. It lists who treated you, the coded services and the diagnosis codes your clinician gave, so the claims team can match them up.',
  patientFills: 'You fill in: your name, date of birth and member ID from your card; the therapist\u2019s name and credentials if the page did not show them next to a person, and their NPI and license number (where the state issues one) if it did not show those; each date of service, code, units and charge from the superbill; and the diagnosis codes from your clinician.',
  fields: [
    { name: 'patientName', label: 'Your full name', kind: 'text', required: true, help: 'Write it exactly as it appears on your insurance card.', rule: (r) => r.text() },
    { name: 'dateOfBirth', label: 'Your date of birth', kind: 'date', required: true, rule: (r) => r.birthDate },
    { name: 'memberId', label: 'Member ID', kind: 'text', required: true, help: 'From the front of your insurance card.', rule: (r) => r.memberId },
    { name: 'groupNumber', label: 'Group number', kind: 'text', required: false, help: 'Also on the card, if your plan has one.', rule: (r) => r.text() },
    { name: 'insurerName', label: 'Health plan', kind: 'text', required: true, rule: (r) => r.text(), prefill: (k) => k.insurerName },
    { name: 'claimPeriod', label: 'Claim period', kind: 'text', required: false, help: 'For example \u201cMarch to May 2026\u201d. Leave it empty to use the first and last dates of service.', rule: (r) => r.text() },
    { name: 'providerName', label: 'Therapist\u2019s full name', kind: 'text', required: true, help: therapistNameHelp, rule: (r) => r.text(), prefill: (k) => k.therapistName, prefillLine: therapistPrefillLine },
    { name: 'providerCredentials', label: 'Therapist\u2019s credentials', kind: 'text', required: true, help: 'For example LMT, LMBT or BCTMB, as on the superbill.', rule: (r) => r.text(), prefill: (k) => k.therapistCredentials, prefillLine: therapistPrefillLine },
    practiceNameField,
    practiceCredentialsField,
    { name: 'providerNpi', label: 'Therapist\u2019s NPI', kind: 'npi', required: true, help: 'The 10-digit National Provider Identifier from the superbill. You can look it up in the NPPES registry.', rule: (r) => r.npi, prefill: (k) => k.providerNpi, prefillLine: npiPrefillLine },
    { name: 'providerLicenseState', label: 'State where the therapist works', kind: 'text', required: true, help: 'Two-letter code, such as WA.', rule: (r) => r.stateCode, prefill: (k) => k.providerLicenseState },
    {
      name: 'providerLicenseNumber',
      label: 'License number',
      kind: 'text',
      required: false,
      help: 'From the superbill or the therapist\u2019s license. Whether it is needed depends on the state where the therapist works.',
      rule: (r) => r.text(40),
      prefill: (k) => k.providerLicenseNumber,
      lineFor: (v) => licenseLine(v.providerLicenseState),
      requiredWhen: (v) => stateIssuesLicenses(v.providerLicenseState),
    },
    { name: 'providerTaxId', label: 'Therapist\u2019s tax ID (EIN)', kind: 'text', required: false, help: 'Two digits, a dash and seven digits, e.g. 12-3456789. Leave empty if the superbill has none.', rule: (r) => r.ein },
    { name: 'providerAddress', label: 'Practice address', kind: 'textarea', required: false, rule: (r) => r.text(400), prefill: (k) => k.providerAddress },
    { name: 'providerPhone', label: 'Practice phone', kind: 'text', required: false, rule: (r) => r.text(40), prefill: (k) => k.providerPhone },
    { name: 'referringClinicianName', label: 'Referring clinician', kind: 'text', required: false, help: 'The doctor or other clinician who referred you or prescribed massage, if any.', rule: (r) => r.text() },
    { name: 'referringClinicianNpi', label: 'Referring clinician\u2019s NPI', kind: 'npi', required: false, rule: (r) => r.npi },
    {
      name: 'serviceLines',
      label: 'Services',
      kind: 'cpt-lines',
      required: true,
      help: 'One line per code per visit, copied from the superbill.',
      itemFields: serviceLine,
      rule: (r) =>
        z
          .array(objectOf(serviceLine, r) as z.ZodObject<{ dateOfService: typeof r.serviceDate; cptCode: typeof r.cptCode; units: typeof r.units; charge: typeof r.money }>, {
            error: 'Add at least one service line.',
          })
          .min(1, 'Add at least one service line.')
          .max(100, 'Split claims with more than 100 lines.'),
      // One empty line to start from: the date of service is the patient's to give, never today's by default.
      prefill: () => [{}],
    },
    { name: 'diagnosisCodes', label: 'Diagnosis codes (ICD-10)', kind: 'icd10', required: true, help: 'From the clinician who diagnosed you, for example M54.2. Massage therapists generally don\u2019t diagnose.', rule: (r) => r.icd10List(1) },
    { name: 'enclosures', label: 'What you are enclosing', kind: 'textarea', required: false, help: 'One item per line, for example your plan\u2019s claim form. Left empty, the note lists the superbill, proof of payment and, if you named a referring clinician, the referral.', rule: (r) => r.text(2000) },
  ],
  checks: [
    {
      check: (v) => Boolean(v.providerLicenseNumber) || !stateIssuesLicenses(v.providerLicenseState),
      message: 'This state licenses or registers massage therapists: add the therapist\u2019s license number from the superbill.',
      path: ['providerLicenseNumber'],
    },
    {
      check: (v) => !v.referringClinicianNpi || Boolean(v.referringClinicianName),
      message: 'Add the referring clinician\u2019s name to go with this NPI.',
      path: ['referringClinicianName'],
    },
  ],
  render: (v) => {
    const dates = v.serviceLines.map((l) => l.dateOfService).sort();
    const first = dates[0] ?? '';
    const last = dates[dates.length - 1] ?? '';
    const period = v.claimPeriod ?? (first === last ? first : `${first} to ${last}`);
    const total = v.serviceLines.reduce((sum, l) => sum + toCents(l.charge), 0);
    const enclosures = v.enclosures
      ? textBlock(v.enclosures)
      : [
          'Itemized superbill from the therapist',
          'Proof of payment',
          ...(v.referringClinicianName ? [`Prescription or referral from ${v.referringClinicianName}`] : []),
        ];
    return lines(
      `To: ${v.insurerName}, claims department`,
      'Re: Out-of-network claim for massage therapy',
      '',
      `Member name: ${v.patientName}`,
      `Date of birth: ${v.dateOfBirth}`,
      `Member ID: ${v.memberId}`,
      v.groupNumber && `Group number: ${v.groupNumber}`,
      `Claim period: ${period}`,
      '',
      'I am sending a claim for massage therapy from a provider outside my plan\u2019s network. The details below come from the enclosed itemized superbill; please process it under my out-of-network benefits.',
      '',
      'Treating provider',
      `  Name: ${v.providerName}, ${v.providerCredentials}`,
      v.practiceName && `  Practice: ${v.practiceName}`,
      v.practiceCredentials && `  Credentials the practice lists (not tied to a named therapist on its page): ${v.practiceCredentials}`,
      `  NPI: ${v.providerNpi}`,
      v.providerLicenseNumber
        ? `  License: ${v.providerLicenseNumber} (${v.providerLicenseState})`
        : `  State: ${v.providerLicenseState} (the state issues no massage therapist license)`,
      v.providerTaxId && `  Tax ID: ${v.providerTaxId}`,
      v.providerAddress && `  Address: ${textBlock(v.providerAddress).join(', ')}`,
      v.providerPhone && `  Phone: ${v.providerPhone}`,
      ...(v.referringClinicianName
        ? [
            '',
            'Referring clinician',
            `  Name: ${v.referringClinicianName}`,
            v.referringClinicianNpi && `  NPI: ${v.referringClinicianNpi}`,
          ]
        : []),
      '',
      `Diagnosis codes (ICD-10, from my diagnosing clinician): ${v.diagnosisCodes.join(', ')}`,
      '',
      'Services',
      ...v.serviceLines.map(
        (l) => `  ${l.dateOfService}  CPT ${l.cptCode}  ${unitsText(l.units)}  ${formatMoney(l.charge)}`,
      ),
      `  Total charged: ${formatCents(total)}`,
      '',
      'Enclosed',
      bullet(enclosures),
      '',
      'If you need anything else to process this claim, please contact me.',
      signatureBlock(v.patientName),
    );
  },
  sources: [s.superbillGuides, s.cptMassageCodes, s.npiStandard, s.scopeNoDiagnosis],
});
