import { z } from 'zod';
import { exampleListSchema } from './examples';

// What makes a page a massage *provider* page rather than a page that merely talks about massage
// (an article, a school, a shop). Weights are points; a page needs enough provider points, net of
// counter-evidence, before any clinical or spa verdict is given. Each cue carries examples that
// must match and near-misses that must not, walked by tests/unit/data.test.ts and
// tests/unit/data-examples.test.ts.
const cueSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string(),
  points: z.number().int().min(1).max(3),
  examples: exampleListSchema,
  nearMisses: exampleListSchema,
});
export type PageCue = z.infer<typeof cueSchema>;

export const providerCues: PageCue[] = z.array(cueSchema).parse([
  {
    id: 'booking',
    pattern:
      'book (?:now|online|today|an appointment|a massage|your (?:massage|appointment|session|visit|treatment))|book (?:a|your) (?:[\\w-]+ ){1,3}massage|schedule (?:an appointment|your (?:first )?(?:visit|session|appointment|evaluation))|request an appointment|online booking|reserve (?:now|your (?:treatment|appointment))|book a (?:session|treatment|consultation)|make (?:a|your) booking|booking (?:enquir(?:y|ies)|inquir(?:y|ies)|quer(?:y|ies)|requests?)|book (?:via|through|on|by) whatsapp',
    points: 2,
    examples: ['Book now', 'schedule your first visit', 'Booking Query', 'book via WhatsApp', 'make a booking', 'Book Your Deep Tissue Massage'],
    nearMisses: ['book review of a massage textbook'],
  },
  {
    id: 'priced-sessions',
    pattern: '\\d{2,3}[- ]?(?:min|mins|minutes?)\\b[^$£€]{0,40}(?:[$£€] ?\\d{2,3}|\\d{2,3} ?€)|[$£€] ?\\d{2,3}(?:\\.\\d\\d)?[^$£€]{0,20}(?:/|per|for) ?\\d{2,3}[- ]?(?:min|minutes?)|[$£€] ?\\d{2,4} per (?:person|guest|couple|session|visit)',
    points: 2,
    examples: ['60 min — $95', '$120 for 90 minutes', '$210 per person', '60 min 55€', '30 minutes £40', '€70 for 60 minutes'],
    nearMisses: ['cook for 30 minutes'],
  },
  {
    id: 'service-menu',
    pattern:
      'our services|services (?:&|and) (?:pricing|prices|rates)|service menu|treatment menu|spa menu|massage menu|popular services|services offered|recommended reviews|(?:day spas|massage therapy|medical spas|chiropractors|physical therapy), (?:day spas|massage therapy|massage|medical spas|chiropractors|physical therapy|skin care)',
    points: 2,
    examples: ['Popular Services', 'Day Spas, Massage Therapy, Medical Spas', 'our services'],
    nearMisses: ['massage therapy services are growing nationwide'],
  },
  {
    id: 'appointment-policies',
    pattern:
      'cancellation policy|cancel(?:lation)? (?:at least |with )?(?:\\d+|twenty-four) hours|late arrivals?|arrive (?:\\d+|ten|fifteen) minutes (?:early|before)|no-shows?',
    points: 2,
    examples: ['Cancellation policy', 'please arrive 15 minutes early', 'no-shows are charged in full'],
    nearMisses: ['the policy of the city council'],
  },
  {
    id: 'our-therapists',
    pattern:
      'our (?:(?:experienced|skilled|qualified|licensed|registered|certified|friendly|talented|professional) )*(?:massage )?therapists|our (?:clinical )?team|our (?:practitioners|clinicians|staff)|meet (?:the|our) (?:team|therapists)',
    points: 1,
    examples: ['meet our therapists', 'our team of clinicians', 'our experienced therapists'],
    nearMisses: ['therapists say stretching helps'],
  },
  {
    id: 'new-clients',
    pattern: 'new (?:patients?|clients?|guests?)|first (?:visit|appointment|session)|what to expect',
    points: 1,
    examples: ['new patients welcome', 'what to expect on your first visit'],
    nearMisses: ['new massage chair models'],
  },
  {
    id: 'hours-location',
    pattern: '(?:hours|open) ?:? ?(?:mon|tue|wed|thu|fri|sat|sun)|(?:mon|tue|wed|thu|fri)(?:day)? ?[-–] ?(?:fri|sat|sun)|parking (?:is )?(?:available|in back|behind)',
    points: 1,
    examples: ['Hours: Mon–Fri 9–6', 'parking is available behind the building'],
    nearMisses: ['we ship on monday'],
  },
  {
    id: 'es-booking',
    pattern: 'reserve su cita|haga su cita|programe su cita|pida (?:su )?cita|reservar (?:ahora|en l[ií]nea|(?:una |su )?cita)',
    points: 2,
    examples: ['Reserve su cita', 'reservar en línea'],
    nearMisses: ['una cita de Cervantes sobre el masaje'],
  },
  {
    id: 'es-new-clients',
    pattern: '(?:pacientes|clientes) nuevos|nuevos (?:pacientes|clientes)|(?:su )?primera (?:visita|cita|sesi[oó]n)|qu[eé] esperar',
    points: 1,
    examples: ['aceptamos pacientes nuevos', 'qué esperar en su primera visita'],
    nearMisses: ['nuevos sillones de masaje'],
  },
  {
    id: 'es-our-therapists',
    pattern: 'nuestr[oa]s (?:terapeutas|masajistas)|nuestro equipo|conozca a (?:nuestro equipo|nuestr[oa]s terapeutas)',
    points: 1,
    examples: ['conozca a nuestros terapeutas', 'nuestro equipo clínico'],
    nearMisses: ['los terapeutas dicen que estirar ayuda'],
  },
]);

/** Counter-evidence: pages about massage that are not a place offering it. */
export const nonProviderCues: PageCue[] = z.array(cueSchema).parse([
  {
    id: 'school',
    pattern:
      'admissions?|enroll(?:ment)?(?: now| today)?|tuition|financial aid|our graduates|clock hours|program hours|student clinic|prospective students|accredited program|mblex (?:pass rates?|prep(?:aration)?|review course)|massage therapy curriculum|theory exams?|course syllabus|massage(?: therapy)? schools|find a massage(?: therapy)? school|become a (?:licensed )?massage therapist',
    points: 3,
    examples: ['admissions open for fall', 'tuition and financial aid', 'final MBLEx preparation', 'six theory exams', 'compare massage therapy schools near you'],
    nearMisses: ['we admit walk-ins', 'each therapist here passed the MBLEx', 'she trained at a massage school in Chiang Mai'],
  },
  {
    id: 'shop',
    pattern: 'add to (?:cart|bag|basket)|free shipping|in stock|out of stock|shopping cart|view cart|ships (?:in|within)|customer reviews',
    points: 3,
    examples: ['Add to cart', 'free shipping over $50'],
    nearMisses: ['we share your records'],
  },
  {
    id: 'article',
    pattern:
      'min(?:ute)? read|share this (?:article|story)|related (?:articles|stories|posts)|posted (?:on|by)|published (?:on )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|staff (?:writer|reporter)|this article|leave a comment|subscribe to our newsletter|editor\'?s note',
    points: 2,
    examples: ['5 min read', 'posted by admin'],
    nearMisses: ['read our policies'],
  },
  {
    id: 'research-report',
    pattern:
      'according to (?:a|the|new|recent)|studies (?:show|suggest|have shown|have found|found)|research (?:shows|suggests|has shown|has found|found)|researchers|a (?:recent |new |small |large |\\d{4} )?(?:study|trial|review) (?:in|published|of|from|found)|published in|journal of|meta-analys[ie]s|systematic review|randomi[sz]ed',
    points: 2,
    examples: ['according to a 2023 review', 'researchers found', 'a small study published in the Journal of Pain'],
    nearMisses: ['we study your posture'],
  },
  {
    id: 'reference',
    pattern: 'references|citation needed|see also|external links|further reading|etymology|encyclopedia',
    points: 2,
    examples: ['see also', 'further reading'],
    nearMisses: ['see you soon'],
  },
  {
    // Written to massage therapists about their trade (billing, marketing, CE), not to patients.
    id: 'trade-audience',
    pattern:
      "massage therapists (?:should|must|need to|who want)|your massage (?:business|practice)|your (?:massage )?clients?|as a massage therapist|for massage therapists|continuing education|ce (?:hours|credits|courses?|providers?)",
    points: 2,
    examples: ['massage therapists should verify benefits first', 'learning to bill can grow your massage business', 'continuing education credits', 'your clients’ referrals'],
    nearMisses: ['massage therapists can see you today', 'your therapist will step out', 'a business day', 'a pamper day to celebrate a milestone in your business'],
  },
  {
    id: 'job-posting',
    pattern: 'job (?:description|type|posting)|now hiring|we are hiring|apply (?:now|today|for this job)|salary|pay range|benefits package',
    points: 3,
    examples: ['job description', 'apply now'],
    nearMisses: ['apply the oil'],
  },
  {
    id: 'recipe-forum',
    // "Ingredients" alone is also how a spa describes its oils and masks: a recipe lists amounts.
    pattern: 'ingredients\\s*:|\\d+ (?:cups?|tbsps?|tsps?|tablespoons?|teaspoons?)|preheat|servings|prep time|replies|reply to this|joined:|forum',
    points: 3,
    examples: ['Ingredients: 2 cups flour', 'Prep time: 10 min', 'stir in 2 tablespoons of honey'],
    nearMisses: ['we respond quickly', 'made with natural ingredients', 'the organic ingredients in every facial'],
  },
  {
    id: 'animal-care',
    pattern: '(?:canine|equine|pet|dog|horse) massage|massage for (?:your )?(?:dogs?|pets?|horses?)|doggy day ?care|dog (?:boarding|grooming)|pet (?:boarding|grooming)',
    points: 3,
    examples: ['canine massage for senior dogs', 'doggy daycare and boarding'],
    nearMisses: ['dogs are not allowed in the studio'],
  },
  {
    id: 'permits-government',
    pattern: 'business (?:license|permit) application|city council|ordinance|municipal code',
    points: 3,
    examples: ['massage establishment ordinance', 'city council meeting'],
    nearMisses: ['our council of therapists'],
  },
]);

/** schema.org types that name a business offering services on site. */
export const providerSchemaTypes = [
  'LocalBusiness',
  'HealthAndBeautyBusiness',
  'DaySpa',
  'BeautySalon',
  'MedicalBusiness',
  'MedicalClinic',
  'MedicalOrganization',
  'Physiotherapy',
  'Physician',
  'HealthClub',
  'Resort',
  'Hotel',
  'SportsActivityLocation',
];

/** schema.org types that name a page about something, not a place to book. */
export const nonProviderSchemaTypes = [
  'Article',
  'NewsArticle',
  'BlogPosting',
  'Recipe',
  'Product',
  'JobPosting',
  'EducationalOrganization',
  'CollegeOrUniversity',
  'Course',
  'QAPage',
  'DiscussionForumPosting',
  'Book',
  'Review',
  'GovernmentOrganization',
];
