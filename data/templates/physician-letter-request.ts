import { sources as s } from '@/data/sources';
import { bullet, lines, textBlock } from '@/lib/notes/format';
import { defineNoteTemplate } from '@/lib/notes/template';
import { practiceNameField, therapistPrefillLine } from './_provider-fields';

// A request to the treating clinician for a prescription or letter of medical necessity
// (shared/FACTS.md §3.5).

export default defineNoteTemplate({
  id: 'physician-letter-request',
  order: 3,
  title: 'Ask your doctor for a prescription or letter of medical necessity',
  audience: 'physician',
  description:
    'A request to the clinician treating you, asking whether massage therapy is medically appropriate and, if so, for a prescription or letter of medical necessity with the details plans and HSA/FSA administrators often look for.',
  patientFills: 'You fill in: your clinician\u2019s name, your name and date of birth, what you are being treated for, what it makes hard to do, and what the therapist proposes.',
  fields: [
    { name: 'physicianName', label: 'Clinician\u2019s name', kind: 'text', required: true, help: 'For example \u201cDr. Ana Ruiz\u201d.', rule: (r) => r.text() },
    { name: 'patientName', label: 'Your full name', kind: 'text', required: true, rule: (r) => r.text() },
    { name: 'dateOfBirth', label: 'Your date of birth', kind: 'date', required: true, rule: (r) => r.birthDate },
    { name: 'condition', label: 'What you are being treated for', kind: 'textarea', required: true, help: 'In your own words; the diagnosis itself is your clinician\u2019s to make.', rule: (r) => r.text(2000) },
    { name: 'functionalLimits', label: 'What it makes hard to do', kind: 'textarea', required: false, help: 'For example sitting at work, turning your head while driving, sleeping.', rule: (r) => r.text(2000) },
    { name: 'therapistName', label: 'Massage therapist', kind: 'text', required: false, rule: (r) => r.text(), prefill: (k) => k.therapistName, prefillLine: therapistPrefillLine },
    practiceNameField,
    { name: 'therapistPlan', label: 'What the therapist proposes', kind: 'textarea', required: false, help: 'Type of massage, how often and for how long, if you know.', rule: (r) => r.text(2000) },
    { name: 'purpose', label: 'What the letter is for', kind: 'text', required: false, help: 'For example \u201cmy health plan\u201d or \u201cmy HSA records\u201d.', rule: (r) => r.text(400) },
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
            `What my massage therapist${v.therapistName ? `, ${v.therapistName},` : ''}${v.practiceName ? ` at ${v.practiceName}` : ''} proposes:`,
            bullet(textBlock(v.therapistPlan), ' '),
          ]
        : v.therapistName || v.practiceName
          ? ['', `The massage therapist I plan to see: ${[v.therapistName, v.practiceName && `at ${v.practiceName}`].filter(Boolean).join(' ')}`]
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
