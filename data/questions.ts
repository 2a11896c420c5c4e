import { z } from 'zod';
import { questionSchema, type DimensionId, type Question, type Situation } from './schemas';
import { sources as s } from './sources';

// Questions a patient can put to a massage therapist before booking, listed under each of the
// eight dimensions (shared/FACTS.md §5.1). General information only: each `why` says what a good answer
// tends to look like, never what a plan will pay.
const raw: Record<DimensionId, Omit<Question, 'dimension'>[]> = {
  focus: [
    {
      id: 'experience-with-condition',
      situations: ['chronic-pain', 'injury', 'after-surgery', 'cancer-care', 'pregnancy', 'not-sure'],
      text: 'How often do you work with people who have a problem like mine, and what results do you usually aim for?',
      why: 'A clinically minded therapist can describe similar cases and realistic, functional goals, such as turning your head further or sitting longer without pain. Vague talk of relaxation and well-being points the other way.',
      source: s.medicalMassageContrast,
    },
    {
      id: 'medical-clients',
      situations: ['chronic-pain', 'injury', 'after-surgery', 'not-sure'],
      text: 'Roughly how many of your clients come to you with an injury, a medical condition or a referral from a clinician?',
      why: 'A practice that mostly sees injuries and referrals is more likely to work the way clinical massage does. A mostly gift-card or spa-day clientele suggests relaxation work.',
      source: s.medicalMassageContrast,
    },
  ],
  techniques: [
    {
      id: 'techniques-for-my-problem',
      situations: ['chronic-pain', 'injury', 'after-surgery', 'pregnancy', 'relaxation', 'not-sure'],
      text: 'Which techniques would you use for my problem, and why those rather than a general relaxation massage?',
      why: 'Listen for methods picked for your problem, such as myofascial release, trigger point work or soft tissue mobilization, with a reason tied to what the assessment showed.',
      source: s.medicalMassageContrast,
    },
    {
      id: 'trigger-point-training',
      situations: ['chronic-pain'],
      condition: 'trigger-points',
      text: 'Are you trained in neuromuscular therapy (NMT) or myofascial trigger point therapy, and how would you find and treat my trigger points?',
      why: 'Look for a named program with written and practical exams, such as an NMT or CMTPT certificate. The therapist should also explain how they locate trigger points and check your response.',
      source: s.neuromuscularTherapy,
    },
    {
      id: 'orthopedic-training',
      situations: ['injury', 'after-surgery'],
      condition: 'orthopedic-injury',
      text: 'What orthopedic massage training do you have, and which assessment tests would you use for my injury?',
      why: 'Orthopedic massage is an approach built on careful assessment of the injured soft tissue, not a single technique. A good answer names the training and describes the movement tests they would use.',
      source: s.neuromuscularTherapy,
    },
    {
      id: 'lymphedema-technique',
      situations: ['after-surgery', 'cancer-care'],
      condition: 'lymphedema',
      text: 'Do you use manual lymphatic drainage as part of complete decongestive therapy, and do you work with my lymphedema care team on compression?',
      why: 'Manual lymphatic drainage is one part of complete decongestive therapy, so a trained therapist will talk about the whole program, not the massage alone.',
      source: s.lymphedemaTraining,
    },
  ],
  'treatment-plan': [
    {
      id: 'measurable-goals',
      situations: ['chronic-pain', 'injury', 'after-surgery'],
      text: 'Will we agree on measurable goals and a plan: how many sessions, how often, and over what period?',
      why: 'Clinical massage usually follows a written plan with goals you can measure, a set number of visits and a point where treatment stops. Open-ended weekly visits with no goals are more typical of wellness massage.',
      source: s.clinicalDocumentation,
    },
    {
      id: 'progress-and-referral-back',
      situations: ['chronic-pain', 'injury', 'after-surgery', 'cancer-care'],
      text: 'How will we track my progress, and at what point would you send me back to my doctor?',
      why: 'Massage therapists generally may not diagnose, so a careful therapist names warning signs and a time frame, such as no change after a few weeks, that mean you should see your doctor again.',
      source: s.scopeNoDiagnosis,
    },
  ],
  records: [
    {
      id: 'assessment-each-session',
      situations: ['chronic-pain', 'injury', 'after-surgery', 'cancer-care', 'pregnancy'],
      text: 'Will you assess me at the first visit (range of motion, posture, what you feel in the tissue) and re-check my range of motion at each session?',
      why: 'Repeating the same measurements shows whether the work helps. Washington\u2019s workers\u2019 compensation rules, for example, ask for progress reports based on functional measures such as range of motion.',
      source: s.waLniMassage,
    },
    {
      id: 'soap-notes',
      situations: ['injury', 'after-surgery', 'chronic-pain'],
      text: 'Do you keep SOAP notes for each visit, and can my doctor or I get a copy?',
      why: 'SOAP notes record what you report, what the therapist found, what was done and the plan. Doctors and insurers often ask for them, while relaxation massage usually comes with little or no paperwork.',
      source: s.clinicalDocumentation,
    },
  ],
  team: [
    {
      id: 'works-with-clinicians',
      situations: ['after-surgery', 'cancer-care', 'pregnancy', 'injury'],
      text: 'Do you work with physicians, physical therapists or chiropractors, and would you send my doctor an update if I ask?',
      why: 'Clinical massage is often part of care directed by a prescribing clinician. A therapist who already exchanges notes with other clinicians fits into your care more easily.',
      source: s.medicalMassageContrast,
    },
  ],
  setting: [
    {
      id: 'treatment-setting',
      situations: ['relaxation', 'not-sure', 'pregnancy'],
      text: 'Is the massage given in a clinic room or a spa treatment room, and who else works there?',
      why: 'Massage inside a physical therapy, chiropractic or pain clinic is more often part of a treatment plan, while a menu of facials and body wraps points to relaxation. Many places offer both, so ask how your own sessions would be run.',
      source: s.medicalMassageContrast,
    },
  ],
  training: [
    {
      id: 'license-number',
      situations: ['chronic-pain', 'injury', 'after-surgery', 'cancer-care', 'pregnancy', 'relaxation', 'not-sure'],
      text: 'Are you licensed to practice massage in this state, and what is your license number?',
      why: 'A good answer is a number you can look up yourself on the state board\u2019s website. Kansas, Minnesota and Wyoming have no state license and Vermont only registers therapists; in California, ask for the CAMTC certificate number instead.',
      source: s.fsmtbRegulation,
    },
    {
      id: 'license-in-good-standing',
      situations: ['relaxation', 'not-sure', 'pregnancy'],
      text: 'Is your license currently active, and has a licensing board ever taken disciplinary action against you?',
      why: 'The answer should match the board\u2019s own record. Many boards, North Carolina\u2019s among them, show disciplinary reports next to each license in their online search.',
      source: s.ncLicense,
    },
    {
      id: 'program-hours',
      situations: ['not-sure', 'relaxation'],
      text: 'How many hours was your massage program, and which school did you attend?',
      why: 'Entry-level programs usually run about 500 to 1,000 hours depending on the state, and many states now ask for 600\u2013650. A specific number and a school you can look up are good signs.',
      source: s.abmpRaisingHours,
    },
    {
      id: 'program-subjects',
      situations: ['chronic-pain', 'injury'],
      text: 'Did your training cover anatomy and physiology, kinesiology and pathology, and did it include a supervised clinical practicum?',
      why: 'These subjects are the groundwork for treating injuries and medical conditions. AMMA\u2019s diplomate exam, for example, expects 500 hours of anatomy, physiology and kinesiology, 350 of pathology and 400 of clinical practicum.',
      source: s.amma,
    },
    {
      id: 'certification-exams',
      situations: ['not-sure'],
      text: 'Which exams have you passed: the MBLEx, the Board Certification exam (BCTMB), or AMMA\u2019s diplomate exam?',
      why: 'The MBLEx is the entry-level exam most states use before granting a license; it is a step towards a license, not a credential of its own. Board Certification is voluntary and goes further: 750 hours of education, 250 hands-on hours and a separate exam.',
      source: s.credentialExams,
    },
    {
      id: 'continuing-education',
      situations: ['chronic-pain', 'pregnancy'],
      text: 'What continuing education courses have you taken in the last few years, and on which topics?',
      why: 'Most licensing states require continuing education to renew a license. Look for recent courses that relate to your problem, not only to relaxation styles.',
      source: s.fsmtbRegulation,
    },
    {
      id: 'condition-training',
      situations: ['chronic-pain', 'injury', 'after-surgery', 'cancer-care', 'pregnancy'],
      text: 'What specific training do you have for my condition, and how long was it?',
      why: 'Ask for the course name, its length and who taught it. A one-day workshop and a certification program with exams are very different things.',
      source: s.neuromuscularTherapy,
    },
    {
      id: 'lymphedema-training',
      situations: ['after-surgery', 'cancer-care'],
      condition: 'lymphedema',
      text: 'Are you a certified lymphedema therapist (CLT), and how many hours of decongestive therapy training did you complete?',
      why: 'The National Lymphedema Network expects at least 135 hours of complete decongestive therapy training for a CLT. The CLT-LANA credential adds a national exam on top.',
      source: s.lymphedemaTraining,
    },
    {
      id: 'oncology-training',
      situations: ['cancer-care'],
      condition: 'cancer-history',
      text: 'Have you completed an oncology massage course, and how do you adapt a session for someone with a history of cancer?',
      why: 'No government standard covers oncology massage, so the course itself matters. The Society for Oncology Massage lists practitioners who finished a recognized oncology course after a 500-hour program and a year of practice.',
      source: s.oncologyMassage,
    },
  ],
  billing: [
    {
      id: 'bills-insurance',
      situations: ['injury', 'after-surgery', 'chronic-pain', 'not-sure'],
      text: 'Do you bill my insurance yourself, or will you give me a superbill to send in? Are you in-network with my plan?',
      why: 'Out of network, you often pay up front and send an itemized superbill to your plan, which then applies its own out-of-network rules. Check the answer against your plan\u2019s provider list as well.',
      source: s.superbillGuides,
    },
    {
      id: 'referral-required',
      situations: ['after-surgery', 'chronic-pain', 'cancer-care'],
      text: 'Does my plan need a referral or prescription from my doctor for these visits, and do you check my benefits before the first session?',
      why: 'Many plans that include massage ask for a doctor\u2019s referral first; Kaiser Permanente Washington is one example. Check with your plan too, because benefits differ even within one insurer.',
      source: s.referralRequirements,
    },
    {
      id: 'npi-and-codes',
      situations: ['injury'],
      text: 'Do you have an NPI, which CPT codes do you usually bill, and how do you count 15-minute units?',
      why: 'A therapist who bills insurance needs a 10-digit NPI and often uses codes such as 97124 (massage) or 97140 (manual therapy), counted in 15-minute units. Your plan may count units differently: Medicare\u2019s 8-minute rule adds up the timed minutes of a visit, while many plans count each code separately.',
      source: s.timedUnits,
    },
    {
      id: 'injury-claims-order',
      situations: ['injury'],
      text: 'My problem comes from a car accident or a work injury. Do I need a physician\u2019s order before we start?',
      why: 'Auto and workers\u2019 compensation claims often need a written order from your doctor first; Washington\u2019s workers\u2019 compensation program is one example. Rules differ by state: Florida\u2019s auto PIP coverage, for instance, has left out massage since 2013.',
      source: s.injuryBilling,
    },
    {
      id: 'hsa-fsa-receipts',
      situations: ['chronic-pain', 'pregnancy', 'relaxation', 'not-sure'],
      text: 'Can you give me itemized receipts with your license number, the dates and the services, for my HSA or FSA?',
      why: 'Account administrators look for a real medical purpose, usually shown by a prescription or letter from your clinician for a diagnosed condition. The IRS warned in 2024 that a note based only on self-reported wellness goals does not make an expense eligible.',
      source: s.irsMedicalExpenses,
    },
  ],
};

/** Each dimension's questions, in display order; a new question goes under its dimension above. */
const byDimension = {} as Record<DimensionId, readonly Question[]>;
for (const [dimension, list] of Object.entries(raw) as [DimensionId, Omit<Question, 'dimension'>[]][]) {
  byDimension[dimension] = z.array(questionSchema).parse(list.map((q) => ({ ...q, dimension })));
}

/** The questions for one dimension, in display order. */
export function questionsForDimension(id: DimensionId): readonly Question[] {
  return byDimension[id];
}

/** Every question, dimension by dimension. */
export const questions: readonly Question[] = Object.values(byDimension).flat();

/** How many questions the popup shows before "more questions". */
export const FIRST_QUESTIONS = 6;

/**
 * The questions for a patient's situation first (at most `FIRST_QUESTIONS`: those that list it
 * earliest among their situations, then in registry order), and every other question after.
 */
export function questionsForSituation(situation: Situation): { first: readonly Question[]; more: readonly Question[] } {
  const rank = (q: Question) => q.situations.indexOf(situation);
  const first = questions
    .filter((q) => rank(q) >= 0)
    .map((q, order) => ({ q, order }))
    .sort((a, b) => rank(a.q) - rank(b.q) || a.order - b.order)
    .slice(0, FIRST_QUESTIONS)
    .map(({ q }) => q);
  return { first, more: questions.filter((q) => !first.includes(q)) };
}

export interface QuestionAnswer {
  asked: boolean;
  answer: string;
}

/**
 * The checklist as plain text for "copy all as text": one line per question, ticked when asked,
 * with the patient's answer notes indented below.
 */
export function questionsAsText(
  list: readonly Question[],
  answers: Readonly<Partial<Record<string, QuestionAnswer>>>,
): string {
  return list
    .map((q) => {
      const a = answers[q.id];
      const lines = [`[${a?.asked ? 'x' : ' '}] ${q.text}`];
      const answer = a?.answer.trim();
      if (answer) {
        const [first, ...rest] = answer.split(/\r?\n/);
        lines.push(`    Answer: ${first}`, ...rest.map((l) => `            ${l}`));
      }
      return lines.join('\n');
    })
    .join('\n');
}
