import { ambiguousTermSchema, dimensionSchema, type AmbiguousTerm, type Dimension } from './schemas';
import { sources as s } from './sources';

// The eight dimensions along which the seed article contrasts clinical and spa massage
// (shared/FACTS.md §2). Patterns are matched against lower-cased text with single spaces.
const rawDimensions: Dimension[] = [
  {
    id: 'focus',
    name: 'Focus of treatment',
    checklistPrompt: 'Is the session aimed at a diagnosed problem, or at relaxation?',
    clinical: [
      {
        id: 'medical-necessity',
        pattern: 'medical(?:ly)? necess(?:ity|ary)',
        weight: 3,
        label: 'Mentions medical necessity',
        source: s.cmsTherapeuticMassage,
        examples: ['a letter of medical necessity', 'when massage is medically necessary'],
        nearMisses: ['bring anything necessary for your visit'],
      },
      {
        id: 'named-conditions',
        pattern:
          'chronic (?:pain|headaches?|neck pain|(?:low |lower )?back pain)|sciatica|whiplash|plantar fasciitis|frozen shoulder|carpal tunnel|fibromyalgia|thoracic outlet|tendon[io]tis|rotator cuff|tmj dysfunction',
        weight: 2,
        label: 'Names conditions it treats',
        source: s.medicalMassageContrast,
        examples: ['relief for sciatica and whiplash', 'we treat chronic low back pain'],
        nearMisses: ['melt away the stress of your week'],
      },
      {
        id: 'injury-rehab',
        pattern:
          'injury (?:rehabilitation|recovery|rehab)|post-?(?:surgical|operative) (?:care|recovery|rehab|scar)|rehabilitative massage|return to (?:work|sport|activity)',
        weight: 2,
        label: 'Aims at recovery from injury or surgery',
        source: s.medicalMassageContrast,
        examples: ['post-surgical recovery for knee patients', 'helping you return to work'],
        nearMisses: ['we rehabbed this old building into a studio'],
      },
    ],
    recreational: [
      {
        id: 'pampering',
        pattern: 'pamper(?:ing|ed)?|indulge(?:nt)?|indulgence|treat yourself|luxur(?:y|ious)|blissful|bliss',
        weight: 2,
        label: 'Speaks of pampering and luxury',
        source: s.spaServices,
        examples: ['pamper yourself this weekend', 'a luxurious ninety minutes'],
        nearMisses: ['clinical care for chronic pain'],
      },
      {
        id: 'escape-unwind',
        pattern: 'escape (?:the|from|into|to)|unwind|de-?stress|melt away|rejuvenat(?:e|ing|ion)',
        weight: 1,
        label: 'Promises an escape or unwinding',
        source: s.medicalMassageContrast,
        examples: ['escape the everyday', 'unwind after a long week'],
        nearMisses: ['an escape key on the keyboard'],
      },
      {
        id: 'group-occasions',
        pattern:
          "couples'? (?:massages?|suite|retreat|packages?)|bridal (?:party|parties|packages?|showers?)|bachelorette|girls'? (?:day|night) out|spa part(?:y|ies)|mother'?s day",
        weight: 2,
        label: 'Sells couples or group occasions',
        source: s.spaServices,
        examples: ['book a couples massage', 'bridal party packages'],
        nearMisses: ['your partner can wait in the lobby'],
      },
    ],
  },
  {
    id: 'techniques',
    name: 'Techniques',
    checklistPrompt: 'Which techniques will be used for your condition, and why?',
    clinical: [
      {
        id: 'lymphatic-drainage',
        pattern:
          'manual lymph(?:atic)? drainage|complete decongestive therapy|lymphedema|lymphoedema',
        weight: 3,
        label: 'Manual lymphatic drainage or lymphedema care',
        source: s.lymphedemaTraining,
        examples: ['manual lymphatic drainage after surgery', 'lymphedema management'],
        nearMisses: ['our lymphatic detox body wrap'],
      },
      {
        id: 'neuromuscular',
        pattern:
          'neuro-?muscular therapy|trigger point (?:therapy|release|work)|myofascial (?:release|therapy)|muscle energy techniques?|cross[- ]fiber friction|positional release|soft tissue mobili[sz]ation|proprioceptive neuromuscular facilitation',
        weight: 2,
        label: 'Clinical techniques such as trigger point or myofascial work',
        source: s.neuromuscularTherapy,
        examples: ['trigger point therapy for headaches', 'myofascial release sessions'],
        nearMisses: ['deep pressure for tight muscles'],
      },
      {
        id: 'medical-massage-named',
        pattern: 'medical massage|clinical massage|orthopedic massage|oncology massage|hospital-based massage',
        weight: 2,
        label: 'Calls its work medical, clinical, orthopedic or oncology massage',
        source: s.medicalMassageContrast,
        examples: ['medical massage for injuries', 'oncology massage for people in treatment'],
        nearMisses: ['a medical spa with facials'],
      },
    ],
    recreational: [
      {
        id: 'spa-modalities',
        pattern:
          'hot stones?|warm stones?|aromatherapy|essential oils?|cbd (?:oil|add-?on|upgrade|massage)|candle-?lit|scalp massage|bamboo massage|himalayan salt stones?',
        weight: 2,
        label: 'Spa modalities such as hot stones or aromatherapy',
        source: s.medicalMassageContrast,
        examples: ['hot stone massage', 'aromatherapy with essential oils'],
        nearMisses: ['stone fruit salad'],
      },
      {
        id: 'relaxation-massage',
        pattern: 'relaxation massage|swedish relaxation|signature massage|spa massage',
        weight: 1,
        label: 'Relaxation or signature spa massage',
        source: s.medicalMassageContrast,
        examples: ['our signature massage', 'a classic relaxation massage'],
        nearMisses: ['relaxation of the muscle after treatment'],
      },
    ],
  },
  {
    id: 'treatment-plan',
    name: 'Treatment plan and length',
    checklistPrompt: 'Is there a plan with goals, a number of visits and a re-check?',
    clinical: [
      {
        id: 'treatment-plan',
        pattern: 'treatment plans?|plans? of care|individuali[sz]ed care plans?',
        weight: 3,
        label: 'Speaks of a treatment plan',
        source: s.clinicalDocumentation,
        examples: ['we build a treatment plan', 'your plan of care'],
        nearMisses: ['a floor plan of the spa'],
      },
      {
        id: 'functional-goals',
        pattern:
          'functional (?:goals?|improvement|outcomes?|limitations?)|outcome measures|measurable goals?|maximum medical improvement',
        weight: 3,
        label: 'Sets functional or measurable goals',
        source: s.waLniMassage,
        examples: ['we track functional goals', 'outcome measures at each visit'],
        nearMisses: ['goals for a calmer mind'],
      },
      {
        id: 're-evaluation',
        pattern: 're-?evaluations?|re-?assessments?|progress (?:reports?|re-?checks?)',
        weight: 2,
        label: 'Plans re-evaluations or progress reports',
        source: s.waLniMassage,
        examples: ['a re-evaluation every six visits', 'progress reports to your doctor'],
        nearMisses: ['evaluation of our menu by guests'],
      },
    ],
    recreational: [
      {
        id: 'membership-pricing',
        pattern:
          'monthly memberships?|member pricing|members? (?:save|rates?|prices?)|membership (?:plans?|rates?|pricing|perks|benefits)|join (?:our|the) (?:membership|club)',
        weight: 2,
        label: 'Sells monthly memberships',
        source: s.medicalMassageContrast,
        examples: ['monthly membership from $69', 'members save 20%'],
        nearMisses: ['AMTA member therapist'],
      },
      {
        id: 'spa-packages',
        pattern: 'spa packages?|spa day|package of (?:three|five|\\d+) massages|massage packages?|day of beauty',
        weight: 2,
        label: 'Sells spa packages or spa days',
        source: s.spaServices,
        examples: ['our spa day package', 'a massage package for two'],
        nearMisses: ['we package your records for your doctor'],
      },
      {
        id: 'walk-ins',
        pattern: 'walk-?ins? (?:are )?welcome',
        weight: 1,
        label: 'Welcomes walk-ins',
        source: s.medicalMassageContrast,
        examples: ['walk-ins welcome'],
        nearMisses: ['a walk in the park'],
      },
    ],
  },
  {
    id: 'records',
    name: 'Record keeping',
    checklistPrompt: 'Are you assessed, and are notes kept that your doctor can read?',
    clinical: [
      {
        id: 'soap-notes',
        pattern: 's\\.?o\\.?a\\.?p\\.? notes?|soap documentation',
        weight: 3,
        label: 'Keeps SOAP notes',
        source: s.clinicalDocumentation,
        examples: ['SOAP notes after every session', 'detailed S.O.A.P. notes'],
        nearMisses: ['handmade lavender soap'],
      },
      {
        id: 'assessment',
        pattern:
          'orthopedic (?:assessment|tests?)|postural (?:analysis|assessment)|gait analysis|range[- ]of[- ]motion|rom (?:testing|measurements?)|special tests|palpation findings|initial assessment|intake assessment',
        weight: 2,
        label: 'Assesses posture, movement or range of motion',
        source: s.assessment,
        examples: ['range of motion testing', 'a postural assessment on the first visit'],
        nearMisses: ['a range of massage oils'],
      },
      {
        id: 'progress-notes',
        pattern:
          'progress notes|chart notes|treatment notes|clinical (?:notes|documentation)|documentation (?:for|to) your (?:physician|doctor|insurer|insurance)',
        weight: 3,
        label: 'Keeps progress or treatment notes',
        source: s.clinicalDocumentation,
        examples: ['treatment notes shared with your physician'],
        nearMisses: ['a note on our gift cards'],
      },
    ],
    recreational: [],
  },
  {
    id: 'team',
    name: 'Team with a physician',
    checklistPrompt: 'Does the therapist work with your doctor, and take referrals or prescriptions?',
    clinical: [
      {
        id: 'referral-prescription',
        pattern:
          "physician referrals?|doctor'?s referrals?|referrals? (?:is |are )?(?:required|accepted|welcome)|referral from your (?:doctor|physician|provider)|(?:doctor|physician)'?s? (?:prescription|orders?)|prescriptions? (?:for|from)|massage prescription|written orders?|orders? from your (?:doctor|physician)",
        weight: 3,
        label: 'Takes physician referrals or prescriptions',
        source: s.waLniMassage,
        examples: ['physician referrals welcome', "bring your doctor's prescription"],
        nearMisses: ['prescription sunglasses on sale'],
      },
      {
        id: 'works-with-physicians',
        pattern:
          'work (?:closely )?(?:alongside|with) (?:your )?(?:physicians?|doctors?|chiropractors?|physical therapists?|care team)|coordinat\\w+ (?:care )?with your (?:doctor|physician|care team|chiropractor|physical therapist)|referring (?:physicians?|providers?|doctors?)|communicat\\w+ with your (?:doctor|physician)',
        weight: 3,
        label: 'Works with your physician or care team',
        source: s.medicalMassageContrast,
        examples: ['we work closely with your physician', 'updates for referring providers'],
        nearMisses: ['work with our front desk to book'],
      },
    ],
    recreational: [],
  },
  {
    id: 'setting',
    name: 'Setting',
    checklistPrompt: 'Is it a health-care setting, or a spa or salon?',
    clinical: [
      {
        id: 'health-care-setting',
        pattern:
          'physical therapy (?:clinic|office|practice|center)|chiropractic (?:clinic|office|center|practice|care)|pain (?:management )?clinic|sports medicine (?:clinic|center|practice)|rehabilitation (?:center|clinic)|integrative (?:medicine|oncology)|cancer (?:center|centre)|medical (?:office|clinic|center)|multidisciplinary (?:clinic|team)',
        weight: 2,
        label: 'A health-care setting',
        source: s.medicalMassageContrast,
        examples: ['inside our chiropractic clinic', 'part of a pain management clinic'],
        nearMisses: ['a peaceful garden setting'],
      },
    ],
    recreational: [
      {
        id: 'spa-setting',
        pattern:
          'day spa|resort spa|hotel spa|spa resort|the spa at|relaxation (?:lounge|room)|steam room|sauna|eucalyptus steam|robes? and slippers|tea lounge|hydrotherapy pool|spa suite',
        weight: 2,
        label: 'A day spa, resort or hotel spa',
        source: s.spaServices,
        examples: ['our day spa downtown', 'plush robes and slippers'],
        nearMisses: ['a medical spa for injectables'],
      },
      {
        id: 'beauty-services',
        pattern:
          'facials?|body wraps?|body scrubs?|salt glow|manicures?|pedicures?|waxing|lash (?:lifts?|extensions)|brow (?:lamination|tint|shaping)|microdermabrasion',
        weight: 2,
        label: 'Beauty services alongside massage',
        source: s.spaServices,
        examples: ['facials, body wraps and pedicures'],
        nearMisses: ['a waxed canvas bag'],
      },
    ],
  },
  {
    id: 'training',
    name: 'Training and certification',
    checklistPrompt: 'What training and certifications does the therapist hold for your condition?',
    clinical: [
      {
        id: 'board-certification',
        pattern: 'bctmb|board certified in therapeutic massage|nctmb|amma diplomate|board certified diplomate|amma[- ]certified|certified by the american medical massage association',
        weight: 2,
        label: 'Board certification beyond the license',
        source: s.ncbtmb,
        examples: ['Jane Doe, LMT, BCTMB', 'an AMMA diplomate', 'AMMA certified since 2019'],
        nearMisses: ['our board of directors', 'AMMA therapy for stress'],
      },
      {
        id: 'specialty-certification',
        pattern:
          'clt(?:-lana)?|certified lymphedema therapists?|certified neuromuscular therapists?|cnmt|cmtpt|s4om|oncology massage (?:training|certification)|orthopedic massage certification',
        weight: 3,
        label: 'Clinical specialty certification (lymphedema, NMT, oncology)',
        source: s.lymphedemaTraining,
        examples: ['Certified Lymphedema Therapist (CLT-LANA)', 'S4OM-trained therapist'],
        nearMisses: ['client reviews'],
      },
    ],
    recreational: [
      {
        id: 'beauty-staff',
        pattern: 'estheticians?|aestheticians?|nail technicians?|spa therapists?|spa attendants?',
        weight: 1,
        label: 'Beauty and spa staff',
        source: s.spaServices,
        examples: ['our estheticians and nail technicians'],
        nearMisses: ['aesthetic of the waiting room'],
      },
    ],
  },
  {
    id: 'billing',
    name: 'Insurance and billing',
    checklistPrompt: 'Can they bill your plan or give you a superbill with NPI and codes?',
    clinical: [
      {
        id: 'bills-insurance',
        pattern:
          'we (?:can )?bill (?:your |most )?(?:health |major )?insurance|bill (?:most )?(?:major )?insurance (?:companies|plans|carriers)|insurance billing|in-?network (?:with|provider)|accept(?:s|ing)? (?:most )?(?:major )?(?:health )?insurance(?: plans)?|direct billing|verify your (?:insurance )?benefits',
        weight: 3,
        label: 'Bills health insurance',
        source: s.superbillGuides,
        examples: ['we bill most major insurance plans', 'in-network with Regence'],
        nearMisses: ['insurance is not accepted for spa services'],
      },
      {
        id: 'superbill',
        pattern: 'superbills?',
        weight: 3,
        label: 'Provides superbills',
        source: s.superbillGuides,
        examples: ['we provide a superbill for out-of-network claims'],
        nearMisses: ['your bill is due at checkout'],
      },
      {
        id: 'billing-codes',
        pattern: 'cpt (?:codes? )?97\\d{3}|97124|97140|icd-?10|npi(?: number| #|:)?|national provider identifier',
        weight: 3,
        label: 'Mentions billing codes or an NPI',
        source: s.cptMassageCodes,
        examples: ['billed as CPT 97140', 'NPI: 1234567893'],
        nearMisses: ['call 555-9714 for info'],
      },
      {
        id: 'injury-claims',
        pattern:
          "auto accidents?|car accidents?|motor vehicle accidents?|mva|personal injury protection|pip|no-fault|workers'? comp(?:ensation)?|l&i|labor (?:and|&) industries|work injur(?:y|ies)|attorney liens?|lien cases",
        weight: 3,
        label: 'Bills auto-accident (PIP) or workers\u2019 comp claims',
        source: s.injuryBilling,
        examples: ['auto accident and PIP claims', "workers' comp and L&I"],
        nearMisses: ['pipe cleaners and crafts'],
      },
    ],
    recreational: [
      {
        id: 'gift-cards',
        pattern: 'gift cards?|gift certificates?|e-?gift|give the gift',
        weight: 3,
        label: 'Sells gift cards',
        source: s.medicalMassageContrast,
        examples: ['buy a gift card', 'e-gift certificates'],
        nearMisses: ['a gifted therapist'],
      },
      {
        id: 'gratuity',
        pattern: 'gratuit(?:y|ies)|tips? (?:are|is) (?:appreciated|not included|welcome|at your discretion)|service charge',
        weight: 2,
        label: 'Asks for gratuity',
        source: s.medicalMassageContrast,
        examples: ['gratuity is not included', 'tips are appreciated'],
        nearMisses: ['tips for stretching at home'],
      },
      {
        id: 'upsell-add-ons',
        pattern: 'add-?ons?|enhancements?|upgrade your (?:massage|session|service|experience)',
        weight: 2,
        label: 'Sells add-ons and upgrades',
        source: s.medicalMassageContrast,
        examples: ['enhancements: hot stones, CBD', 'add-ons from $15'],
        nearMisses: ['adding notes to your chart'],
      },
    ],
  },
];

export const dimensions = rawDimensions.map((d) => dimensionSchema.parse(d));

const rawAmbiguousTerms: AmbiguousTerm[] = [
  {
    id: 'deep-tissue',
    pattern: 'deep[- ]tissue',
    note: 'Deep tissue massage is offered by spas and clinics alike.',
    source: s.ambiguousTerms,
    examples: ['deep tissue massage'],
  },
  {
    id: 'sports-massage',
    pattern: 'sports massage',
    note: 'Sports massage appears in both settings.',
    source: s.ambiguousTerms,
    examples: ['a sports massage before the race'],
  },
  {
    id: 'therapeutic-massage',
    pattern: 'therapeutic massage',
    note: '"Therapeutic massage" is used by spas and clinics alike.',
    source: s.ambiguousTerms,
    examples: ['therapeutic massage, 60 minutes'],
  },
  {
    id: 'med-spa',
    pattern: 'med(?:ical|i)?[- ]?spa',
    note: 'A medical spa is usually about aesthetics, not clinical massage.',
    source: s.ambiguousTerms,
    examples: ['our med spa', 'a medical spa'],
  },
  {
    id: 'hsa-fsa',
    pattern: '(?:hsa|fsa)(?: ?(?:/|and|or|&) ?(?:hsa|fsa))? (?:cards? )?(?:accepted|eligible|welcome)',
    note: 'HSA/FSA acceptance depends on a medical purpose, not on the kind of business.',
    source: s.ambiguousTerms,
    examples: ['HSA/FSA accepted', 'FSA cards accepted'],
  },
  {
    id: 'licensed',
    pattern: 'licensed (?:massage )?therapists?',
    note: 'Nearly every state requires a license, so "licensed" alone says little.',
    source: s.fsmtbRegulation,
    examples: ['our licensed massage therapists'],
  },
];

export const ambiguousTerms = rawAmbiguousTerms.map((t) => ambiguousTermSchema.parse(t));
