import { insurerGuideSchema, type InsurerGuide } from './schemas';
import { sources as s } from './sources';

// What a patient signed in to a plan's portal should look for, per insurer (shared/FACTS.md §3.7,
// §4). Facts marked UNVERIFIED there are kept only with `unverified: true`, shown as such.
// Wording: "check", "ask", "may"; a plan document decides, never this file.

/** Words that portals tend to file massage under. */
export const defaultSearchTerms = [
  'massage therapy',
  'manual therapy',
  'physical medicine',
  'chiropractic',
  'complementary or alternative care',
];

type GuideInput = Omit<InsurerGuide, 'programs' | 'notes'> & {
  programs?: Partial<InsurerGuide['programs'][number]>[];
  notes?: { text: string; source: InsurerGuide['notes'][number]['source']; unverified?: boolean }[];
};

const raw: GuideInput[] = [
  {
    insurerId: 'unitedhealthcare',
    searchTerms: ['massage therapy', 'physical therapy', 'alternative treatments'],
    notes: [
      {
        text: 'A 2023 UnitedHealthcare West policy treats massage as not covered unless it is part of a physical-therapy treatment plan, and one UHC plan document lists massage among excluded alternative treatments. Check your own plan\u2019s documents.',
        source: s.uhcPolicy,
      },
    ],
  },
  {
    insurerId: 'aetna',
    searchTerms: ['massage therapy', 'physical medicine', 'alternative medicine'],
    programs: [
      {
        name: 'Aetna Medicare PPO (Rural Carrier Benefit Plan) massage benefit',
        nature: 'covered-benefit',
        text: 'This Medicare plan has listed massage through American Specialty Health at $0 copay for up to 50 visits a year, for medically necessary care reviewed by ASH. Other Aetna plans differ.',
        source: s.rcbpAetnaMedicare,
      },
      {
        name: 'Vital Savings by Aetna',
        nature: 'discount-program',
        text: 'A discount program, which its terms say is not insurance: it lowers a price, it does not pay a claim.',
        source: s.vitalSavingsTerms,
      },
    ],
    notes: [
      {
        text: 'Aetna keeps a clinical policy bulletin on alternative medicine (CPB 0388); its massage wording was not checked for this extension. Read it, or ask Aetna, before relying on it.',
        source: s.insurerHosts,
        unverified: true,
      },
    ],
  },
  {
    insurerId: 'cigna',
    searchTerms: ['massage therapy', 'complementary and alternative medicine', 'physical medicine'],
    notes: [
      {
        text: 'Cigna has a coverage policy on complementary and alternative medicine (0086); its massage wording was not checked for this extension. Ask Cigna how it applies to your plan.',
        source: s.cignaPolicy0086,
        unverified: true,
      },
    ],
  },
  {
    insurerId: 'anthem',
    searchTerms: ['massage therapy', 'physical medicine', 'chiropractic'],
    notes: [
      {
        text: 'Anthem is a Blue Cross Blue Shield licensee in only some states; your member card says which plan you have.',
        source: s.insurerHosts,
      },
    ],
  },
  {
    insurerId: 'bcbs-federation',
    searchTerms: ['massage therapy', 'manual therapy', 'chiropractic'],
    notes: [
      {
        text: 'The Blues are about 34 separate companies, each with its own rules. The prefix of your member ID names your home plan; check that plan\u2019s documents.',
        source: s.bcbsIlGuide,
      },
    ],
  },
  {
    insurerId: 'bcbs-illinois',
    searchTerms: ['massage therapy', 'physical medicine', 'chiropractic'],
    notes: [
      {
        text: 'Blue Access for Members is the signed-in portal; the prefix of your member ID names your home plan.',
        source: s.bcbsIlGuide,
      },
    ],
  },
  {
    insurerId: 'regence',
    searchTerms: ['massage therapy', 'licensed massage therapist'],
    notes: [
      {
        text: 'In Washington, state law requires many plans to include every category of licensed provider, massage therapists among them; it does not change which conditions are covered, and some plans are outside it. Ask whether your plan needs a referral and how many visits it allows.',
        source: s.waEveryCategory,
      },
    ],
  },
  {
    insurerId: 'kaiser-permanente',
    searchTerms: ['massage therapy', 'complementary care', 'chiropractic and acupuncture'],
    programs: [
      {
        name: 'Complementary Choices (Kaiser Permanente Washington)',
        nature: 'discount-program',
        text: 'A 20% discount with contracted providers when massage is not covered: a discount, not coverage.',
        source: s.kaiserWa,
      },
    ],
    notes: [
      {
        text: 'Kaiser Permanente Washington says massage needs a referral from your doctor when the doctor finds it medically necessary.',
        source: s.kaiserWa,
      },
      {
        text: 'Kaiser Permanente Northwest\u2019s 2024 coverage document lists massage through The CHP Group up to a visit limit, and excludes maintenance care when there are no symptoms.',
        source: s.kaiserNwEoc,
      },
    ],
  },
  {
    insurerId: 'ambetter',
    searchTerms: ['massage therapy', 'chiropractic', 'physical medicine'],
    notes: [
      {
        text: 'In Oregon, Health Net has offered therapeutic massage on most plans through American Specialty Health. That Health Net belongs to Centene, like Ambetter, was not confirmed in a source; check your own plan.',
        source: s.healthNetOregon,
        unverified: true,
      },
    ],
  },
  {
    insurerId: 'florida-blue',
    searchTerms: ['massage therapy', 'physical medicine'],
    notes: [
      {
        text: 'Florida car insurance (PIP) stopped paying for massage in 2013. That is auto insurance: it says nothing about your health plan, which you should check on its own.',
        source: s.injuryBilling,
      },
    ],
  },
  {
    insurerId: 'medicare',
    searchTerms: ['massage therapy', 'physical therapy', 'Medicare Advantage supplemental benefits'],
    notes: [
      {
        text: 'Secondary sources say Original Medicare does not pay for massage on its own; physical therapy under Part B may use massage techniques within a plan of care. A Medicare.gov statement was not checked for this extension.',
        source: s.medicareCoverage,
        unverified: true,
      },
      {
        text: 'Some Medicare Advantage plans offer therapeutic massage as a supplemental benefit, ordered by a physician or other clinician for an illness or injury. Check your plan\u2019s Evidence of Coverage.',
        source: s.medicareAdvantageSupplemental,
      },
    ],
  },
  {
    insurerId: 'healthcare-gov',
    searchTerms: ['massage therapy', 'chiropractic care', 'physical therapy'],
    notes: [
      {
        text: 'Secondary sources say massage is not one of the essential health benefit categories of Marketplace plans; this was not checked against HHS. Compare plans\u2019 benefit summaries.',
        source: s.medicareCoverage,
        unverified: true,
      },
    ],
  },
  {
    insurerId: 'american-specialty-health',
    searchTerms: ['massage therapy', 'medical necessity review'],
    notes: [
      {
        text: 'A benefit manager, not your insurer: it runs massage and chiropractic benefits for some plans, such as an Aetna Medicare PPO, and may review medical necessity. Your plan\u2019s documents still decide.',
        source: s.rcbpAetnaMedicare,
      },
    ],
  },
  {
    insurerId: 'chp-group',
    searchTerms: ['massage therapy', 'visit limit'],
    notes: [
      {
        text: 'A benefit manager, not your insurer: Kaiser Permanente Northwest has used it for massage benefits up to a visit limit.',
        source: s.kaiserNwEoc,
      },
    ],
  },
];

export const insurerGuides: InsurerGuide[] = raw.map((g) => insurerGuideSchema.parse({ programs: [], notes: [], ...g }));

export function guideFor(insurerId: string): InsurerGuide | undefined {
  return insurerGuides.find((g) => g.insurerId === insurerId);
}
