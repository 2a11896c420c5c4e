import { z } from 'zod';
import { sourceSchema } from './schemas';
import { sources as s } from './sources';

// General reimbursement facts shown in the popup's insurer view (shared/FACTS.md §3), in our own
// words. Phrased as what to check and ask: a plan decides what it pays.
const hintSchema = z.object({ id: z.string(), title: z.string(), text: z.string(), source: sourceSchema });

export const cptCodeHints = z.array(hintSchema).parse([
  {
    id: '97124',
    title: 'CPT 97124 — massage',
    text: 'Stroking, kneading and tapping of the soft tissues, billed in 15-minute units of one-on-one time.',
    source: s.cptMassageCodes,
  },
  {
    id: '97140',
    title: 'CPT 97140 — manual therapy',
    text: 'Hands-on techniques such as soft-tissue mobilisation or manual lymphatic drainage, in 15-minute units. Some plans treat it as a physical-therapy code; whether a massage therapist may bill it depends on the state and the plan.',
    source: s.cptMassageCodes,
  },
]);

export const unitCountingHint = hintSchema.parse({
  id: 'units',
  title: 'How 15-minute units are counted',
  text: 'Plans count timed units differently. Medicare adds up the timed minutes of a visit (8 to 22 minutes make one unit, 23 to 37 two, and so on); many commercial plans count each code on its own. Ask your plan which way it counts.',
  source: s.eightMinuteRule,
});

export const documentHints = z.array(hintSchema).parse([
  {
    id: 'referral',
    title: 'A prescription or referral with a diagnosis',
    text: 'Massage therapists generally cannot diagnose, so the diagnosis code on a claim usually comes from your physician or another clinician who refers you.',
    source: s.massageCannotDiagnose,
  },
  {
    id: 'superbill',
    title: 'A superbill from the therapist',
    text: 'An itemised receipt with the therapist\u2019s NPI, license number, tax ID, exact dates of service, CPT codes with units, diagnosis codes and charges.',
    source: s.superbillGuides,
  },
  {
    id: 'lmn',
    title: 'A letter of medical necessity for HSA or FSA',
    text: 'From your clinician: the diagnosis, why massage is recommended, how often and for how long. The IRS has warned that a note based only on self-reported wellness goals does not make massage a medical expense.',
    source: s.irsMedicalCare,
  },
]);

export const insurerQuestions = z.array(hintSchema).parse([
  { id: 'covered', title: 'Is massage therapy a covered benefit on my plan, and under which name?', text: 'Portals file it under massage, manual therapy, physical medicine, chiropractic or alternative care.', source: s.insurerHosts },
  { id: 'referral', title: 'Do I need a referral, a prescription or prior authorization?', text: 'Many plans and workers\u2019 comp programs want a written order first.', source: s.waLniMassage },
  { id: 'network', title: 'Must the therapist be in network? What do I get back out of network?', text: 'Out of network, you usually pay first and send a superbill.', source: s.superbillGuides },
  { id: 'limits', title: 'How many visits a year, and how are 15-minute units counted?', text: 'Visit limits and unit counting differ between plans.', source: s.eightMinuteRule },
  { id: 'codes', title: 'Which CPT codes does my plan accept from a massage therapist?', text: 'Ask about 97124 and 97140 by number.', source: s.cptMassageCodes },
]);
