// What a health plan's (or an auto insurer's) own page says about massage and its neighbours.
// Plain data, checked against coverageTopicSchema / coveragePatternSchema by
// tests/unit/coverage.test.ts: every pattern matches its examples and none of its near-misses.
// Patterns run on the page text folded to lower case, single spaces and straight apostrophes.
import type { CoveragePattern, CoverageTopic } from './schemas';
import { sources as s } from './sources';

/** The services a statement can be about. The first topic found in a sentence anchors it. */
export const coverageTopics: CoverageTopic[] = [
  {
    id: 'massage-therapy',
    topic: 'massage',
    pattern: String.raw`\b(?:(?:therapeutic|medical|clinical) )?massage(?: therapy| therapist services| services)?\b`,
    label: 'Massage therapy',
    source: s.coverageWording,
    examples: ['Massage therapy: not covered', 'therapeutic massage furnished by a licensed massage therapist'],
    nearMisses: ['massager devices sold in our store', 'a message from member services'],
  },
  {
    id: 'manual-therapy',
    topic: 'manual-therapy',
    pattern: String.raw`\b(?:manual therapy|manual therapy techniques|soft tissue mobili[sz]ation|myofascial release|manual lymph(?:atic)? drainage)\b`,
    label: 'Manual therapy',
    source: s.cptMassageCodes,
    examples: ['Manual therapy techniques (CPT 97140)', 'manual lymphatic drainage for lymphedema'],
    nearMisses: ['see the manual for therapy networks', 'manually enter your member ID'],
  },
  {
    id: 'chiropractic',
    topic: 'chiropractic',
    pattern: String.raw`\b(?:chiropractic(?: care| services| visits?| manipulation)?|chiropractors?|spinal manipulation)\b`,
    label: 'Chiropractic care',
    source: s.coverageWording,
    examples: ['Chiropractic care $30 copay', 'a visit to a chiropractor'],
    nearMisses: ['chirography lessons', 'spinal cord stimulator'],
  },
  {
    id: 'physical-therapy',
    topic: 'physical-therapy',
    pattern: String.raw`\b(?:physical therapy|physical therapists?|physiotherapy|physical medicine(?: and rehabilitation)?|rehabilitative therapy|outpatient rehabilitation)\b`,
    label: 'Physical therapy',
    source: s.coverageWording,
    examples: ['Physical therapy: 30 visits', 'outpatient rehabilitation services'],
    nearMisses: ['a physical exam', 'physically active members'],
  },
  {
    id: 'acupuncture',
    topic: 'acupuncture',
    pattern: String.raw`\bacupunctur(?:e|ists?)\b`,
    label: 'Acupuncture',
    source: s.coverageWording,
    examples: ['Acupuncture: not covered', 'a licensed acupuncturist'],
    nearMisses: ['acupressure mats', 'puncture wound care'],
  },
  {
    id: 'complementary-care',
    topic: 'complementary-care',
    pattern: String.raw`\b(?:complementary(?: and alternative)?(?: medicine| care| health| therapies| services)|alternative (?:medicine|care|therapies|treatments?)|integrative (?:medicine|health|care))\b`,
    label: 'Complementary or alternative care',
    source: s.coverageWording,
    examples: ['Complementary and alternative medicine', 'alternative treatments are excluded'],
    nearMisses: ['complementary colors', 'an alternative phone number'],
  },
];

/** What a statement says. Negations come first in spirit: "covered" never fires inside "not covered". */
export const coveragePatterns: CoveragePattern[] = [
  {
    id: 'not-covered',
    says: 'not-covered',
    pattern: String.raw`\b(?:not (?:a )?(?:covered|benefit|eligible for (?:coverage|reimbursement))|(?:isn't|aren't|is not|are not) (?:a )?(?:covered|benefit)|non-covered|no coverage|(?:does|do|will) not (?:cover|pay for)|(?:doesn't|don't|won't) (?:cover|pay for)|excluded|exclusions?|not medically necessary|experimental or investigational)\b`,
    label: 'Says it is not covered or is excluded',
    source: s.coverageWording,
    examples: [
      'Massage therapy: not covered',
      'massage is excluded except as part of a physical therapy treatment plan',
      'we do not cover massage for relaxation',
      'is considered not medically necessary',
      "isn't covered under PIP in Florida",
    ],
    nearMisses: ['Massage therapy is covered', 'Covered services include chiropractic care', 'this plan includes chiropractic care'],
  },
  {
    id: 'covered',
    says: 'covered',
    pattern: String.raw`(?:\b(?<!not |n't |non-|no |not a )covered\b(?! (?:only|elsewhere))|\b(?<!not |n't )(?:we|plan|plans|pip|policy|coverage) (?:cover|covers|pays? for|may pay for|can pay for|helps? pay for)\b|\b(?<!not |n't )(?:may|can|will|helps? to|help) pay for\b|\$\s?\d[\d,]*(?:\.\d\d)? (?:copay|copayment)|\d+% (?:coinsurance|after (?:the )?deductible)|\bno charge\b|\$0 (?:copay|cost))`,
    label: 'Says it is covered or what the member pays',
    source: s.coverageWording,
    examples: [
      'Chiropractic care: $30 copay',
      'acupuncture is covered for chronic low back pain',
      'personal injury protection may pay for physical therapy',
      '20% coinsurance after deductible',
      'a covered benefit on all plans',
    ],
    nearMisses: ['Massage therapy: not covered', 'is not a covered benefit', 'non-covered services', "PIP doesn't pay for massage"],
  },
  {
    id: 'limit',
    says: 'limit',
    pattern: String.raw`(?:\b(?:up to |maximum of |max of |limited to |limit of )?\d+ (?:visits?|sessions?|treatments?|units?)(?: (?:per|a|each|every) (?:calendar |plan |benefit )?(?:year|month|episode|period|condition))?\b|\b(?:visit|benefit|annual|yearly|calendar[- ]year|dollar|combined) (?:limit|maximum|max)\b|\bup to \$\s?\d[\d,]*|\$\s?\d[\d,]* (?:per|a|each) (?:calendar |plan |benefit )?(?:year|period|member)\b)`,
    label: 'Gives a visit or dollar limit',
    source: s.coverageWording,
    examples: ['20 visits per calendar year', 'up to 50 visits/year', 'up to $500 per year', 'a combined visit limit with occupational therapy'],
    nearMisses: ['$30 copay per visit', 'call 1-800-555-0100', 'visit our website'],
  },
  {
    id: 'referral',
    says: 'referral',
    pattern: String.raw`\b(?:referrals?|referred by|prescri(?:bed|bes)|prescription(?! drugs?| (?:drug )?(?:list|coverage|benefits?|formulary))|(?:physician|doctor|provider)'s (?:order|prescription)|ordered by|written order|prior (?:authori[sz]ation|approval)|pre-?authori[sz]ation|pre-?certification|pre-?approval|plan of care|treatment plan|medical necessity review)\b`,
    label: 'Needs a referral, a prescription, prior authorisation or a plan of care',
    source: s.coverageWording,
    examples: [
      'requires a referral from your doctor',
      "requires a physician's order",
      'prior authorization after visit 12',
      'as part of a physical therapy plan of care',
    ],
    nearMisses: ['refer a friend and earn rewards', 'prescription drug list', 'plan your care online'],
  },
  {
    id: 'network',
    says: 'network',
    pattern: String.raw`\b(?:in-network|out-of-network|in network|out of network|participating (?:providers?|practitioners?|therapists?|chiropractors?|acupuncturists?)|network (?:providers?|practitioners?|chiropractors?)|contracted (?:providers?|practitioners?)|american specialty health|through (?:ash|optum|the chp group))\b`,
    label: 'Depends on the provider network',
    source: s.coverageWording,
    examples: ['in-network only', 'from a participating chiropractor', 'through American Specialty Health'],
    nearMisses: ['social network', 'networking events for providers'],
  },
  {
    id: 'discount-only',
    says: 'discount-only',
    pattern: String.raw`\b(?:discounts?|discounted|\d+% off|reduced (?:rates?|fees?|prices?)|member (?:savings|pricing)|savings program|not insurance)\b`,
    label: 'Offers a discount program only',
    source: s.coverageWording,
    examples: ['save 20% through our discount program', 'this is a discount, not insurance', 'reduced rates with participating practitioners'],
    nearMisses: ['discontinued plans', 'counts toward your deductible'],
  },
  {
    id: 'exception',
    says: 'exception',
    pattern: String.raw`\b(?:except(?: as| when| for| if| in)?|unless|only (?:when|if|as part of|for)|provided that|when (?:prescribed|ordered|part of|medically necessary)|if (?:prescribed|ordered|medically necessary))\b`,
    label: 'Names an exception or a condition',
    source: s.coverageWording,
    examples: ['not covered, except as part of a physical therapy plan of care', 'excluded unless prescribed', 'covered only when medically necessary'],
    nearMisses: ['an exceptional member experience', 'we accept all major cards'],
  },
];
