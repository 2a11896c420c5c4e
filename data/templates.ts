import { z } from 'zod';
import type { NoteRules } from '@/lib/notes/note';
import type { Source } from './schemas';
import { sources as s } from './sources';

// Three notes a patient can send while claiming massage therapy (shared/FACTS.md §3.4, §3.5, §5.2):
// a cover note to the insurer, a superbill request to the therapist, and a request to the
// physician for a prescription or letter of medical necessity.
//
// The field rules (NPI check digit, calendar dates, CPT and ICD-10 shapes, money) live in
// lib/notes/note.ts and arrive here as `r`, so this file stays data and lib/notes/note.ts can import it
// without an import cycle. Use the templates exported by lib/notes/note.ts: they append the
// disclaimer to every rendered note.

export const templateIds = ['reimbursement-cover-note', 'superbill-request', 'physician-letter-request'] as const;
export type TemplateId = (typeof templateIds)[number];

export type NoteAudience = 'insurer' | 'provider' | 'physician';

export type NoteFieldKind = 'text' | 'textarea' | 'date' | 'npi' | 'cpt-lines' | 'icd10' | 'money';

/** What a form needs to show one field; `name` is the key in the template's `fields` schema. */
export interface NoteField {
  name: string;
  label: string;
  kind: NoteFieldKind;
  help?: string;
  required: boolean;
  /** For `cpt-lines`: the fields of one service line. */
  itemFields?: readonly NoteField[];
}

export interface NoteTemplate<S extends z.ZodObject = z.ZodObject> {
  id: TemplateId;
  title: string;
  audience: NoteAudience;
  description: string;
  fields: S;
  fieldList: readonly NoteField[];
  /** The note text for values that passed `fields`. Pure: same values, same text. */
  render(values: z.output<S>): string;
  sources: readonly Source[];
}

const defineTemplate = <S extends z.ZodObject>(t: NoteTemplate<S>): NoteTemplate<S> => t;

// ---- Rendering helpers ----------------------------------------------------------------------

const lines = (...parts: (string | false | undefined | null)[]) =>
  parts.filter((p): p is string => typeof p === 'string').join('\n');

const bullet = (items: readonly string[], mark = '-') => items.map((i) => `  ${mark} ${i}`).join('\n');

/** "1234.5" or "1234.50" as cents, for totals without floating-point drift. */
const toCents = (money: string) => {
  const [whole = '0', frac = ''] = money.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
};

const formatCents = (cents: number) => {
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${whole}.${String(cents % 100).padStart(2, '0')}`;
};

const formatMoney = (money: string) => formatCents(toCents(money));

const unitsText = (units: number) => `${units} ${units === 1 ? 'unit' : 'units'}`;

const textBlock = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

const signatureBlock = (name: string) => lines('', 'Signature: ______________________________   Date: ______________', name);

// ---- Templates ------------------------------------------------------------------------------

/** The three note templates, built on the shared field rules from lib/notes/note.ts. */
export function buildNoteTemplates(r: NoteRules) {
  const serviceLine = z.object({
    dateOfService: r.serviceDate,
    cptCode: r.cptCode,
    units: r.units,
    charge: r.money,
  });

  const coverFields = z
    .object({
      patientName: r.text(),
      dateOfBirth: r.birthDate,
      memberId: r.memberId,
      groupNumber: r.optional(r.text()),
      insurerName: r.text(),
      claimPeriod: r.optional(r.text()),
      providerName: r.text(),
      providerCredentials: r.text(),
      providerNpi: r.npi,
      providerLicenseNumber: r.text(40),
      providerLicenseState: r.stateCode,
      providerTaxId: r.optional(r.ein),
      providerAddress: r.optional(r.text(400)),
      providerPhone: r.optional(r.text(40)),
      referringClinicianName: r.optional(r.text()),
      referringClinicianNpi: r.optional(r.npi),
      serviceLines: z
        .array(serviceLine, { error: 'Add at least one service line.' })
        .min(1, 'Add at least one service line.')
        .max(100, 'Split claims with more than 100 lines.'),
      diagnosisCodes: r.icd10List(1),
      enclosures: r.optional(r.text(2000)),
    })
    .refine((v) => !v.referringClinicianNpi || Boolean(v.referringClinicianName), {
      message: 'Add the referring clinician\u2019s name to go with this NPI.',
      path: ['referringClinicianName'],
    });

  const reimbursementCoverNote = defineTemplate({
    id: 'reimbursement-cover-note',
    title: 'Cover note for an out-of-network claim',
    audience: 'insurer',
    description:
      'A one-page note to send to your health plan with your claim form and the therapist\u2019s superbill. It lists who treated you, the coded services and the diagnosis codes your clinician gave, so the claims team can match them up.',
    fields: coverFields,
    fieldList: [
      { name: 'patientName', label: 'Your full name', kind: 'text', required: true, help: 'Write it exactly as it appears on your insurance card.' },
      { name: 'dateOfBirth', label: 'Your date of birth', kind: 'date', required: true },
      { name: 'memberId', label: 'Member ID', kind: 'text', required: true, help: 'From the front of your insurance card.' },
      { name: 'groupNumber', label: 'Group number', kind: 'text', required: false, help: 'Also on the card, if your plan has one.' },
      { name: 'insurerName', label: 'Health plan', kind: 'text', required: true },
      { name: 'claimPeriod', label: 'Claim period', kind: 'text', required: false, help: 'For example \u201cMarch to May 2026\u201d. Leave it empty to use the first and last dates of service.' },
      { name: 'providerName', label: 'Therapist\u2019s full name', kind: 'text', required: true },
      { name: 'providerCredentials', label: 'Therapist\u2019s credentials', kind: 'text', required: true, help: 'For example LMT, LMBT or BCTMB, as on the superbill.' },
      { name: 'providerNpi', label: 'Therapist\u2019s NPI', kind: 'npi', required: true, help: 'The 10-digit National Provider Identifier from the superbill. You can look it up in the NPPES registry.' },
      { name: 'providerLicenseNumber', label: 'License number', kind: 'text', required: true, help: 'In California, the CAMTC certificate number.' },
      { name: 'providerLicenseState', label: 'License state', kind: 'text', required: true, help: 'Two-letter code, such as WA.' },
      { name: 'providerTaxId', label: 'Therapist\u2019s tax ID (EIN)', kind: 'text', required: false, help: 'Two digits, a dash and seven digits, e.g. 12-3456789. Leave empty if the superbill has none.' },
      { name: 'providerAddress', label: 'Practice address', kind: 'textarea', required: false },
      { name: 'providerPhone', label: 'Practice phone', kind: 'text', required: false },
      { name: 'referringClinicianName', label: 'Referring clinician', kind: 'text', required: false, help: 'The doctor or other clinician who referred you or prescribed massage, if any.' },
      { name: 'referringClinicianNpi', label: 'Referring clinician\u2019s NPI', kind: 'npi', required: false },
      {
        name: 'serviceLines',
        label: 'Services',
        kind: 'cpt-lines',
        required: true,
        help: 'One line per code per visit, copied from the superbill.',
        itemFields: [
          { name: 'dateOfService', label: 'Date of service', kind: 'date', required: true },
          { name: 'cptCode', label: 'CPT code', kind: 'text', required: true, help: 'Five digits, with a modifier if the superbill shows one, e.g. 97140-59.' },
          { name: 'units', label: 'Units', kind: 'text', required: true, help: 'Each unit is usually 15 minutes.' },
          { name: 'charge', label: 'Charge', kind: 'money', required: true },
        ],
      },
      { name: 'diagnosisCodes', label: 'Diagnosis codes (ICD-10)', kind: 'icd10', required: true, help: 'From the clinician who diagnosed you, for example M54.2. Massage therapists generally don\u2019t diagnose.' },
      { name: 'enclosures', label: 'What you are enclosing', kind: 'textarea', required: false, help: 'One item per line, for example your plan\u2019s claim form. Left empty, the note lists the superbill, proof of payment and, if you named a referring clinician, the referral.' },
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
        `  NPI: ${v.providerNpi}`,
        `  License: ${v.providerLicenseNumber} (${v.providerLicenseState})`,
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

  const superbillFields = z
    .object({
      providerName: r.text(),
      providerAddress: r.optional(r.text(400)),
      patientName: r.text(),
      dateOfBirth: r.birthDate,
      memberId: r.optional(r.text()),
      insurerName: r.optional(r.text()),
      periodStart: r.optional(r.date),
      periodEnd: r.optional(r.date),
      referringClinicianName: r.optional(r.text()),
      referringClinicianNpi: r.optional(r.npi),
      diagnosisCodes: r.optional(r.icd10List(0)),
      sendTo: r.optional(r.text(400)),
    })
    .refine((v) => !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd, {
      message: 'This date comes before the start of the period.',
      path: ['periodEnd'],
    });

  const superbillRequest = defineTemplate({
    id: 'superbill-request',
    title: 'Ask your therapist for a superbill',
    audience: 'provider',
    description:
      'A short request to your massage therapist for an itemized superbill, listing everything a health plan usually looks for on one. Send it before your claim, or when a plan has returned a claim as incomplete.',
    fields: superbillFields,
    fieldList: [
      { name: 'providerName', label: 'Therapist\u2019s name', kind: 'text', required: true },
      { name: 'providerAddress', label: 'Therapist\u2019s address', kind: 'textarea', required: false },
      { name: 'patientName', label: 'Your full name', kind: 'text', required: true, help: 'As it appears on your insurance card.' },
      { name: 'dateOfBirth', label: 'Your date of birth', kind: 'date', required: true },
      { name: 'memberId', label: 'Member ID', kind: 'text', required: false },
      { name: 'insurerName', label: 'Health plan', kind: 'text', required: false },
      { name: 'periodStart', label: 'Visits from', kind: 'date', required: false },
      { name: 'periodEnd', label: 'Visits until', kind: 'date', required: false },
      { name: 'referringClinicianName', label: 'Referring clinician', kind: 'text', required: false },
      { name: 'referringClinicianNpi', label: 'Referring clinician\u2019s NPI', kind: 'npi', required: false },
      { name: 'diagnosisCodes', label: 'Diagnosis codes (ICD-10)', kind: 'icd10', required: false, help: 'If your clinician already gave you codes, list them so the therapist can use the same ones.' },
      { name: 'sendTo', label: 'Where to send it', kind: 'text', required: false, help: 'An email or postal address.' },
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
        `To: ${v.providerName}`,
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

  const physicianFields = z.object({
    physicianName: r.text(),
    patientName: r.text(),
    dateOfBirth: r.birthDate,
    condition: r.text(2000),
    functionalLimits: r.optional(r.text(2000)),
    therapistName: r.optional(r.text()),
    therapistPlan: r.optional(r.text(2000)),
    purpose: r.optional(r.text(400)),
  });

  const physicianLetterRequest = defineTemplate({
    id: 'physician-letter-request',
    title: 'Ask your doctor for a prescription or letter of medical necessity',
    audience: 'physician',
    description:
      'A request to the clinician treating you, asking whether massage therapy is medically appropriate and, if so, for a prescription or letter of medical necessity with the details plans and HSA/FSA administrators often look for.',
    fields: physicianFields,
    fieldList: [
      { name: 'physicianName', label: 'Clinician\u2019s name', kind: 'text', required: true, help: 'For example \u201cDr. Ana Ruiz\u201d.' },
      { name: 'patientName', label: 'Your full name', kind: 'text', required: true },
      { name: 'dateOfBirth', label: 'Your date of birth', kind: 'date', required: true },
      { name: 'condition', label: 'What you are being treated for', kind: 'textarea', required: true, help: 'In your own words; the diagnosis itself is your clinician\u2019s to make.' },
      { name: 'functionalLimits', label: 'What it makes hard to do', kind: 'textarea', required: false, help: 'For example sitting at work, turning your head while driving, sleeping.' },
      { name: 'therapistName', label: 'Massage therapist', kind: 'text', required: false },
      { name: 'therapistPlan', label: 'What the therapist proposes', kind: 'textarea', required: false, help: 'Type of massage, how often and for how long, if you know.' },
      { name: 'purpose', label: 'What the letter is for', kind: 'text', required: false, help: 'For example \u201cmy health plan\u201d or \u201cmy HSA records\u201d.' },
    ],
    render: (v) =>
      lines(
        `To: ${v.physicianName}`,
        `From: ${v.patientName} (date of birth ${v.dateOfBirth})`,
        'Re: Request for a prescription or letter of medical necessity for massage therapy',
        '',
        `Dear ${v.physicianName},`,
        '',
        'You are treating me for the following:',
        bullet(textBlock(v.condition), ' '),
        ...(v.functionalLimits ? ['', 'What it makes hard for me to do:', bullet(textBlock(v.functionalLimits), ' ')] : []),
        ...(v.therapistPlan
          ? [
              '',
              `What my massage therapist${v.therapistName ? `, ${v.therapistName},` : ''} proposes:`,
              bullet(textBlock(v.therapistPlan), ' '),
            ]
          : v.therapistName
            ? ['', `The massage therapist I plan to see: ${v.therapistName}`]
            : []),
        '',
        `If you consider massage therapy medically appropriate for my condition, could you write a prescription or a letter of medical necessity${v.purpose ? ` for ${v.purpose}` : ''}? Plans and account administrators often look for:`,
        '',
        bullet([
          'The diagnosis with its ICD-10 code(s), and the symptoms or functional limits it causes',
          'Why massage therapy is recommended and what it should achieve',
          'The type of massage or manual therapy',
          'How often and for how long (for example, once a week for eight weeks)',
          'Your name, credentials and NPI',
          'Your signature and the date',
        ]),
        '',
        'I understand this is your clinical decision. In 2024 the IRS cautioned that a note based only on self-reported wellness goals does not make a wellness expense eligible for HSA or FSA payment; what matters is a medical purpose, such as treating a diagnosed condition. Please write only what your own assessment supports.',
        '',
        'Thank you,',
        v.patientName,
      ),
    sources: [s.letterOfMedicalNecessity, s.irsMedicalExpenses, s.referralRequirements],
  });

  return [reimbursementCoverNote, superbillRequest, physicianLetterRequest] as const;
}
