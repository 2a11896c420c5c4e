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
          'injury (?:rehabilitation|recovery|rehab|diagnosis|assessment|management)|sports (?:injury )?therap(?:y|ists?)|post-?(?:surgical|operative) (?:care|recovery|rehab|scar)|rehabilitative massage|return to (?:work|sport|activity)',
        weight: 2,
        label: 'Aims at recovery from injury or surgery',
        source: s.medicalMassageContrast,
        examples: ['post-surgical recovery for knee patients', 'helping you return to work', 'injury diagnosis and sports therapy'],
        nearMisses: ['we rehabbed this old building into a studio'],
      },
      {
        id: 'es-conditions',
        pattern: 'dolor (?:cr[oó]nico|de espalda|de cuello)|ci[aá]tica|latigazo cervical|fibromialgia|t[uú]nel carpiano|recuperaci[oó]n (?:de (?:una )?lesi[oó]n|postoperatoria|despu[eé]s de (?:una )?cirug[ií]a)|necesidad m[eé]dica',
        weight: 2,
        label: 'Names conditions or recovery it treats, in Spanish',
        source: s.medicalMassageContrast,
        examples: ['alivio para la ciática y el dolor de espalda', 'recuperación después de una cirugía'],
        nearMisses: ['olvide el estrés de la semana'],
      },
    ],
    recreational: [
      {
        id: 'es-pampering',
        pattern: 'consi[eé]ntase|cons[ií]entete|m[ií]mese|lujos[oa]|rel[aá]jese|desconecte|escapada',
        weight: 2,
        label: 'Speaks of pampering, escape or luxury, in Spanish',
        source: s.spaServices,
        examples: ['consiéntase con una tarde lujosa', 'una escapada para desconectar'],
        nearMisses: ['abierto de lunes a viernes'],
      },
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
      {
        // The trade's own word for clinical massage in Australia, New Zealand and the UK, told
        // apart there from relaxation massage, and what health funds' extras cover pays towards.
        id: 'remedial-massage',
        pattern: 'remedial (?:massage|therap(?:y|ies|ists?)|treatments?)|myotherap(?:y|ists?)',
        weight: 2,
        label: 'Offers remedial massage or myotherapy',
        source: s.remedialMassageExtras,
        examples: ['remedial massage for back and neck pain', 'our myotherapist assesses your movement'],
        nearMisses: ['remedial reading classes'],
      },
      {
        id: 'es-clinical-techniques',
        pattern: 'masaje (?:m[eé]dico|cl[ií]nico|ortop[eé]dico|oncol[oó]gico)|drenaje linf[aá]tico(?: manual)?|puntos? gatillo|liberaci[oó]n miofascial|terapia neuromuscular',
        weight: 2,
        label: 'Clinical techniques or medical massage, in Spanish',
        source: s.medicalMassageContrast,
        examples: ['masaje médico y ortopédico', 'drenaje linfático manual', 'tratamos los puntos gatillo'],
        nearMisses: ['un sillón de masaje eléctrico'],
      },
    ],
    recreational: [
      {
        id: 'es-spa-modalities',
        pattern: 'piedras calientes|aromaterapia|masaje (?:de relajaci[oó]n|relajante|sueco)|envoltura corporal',
        weight: 2,
        label: 'Spa modalities or relaxation massage, in Spanish',
        source: s.spaServices,
        examples: ['masaje con piedras calientes', 'masaje relajante con aromaterapia'],
        nearMisses: ['piedras en el riñón'],
      },
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
        pattern: 'relax(?:ation|ing) massage|swedish relaxation|signature massage|spa massage',
        weight: 1,
        label: 'Relaxation or signature spa massage',
        source: s.medicalMassageContrast,
        examples: ['our signature massage', 'a classic relaxation massage', 'Relaxing Massage'],
        nearMisses: ['relaxation of the muscle after treatment', 'relaxing after your massage'],
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
      {
        id: 'es-treatment-plan',
        pattern: 'plan de tratamiento|metas funcionales|reevaluaci[oó]n|informes? de progreso',
        weight: 2,
        label: 'Speaks of a treatment plan or progress, in Spanish',
        source: s.clinicalDocumentation,
        examples: ['un plan de tratamiento con metas funcionales', 'informe de progreso cada seis visitas'],
        nearMisses: ['plan de membresía mensual'],
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
      {
        id: 'es-soap-notes',
        pattern: 'notas (?:soap|de progreso|cl[ií]nicas)|evaluaci[oó]n (?:de (?:la )?postura|inicial)|rango de movimiento',
        weight: 2,
        label: 'Keeps clinical notes or assesses, in Spanish',
        source: s.clinicalDocumentation,
        examples: ['llevamos notas SOAP', 'evaluación inicial del rango de movimiento'],
        nearMisses: ['notas de agradecimiento de clientes'],
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
      {
        id: 'es-referral',
        pattern: 'remisi[oó]n (?:m[eé]dica|de su m[eé]dico)|receta m[eé]dica|con (?:una )?receta|trabajamos con su m[eé]dico',
        weight: 2,
        label: 'Takes referrals or prescriptions, in Spanish',
        source: s.medicalMassageContrast,
        examples: ['aceptamos remisión médica', 'trabajamos con su médico'],
        nearMisses: ['una receta de galletas'],
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
          'physical therapy (?:clinic|office|practice|center)|chiropractic (?:clinic|office|center|practice|care)|pain (?:management )?clinic|sports medicine (?:clinic|center|practice)|rehabilitation (?:center|clinic)|integrative (?:medicine|oncology)|cancer (?:center|centre)|medical (?:office|clinic|center)|(?:multi|inter)disciplinary (?:health ?care )?(?:clinic|team|practice|centre|center)|health ?care (?:practice|clinic)',
        weight: 2,
        label: 'A health-care setting',
        source: s.medicalMassageContrast,
        examples: ['inside our chiropractic clinic', 'part of a pain management clinic', 'a multidisciplinary healthcare practice'],
        nearMisses: ['a peaceful garden setting'],
      },
      {
        // A practice that sets itself apart from spas says what its massage is for.
        id: 'not-a-spa',
        pattern: "(?:isn't|aren't|not) (?:a|your typical|your usual) (?:day )?spa",
        weight: 2,
        label: 'Says it is a health-care practice, not a spa',
        source: s.medicalMassageContrast,
        examples: ['we are not a spa', 'a clinic\u2014not a spa', "this isn't your typical spa"],
        nearMisses: ['not just a spa', 'not a spatula'],
      },
      {
        // A chiropractor's or physical therapist's massage given as part of their own treatment, not
        // as a relaxing add-on at the front desk.
        id: 'part-of-clinic-care',
        pattern:
          '(?:adjunct|complement|addition)s? to (?:your |our |the )?(?:chiropractic|(?:spinal )?adjustments?|physical therapy|physiotherapy|rehab(?:ilitation)?)|(?:in conjunction|combined|together|paired) with (?:your |our )?(?:chiropractic|(?:spinal )?adjustments?|physical therapy|physiotherapy|rehab(?:ilitation)?)',
        weight: 2,
        label: "Given as part of a chiropractor's or physical therapist's treatment",
        source: s.medicalMassageContrast,
        examples: ['massage is an adjunct to chiropractic adjustments', 'used in conjunction with physical therapy'],
        nearMisses: ['a complement to your morning coffee', 'paired with a glass of wine'],
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
      {
        // In the provinces that regulate massage, "registered massage therapist" is a protected title
        // of a health profession, and what Canadian extended health plans ask for.
        id: 'registered-massage-therapist',
        pattern: 'registered massage therap(?:y|ists?)|rmts?',
        weight: 2,
        label: 'Registered massage therapists (a regulated health profession in parts of Canada)',
        source: s.cmtoTitle,
        examples: ['treatment by a Registered Massage Therapist', 'book with one of our RMTs'],
        nearMisses: ['a registered trademark', 'our massage therapists are friendly'],
      },
      {
        id: 'es-licensed-clinical',
        pattern: 'terapeutas? de masaje (?:licenciad[oa]s?|con licencia)|certificad[oa]s? en (?:drenaje linf[aá]tico|linfedema|terapia neuromuscular)',
        weight: 1,
        label: 'Licensed or clinically certified therapists, in Spanish',
        source: s.lymphedemaTraining,
        examples: ['terapeuta de masaje licenciado', 'certificada en linfedema'],
        nearMisses: ['licencia de conducir'],
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
        id: 'health-fund-claims',
        pattern:
          'health fund (?:rebates?|claims?|claiming)|claim (?:on the spot |instantly |at the time )?(?:with|through|from) (?:your )?(?:private )?health (?:fund|insurer)|hicaps|private health (?:insurance )?rebates?|rebates? (?:from|with|through) (?:your |most |all )?(?:private )?health funds?',
        weight: 3,
        label: 'Lets you claim from a health fund (Australia)',
        source: s.remedialMassageExtras,
        examples: ['health fund rebates available', 'claim on the spot with HICAPS'],
        nearMisses: ['a healthy fundraiser for the school'],
      },
      {
        id: 'bills-insurance',
        pattern:
          'we (?:can )?bill (?:your |most )?(?:health |major )?insurance|bill (?:most )?(?:major )?insurance (?:companies|plans|carriers)|insurance billing|in-?network (?:with|provider)|accept(?:s|ing)? (?:most )?(?:major )?(?:health )?insurance(?: plans)?|(?:we (?:accept|take)|accepts?|takes?) (?:the following|these|most|many) (?:major )?(?:health )?insurance(?: plans| companies| carriers)?|we (?:accept|take) [a-z ,]{0,40}?(?:and|&) (?:most|many) (?:major )?(?:health )?insurance(?: plans| companies| carriers)?|direct billing|verify your (?:insurance )?benefits',
        weight: 3,
        label: 'Bills health insurance',
        source: s.superbillGuides,
        examples: [
          'we bill most major insurance plans',
          'in-network with Regence',
          'We accept these health insurance plans: Kaiser, Aetna',
          'We take the following health insurance',
          'we accept cash, checks, major credit cards and most insurance companies',
        ],
        nearMisses: ['insurance is not accepted for spa services', 'most insurance companies do not cover massage'],
      },
      {
        // Canada's extended health plans reimburse massage by a registered therapist against a
        // receipt carrying the therapist's registration number: a clinic says it gives such receipts.
        id: 'health-plan-receipts',
        pattern:
          "(?:official |insurance |medical )receipts?|receipts? (?:for|to submit to|accepted by) (?:your )?(?:insurance|insurer|benefits|extended health|health plan)|extended health (?:care )?(?:benefits?|plans?|coverage|insurance)",
        weight: 2,
        label: 'Gives receipts your health plan accepts (Canada)',
        source: s.cmtoInsuranceReceipts,
        examples: ['we issue insurance receipts', 'most extended health benefit plans cover this treatment', 'receipts for your benefits claim'],
        nearMisses: ['a receipt is emailed after checkout', 'extended hours on Thursdays'],
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
          "auto accidents?|car accidents?|motor vehicle accidents?|mva|personal injury protection|pip|no-fault|workers'? comp(?:ensation)?|l&i|labor (?:and|&) industries|work injur(?:y|ies)|attorney liens?|lien cases|icbc|worksafe ?bc|wsib",
        weight: 3,
        label: 'Bills auto-accident (PIP) or workers\u2019 comp claims',
        source: s.injuryBilling,
        examples: ['auto accident and PIP claims', "workers' comp and L&I", 'we bill ICBC directly', 'WSIB and WorkSafeBC claims'],
        nearMisses: ['pipe cleaners and crafts'],
      },
      {
        id: 'es-bills-insurance',
        pattern: 'aceptamos (?:su )?seguros?(?: m[eé]dicos?)?|facturamos (?:a(?:l)? )?(?:su )?seguros?|accidentes? de (?:auto|carro|coche|tr[aá]fico)|compensaci[oó]n (?:laboral|al trabajador)|recibo detallado',
        weight: 2,
        label: 'Bills insurance or injury claims, in Spanish',
        source: s.injuryBilling,
        examples: ['aceptamos seguro', 'lesiones por accidente de auto', 'le damos un recibo detallado'],
        nearMisses: ['seguro que le encantará'],
      },
    ],
    recreational: [
      {
        id: 'es-gift-cards',
        pattern: 'tarjetas? de regalo|certificados? de regalo|propinas?',
        weight: 1,
        label: 'Sells gift cards or asks for tips, in Spanish',
        source: s.spaServices,
        examples: ['tarjetas de regalo disponibles', 'la propina no está incluida'],
        nearMisses: ['regalamos consejos de postura'],
      },
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
        pattern: 'add-?ons?|enhancements?(?! (?:of|in)\\b)|upgrade your (?:massage|session|service|experience)',
        weight: 2,
        label: 'Sells add-ons and upgrades',
        source: s.medicalMassageContrast,
        examples: ['enhancements: hot stones, CBD', 'add-ons from $15', 'Massage Enhancements'],
        nearMisses: ['adding notes to your chart', 'enhancement of strength and posture'],
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
