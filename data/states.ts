// How each state (and DC) regulates massage therapists, from shared/FACTS.md §1.2, §1.3, §1.5,
// §2.1, §3.6 and §3.8. Only sourced values: where FACTS gives no hours, board or title, the field
// is left out and the UI points to the state board and FSMTB's regulation page instead.
// Parsed with zod at load, so keep this module out of the content script (see data/insurers.ts).
import { stateSchema, type StateNote, type UsState, type UsStateCode } from './schemas';
import { sources as s } from './sources';

type Extra = Partial<Omit<UsState, 'code' | 'name'>>;

/** A state FSMTB (2024) lists as licensing massage therapists. */
const licensed = (code: UsStateCode, name: string, extra: Extra = {}): UsState => ({
  code,
  name,
  regulation: 'license',
  board: undefined,
  notes: [],
  source: s.fsmtbRegulation,
  ...extra,
});

/** A state FSMTB (2024) lists with no state regulation at all. */
const unregulated = (code: UsStateCode, name: string, extraNotes: StateNote[] = []): UsState => ({
  code,
  name,
  regulation: 'none',
  board: undefined,
  notes: [
    {
      text: `FSMTB (2024) lists no state license, registration or board for massage therapists in ${name}, so there is no state record to look up. Ask whether your city or county requires a permit.`,
      source: s.fsmtbRegulation,
    },
    {
      text: `Whether ${name} passed a massage licensing law in 2025 or 2026 has not been checked. Check the state legislature or FSMTB for anything newer.`,
      source: s.fsmtbRegulation,
      unverified: true,
    },
    ...extraNotes,
  ],
  source: s.fsmtbRegulation,
});

const compactNote = (name: string): StateNote => ({
  text: `${name} has enacted the Interstate Massage Compact (IMpact), according to an undated news post on massagecompact.org; more states may have joined since. The compact takes effect only once 7 states enact it, so check massagecompact.org for its current status.`,
  source: s.massageCompact,
});

/** Hour increases reported by ABMP's 2024 round-up. */
const abmpHours = (hours: number, note: string): UsState['minimumHours'] => ({
  hours,
  note: `${note} Check the state board for the rule in force.`,
  source: s.abmpRaisingHours,
});

const raw: UsState[] = [
  licensed('AL', 'Alabama', {
    licenseNumberInAds: {
      required: true,
      source: s.alLicenseInAds,
      note: 'The statute is known from a quotation on a secondary site; its section number was not captured.',
    },
  }),
  licensed('AK', 'Alaska', {
    notes: [
      {
        text: 'Alaska has licensed massage therapists since 2015 (HB 328). Older lists that call Alaska unregulated are out of date.',
        source: s.akLicensing,
      },
    ],
  }),
  licensed('AZ', 'Arizona', {
    licenseNumberInAds: { required: true, source: s.licenseInAds, note: 'A.R.S. 32-4260.' },
  }),
  licensed('AR', 'Arkansas', { notes: [compactNote('Arkansas')] }),
  {
    code: 'CA',
    name: 'California',
    regulation: 'voluntary-certification',
    title: 'Certified Massage Therapist (CAMTC)',
    minimumHours: {
      hours: 500,
      note: 'For voluntary CAMTC certification, at a CAMTC-approved school; California has no state license.',
      source: s.camtc,
    },
    board: { name: 'California Massage Therapy Council (CAMTC)', lookupUrl: 'https://www.camtc.org/' },
    notes: [
      {
        text: 'California has no state massage license. Certification by CAMTC, a nonprofit set up under state law, is voluntary; only certified people may call themselves "Certified Massage Therapist", and they may work statewide without city permits. Look up a CAMTC number at camtc.org.',
        source: s.camtc,
      },
    ],
    source: s.fsmtbRegulation,
  },
  licensed('CO', 'Colorado', { minimumHours: abmpHours(650, 'Raised from 500 by SB 24-201, per ABMP (2024).') }),
  licensed('CT', 'Connecticut', {
    licenseNumberInAds: { required: true, source: s.licenseInAds, note: 'C.G.S. 20-206g(c).' },
  }),
  licensed('DE', 'Delaware'),
  {
    code: 'DC',
    name: 'District of Columbia',
    regulation: 'license',
    board: undefined,
    notes: [
      {
        text: 'DC licenses massage therapists through its Board of Massage Therapy (DC Health); this was not confirmed against the board\u2019s own pages. Check with DC Health\u2019s licensing board.',
        source: s.dcLicense,
        unverified: true,
      },
    ],
    source: s.dcLicense,
  },
  licensed('FL', 'Florida', {
    board: { name: 'Florida Board of Massage Therapy', lookupUrl: 'https://floridasmassagetherapy.gov/' },
    notes: [
      {
        text: 'Florida license numbers start with MA for a massage therapist and MM for a massage establishment. Check a number with the Florida Board of Massage Therapy.',
        source: s.flMassageBoard,
      },
      {
        text: 'Since Jan 1, 2013, Florida auto insurance PIP (personal injury protection) no longer pays for massage (HB 119). This concerns auto insurance only; ask your health plan separately about its massage benefit.',
        source: s.flPipMassage,
      },
    ],
  }),
  licensed('GA', 'Georgia'),
  licensed('HI', 'Hawaii'),
  licensed('ID', 'Idaho'),
  licensed('IL', 'Illinois'),
  licensed('IN', 'Indiana'),
  licensed('IA', 'Iowa', {
    minimumHours: { hours: 600, note: 'As of 2017; may be out of date.', source: s.iowaHours2017 },
  }),
  unregulated('KS', 'Kansas'),
  licensed('KY', 'Kentucky'),
  licensed('LA', 'Louisiana', {
    minimumHours: abmpHours(625, 'Raised from 500 by SB 353, per ABMP (2024).'),
    licenseNumberInAds: {
      required: true,
      source: s.licenseInAds,
      note: 'La. R.S. 37:3564; this includes websites.',
    },
  }),
  licensed('ME', 'Maine'),
  licensed('MD', 'Maryland'),
  licensed('MA', 'Massachusetts'),
  licensed('MI', 'Michigan'),
  unregulated('MN', 'Minnesota'),
  licensed('MS', 'Mississippi'),
  licensed('MO', 'Missouri', {
    minimumHours: abmpHours(625, 'Raised from 500 by an emergency rule; the permanent rule was still pending in mid-2024, per ABMP.'),
  }),
  licensed('MT', 'Montana', { notes: [compactNote('Montana')] }),
  licensed('NE', 'Nebraska', {
    minimumHours: { hours: 1000, note: 'Spread over at least 9 months.', source: s.neMassageEducation },
  }),
  licensed('NV', 'Nevada', {
    minimumHours: abmpHours(625, 'Raised from 550, per ABMP (2024).'),
    notes: [compactNote('Nevada')],
  }),
  licensed('NH', 'New Hampshire'),
  licensed('NJ', 'New Jersey', { minimumHours: abmpHours(600, 'Raised from 500 by A4587, per ABMP (2024).') }),
  licensed('NM', 'New Mexico'),
  licensed('NY', 'New York', {
    minimumHours: {
      hours: 1000,
      note: 'The statute\u2019s floor is 500 hours (Educ. Law \u00a77804); the 1,000 hours come from regulation (Part 78). New York also uses its own licensing exam.',
      source: s.nyMassageLicense,
    },
    board: { name: 'New York State Education Department, Office of the Professions', lookupUrl: 'https://www.op.nysed.gov/' },
  }),
  licensed('NC', 'North Carolina', {
    title: 'Licensed Massage and Bodywork Therapist (LMBT)',
    minimumHours: abmpHours(
      650,
      'G.S. 90-629 set 500 classroom hours; SB 607 (2024) raises this to 650, per ABMP. A license issued earlier may rest on 500.',
    ),
    board: { name: 'North Carolina Board of Massage & Bodywork Therapy', lookupUrl: 'https://www.bmbt.org/' },
    licenseNumberInAds: {
      required: true,
      source: s.ncLicenseInAds,
      note: 'Reported by a secondary source only; check the NC board\u2019s rules.',
    },
    notes: [
      {
        text: 'The North Carolina board\u2019s online verification searches by name or license number and shows any disciplinary reports.',
        source: s.ncLicense,
      },
    ],
  }),
  licensed('ND', 'North Dakota'),
  licensed('OH', 'Ohio', { notes: [compactNote('Ohio')] }),
  licensed('OK', 'Oklahoma', {
    minimumHours: {
      hours: 500,
      note: 'Plus the MBLEx or NCBTMB exam, and liability insurance.',
      source: s.okMassageAct,
    },
    notes: [
      {
        text: 'Oklahoma has required a massage therapist license since May 1, 2017 (SB 687). Older lists that call Oklahoma unregulated are out of date.',
        source: s.okMassageAct,
      },
    ],
  }),
  licensed('OR', 'Oregon'),
  licensed('PA', 'Pennsylvania'),
  licensed('RI', 'Rhode Island'),
  licensed('SC', 'South Carolina'),
  licensed('SD', 'South Dakota'),
  licensed('TN', 'Tennessee', {
    minimumHours: abmpHours(650, 'Raised from 500 by HB 1610/SB 1588, per ABMP (2024).'),
  }),
  licensed('TX', 'Texas'),
  licensed('UT', 'Utah'),
  {
    code: 'VT',
    name: 'Vermont',
    regulation: 'registration',
    board: { name: 'Vermont Office of Professional Regulation' },
    notes: [
      {
        text: 'Vermont has required massage therapists to register with the Office of Professional Regulation since April 1, 2021 (26 V.S.A. chapter 105). Registrants must tell new clients about their qualifications and how to make a complaint; ask for that information.',
        source: s.vtRegistration,
      },
      {
        text: 'Vermont registration has no education, exam or continuing-education requirement (FSMTB), so ask about training directly.',
        source: s.fsmtbRegulation,
      },
    ],
    source: s.fsmtbRegulation,
  },
  licensed('VA', 'Virginia', { notes: [compactNote('Virginia')] }),
  licensed('WA', 'Washington', {
    title: 'Licensed Massage Therapist (LMT)',
    board: { name: 'Washington State Department of Health' },
    notes: [
      {
        text: 'Washington\u2019s older title, Licensed Massage Practitioner (LMP), became "massage therapist" for licenses issued or renewed from July 1, 2017. LMP is the same license under its old name and may point to an older page.',
        source: s.waMassageTitle,
      },
      {
        text: 'Washington\u2019s "every category of provider" law (RCW 48.43.045) requires the health plans under it to include licensed massage therapists among their providers. It does not change which conditions a plan covers, plans may still limit visits or ask for a referral, and not every plan falls under it. Ask your plan what its massage benefit includes.',
        source: s.waEveryCategory,
      },
      {
        text: 'For a Washington workers\u2019 comp (L&I) claim, massage needs written orders from the attending provider and must be given by a licensed massage therapist. The first 6 visits need no authorization, visits 6 to 12 need an authorization form, and more go through the claim manager. Check the current rules with L&I or your claim manager.',
        source: s.waLniMassage,
      },
      {
        text: 'An older, partly outdated page says Washington-licensed massage therapists could bill auto PIP with a physician\u2019s prescription. This has not been confirmed for today; ask the auto insurer.',
        source: s.waPipMassage,
        unverified: true,
      },
    ],
  }),
  licensed('WV', 'West Virginia'),
  licensed('WI', 'Wisconsin'),
  unregulated('WY', 'Wyoming', [
    {
      text: 'Wyoming bills to license massage therapists, such as SF0091 in 2022, did not pass.',
      source: s.wyLicensingBills,
    },
  ]),
];

export const states: UsState[] = stateSchema.array().parse(raw);

const byCode = new Map<string, UsState>(states.map((st) => [st.code, st]));

/** The state for a two-letter code, in any case ("wa", "WA"); undefined if unknown. */
export function stateByCode(code: string): UsState | undefined {
  return byCode.get(code.trim().toUpperCase());
}
