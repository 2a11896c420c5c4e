import { sources as s } from '@/data/sources';
import { bullet, lines, textBlock } from '@/lib/notes/format';
import { defineNoteTemplate } from '@/lib/notes/template';
import { practiceNameField, therapistNameHelp, therapistPrefillLine } from './_provider-fields';

// A request to the therapist for an itemized superbill (shared/FACTS.md §3.4).

export default defineNoteTemplate({
  id: 'superbill-request',
  order: 2,
  title: 'Ask your therapist for a superbill',
  audience: 'provider',
  description:
    'A short request to your massage therapist for an itemized superbill, listing everything a health plan usually looks for on one. Send it before your claim, or when a plan has returned a claim as incomplete.',
  patientFills: 'You fill in: the therapist\u2019s name if the page did not show one next to a credential, your name, date of birth and member ID, the dates of the visits, and where the therapist should send the superbill.',
  fields: [
    { name: 'providerName', label: 'Therapist\u2019s name', kind: 'text', required: true, help: therapistNameHelp, rule: (r) => r.text(), prefill: (k) => k.therapistName, prefillLine: therapistPrefillLine },
    practiceNameField,
    { name: 'providerAddress', label: 'Practice address', kind: 'textarea', required: false, rule: (r) => r.text(400), prefill: (k) => k.providerAddress },
    { name: 'patientName', label: 'Your full name', kind: 'text', required: true, help: 'As it appears on your insurance card.', rule: (r) => r.text() },
    { name: 'dateOfBirth', label: 'Your date of birth', kind: 'date', required: true, rule: (r) => r.birthDate },
    { name: 'memberId', label: 'Member ID', kind: 'text', required: false, rule: (r) => r.text() },
    { name: 'insurerName', label: 'Health plan', kind: 'text', required: false, rule: (r) => r.text(), prefill: (k) => k.insurerName },
    { name: 'periodStart', label: 'Visits from', kind: 'date', required: false, rule: (r) => r.date },
    { name: 'periodEnd', label: 'Visits until', kind: 'date', required: false, rule: (r) => r.date },
    { name: 'referringClinicianName', label: 'Referring clinician', kind: 'text', required: false, rule: (r) => r.text() },
    { name: 'referringClinicianNpi', label: 'Referring clinician\u2019s NPI', kind: 'npi', required: false, rule: (r) => r.npi },
    { name: 'diagnosisCodes', label: 'Diagnosis codes (ICD-10)', kind: 'icd10', required: false, help: 'If your clinician already gave you codes, list them so the therapist can use the same ones.', rule: (r) => r.icd10List(0) },
    { name: 'sendTo', label: 'Where to send it', kind: 'text', required: false, help: 'An email or postal address.', rule: (r) => r.text(400) },
  ],
  checks: [
    {
      check: (v) => !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd,
      message: 'This date comes before the start of the period.',
      path: ['periodEnd'],
    },
  ],
  render: (v) => {
    const period =
      v.periodStart && v.periodEnd
        ? ` between ${v.periodStart} and ${v.periodEnd}`
        : v.periodStart
          ? ` since ${v.periodStart}`
          : v.periodEnd
            ? ` up to ${v.periodEnd}`
            : '';
    const referral = v.referringClinicianName
      ? `My referring clinician is ${v.referringClinicianName}${v.referringClinicianNpi ? ` (NPI ${v.referringClinicianNpi})` : ''}; please show their name and NPI as well.`
      : undefined;
    const codes = v.diagnosisCodes?.length
      ? ` My clinician\u2019s codes are ${v.diagnosisCodes.join(', ')}.`
      : '';
    return lines(
      `To: ${v.providerName}${v.practiceName ? `, ${v.practiceName}` : ''}`,
      ...(v.providerAddress ? textBlock(v.providerAddress).map((l) => `    ${l}`) : []),
      `From: ${v.patientName} (date of birth ${v.dateOfBirth})`,
      v.memberId && `Member ID: ${v.memberId}`,
      'Re: Request for an itemized superbill',
      '',
      `Hello ${v.providerName},`,
      '',
      `I would like to send a claim to ${v.insurerName ?? 'my health plan'} for the massage therapy you gave me${period}. Could you please prepare an itemized superbill that shows:`,
      '',
      bullet([
        'Your full name and credentials (for example LMT or BCTMB)',
        'Your individual NPI (10 digits), and the group NPI if you bill as a practice',
        'Your license number and the state that issued it',
        'Your tax ID (EIN, or SSN if you have no EIN), practice address and phone',
        'The dates of service, one visit per line: exact dates, not a date range',
        'The place of service code for each visit (for example 11 for an office)',
        'The CPT code for each service (such as 97124 or 97140) with any modifier, the number of 15-minute units and the minutes of one-on-one time',
        'The ICD-10 diagnosis codes from my diagnosing clinician, linked to each service line',
        'The charge for each line, the total, the amount I paid and the payment date',
        'Your signature and the date',
      ]),
      '',
      `Massage therapists generally don\u2019t diagnose, so the ICD-10 codes should be the ones my clinician gave.${codes}`,
      referral,
      '',
      'About units: plans may count 15-minute units differently. Medicare and plans that follow it use the 8-minute rule, which adds up the timed minutes of a visit before turning them into units, while many other plans count each code separately. Showing the minutes next to the units lets my plan apply its own rule.',
      '',
      v.sendTo ? `Please send it to: ${v.sendTo}` : 'Please let me know when it is ready.',
      '',
      'Thank you,',
      v.patientName,
    );
  },
  sources: [s.superbillGuides, s.timedUnits, s.cptMassageCodes, s.npiStandard],
});
