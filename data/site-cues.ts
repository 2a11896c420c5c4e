import { z } from 'zod';
import { exampleListSchema } from './examples';

// What a page's site says about the business behind it, beyond the page's own words: the host
// name, the navigation and footer every page of the site repeats, and the words of its sub-pages
// (policies, FAQ, memberships). Real practices' sub-pages rarely restate "clinical" or "spa" in
// their main text; their frame and vocabulary do. See docs/detection.md for the pages studied.

const hostCueSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Matched against the host name without its top-level domain, lower case, dots and dashes kept. */
  pattern: z.string().min(2),
  label: z.string().min(3),
  examples: exampleListSchema,
  nearMisses: exampleListSchema,
});
export type HostCue = z.infer<typeof hostCueSchema>;

/** Host words that name a business offering massage or bodywork. */
export const massageHostCues: HostCue[] = z.array(hostCueSchema).parse([
  {
    id: 'host-massage',
    pattern: 'massage(?!r(?!oom))|bodywork|myotherap|rolfing|reflexolog|lmt(?![a-z])|^lmt|lmbt|lymph(?!oma)',
    label: 'The site’s address names massage or bodywork',
    examples: ['evergreenbodyworks', 'www.riversidemedicalmassage', 'handsonlmt', 'massageroom-austin'],
    nearMisses: ['massagechairsdirect', 'ohiomassageschool', 'bestmassager', 'filmtown', 'massagetoday', 'massagemag', 'massagebusinessbuilder', 'massagetradejournal'],
  },
]);

/**
 * Host words of a shop, school or maker, or of the trade press and its vendors (a magazine, a
 * journal, a news site, a practice-building coach): a site about massage that does not give it.
 */
export const notAServiceHostPattern =
  'suppl(?:y|ies)|shop|store|school|college|institute|academy|chairs?|tables?|gear|depot|outlet|wholesale|mfg|products|magazine|mag$|journal|news|today$|builder|marketing|ceus?$|bookshelf|books$';

/** Host words of a spa or salon (the host alone never makes a page about massage; with much of the page's own spa work, it does). */
export const spaHostCues: HostCue[] = z.array(hostCueSchema).parse([
  {
    id: 'host-spa',
    pattern: 'spa(?![a-z])|^spa(?=[a-z])|dayspa|spaand|andspa|salon|(?:^|[.-])(?:serenity|tranquility|bliss|zen|oasis)',
    label: 'The site’s address names a spa or salon',
    examples: ['www.sageandstonespa', 'desertbloomdayspa', 'spaatthecove', 'blissbodyworks'],
    nearMisses: ['www.spacejam', 'spain-travel', 'sparkplugs', 'medicalspace'],
  },
]);

/** Host words of a law firm: its pages on massage after an accident explain a claim, they do not offer massage. */
export const lawFirmHostCues: HostCue[] = z.array(hostCueSchema).parse([
  {
    id: 'host-law-firm',
    pattern: 'law(?:firm|office|offices|group|corp|yers?)|injurylaw|attorneys?|legal|(?:^|[.-])law(?:$|[.-])',
    label: 'The site’s address names a law firm',
    examples: ['www.conwaylawfirm', 'smithinjurylawyers', 'valley-attorneys', 'mvalegal', 'jones-law'],
    nearMisses: ['lawrenceparkmassage', 'shawlandsspa', 'clawsonchiro', 'lawnsidewellness'],
  },
]);

/** Host words of a health-care practice. */
export const clinicalHostCues: HostCue[] = z.array(hostCueSchema).parse([
  {
    id: 'host-clinical',
    pattern: 'medical(?!spa)|clinical|clinic(?![a-z])|ortho|rehab|physio|(?<!s)pain(?!t)|injury|therapeutics|sportsmed|lymph|oncology|neuromuscular|myofascial',
    label: 'The site’s address names a clinic, rehabilitation or pain care',
    examples: ['northsideortho-rehab', 'riversidemedicalmassage', 'painreliefclinic', 'lymphcarenw'],
    nearMisses: ['medicalspa-glow', 'spainvacations', 'paintball'],
  },
]);

const termCueSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** A phrase pattern (see signalSchema in ./schemas for how it is matched). */
  pattern: z.string().min(2),
  examples: exampleListSchema,
  nearMisses: exampleListSchema,
});
export type TermCue = z.infer<typeof termCueSchema>;

/**
 * The health-care services a multi-service clinic leads with. When these outweigh massage on a
 * page, its clinical words are read as being about those services unless they name massage.
 */
export const otherCareServices: TermCue[] = z.array(termCueSchema).parse([
  {
    id: 'chiropractic',
    pattern: 'chiropract(?:ic|ors?)|spinal (?:adjustments?|manipulation)|adjustments?|decompression',
    examples: ['chiropractic care', 'your chiropractor', 'spinal adjustments'],
    nearMisses: ['adjusted pressure'],
  },
  {
    id: 'physical-therapy',
    pattern: 'physical therap(?:y|ist|ists)|physiotherap(?:y|ist|ists)|occupational therapy|dry needling|vestibular',
    examples: ['physical therapy', 'our physiotherapists'],
    nearMisses: ['physical wellbeing'],
  },
  {
    id: 'acupuncture',
    pattern: 'acupunctur(?:e|ist|ists)|cupping|herbal medicine|traditional chinese medicine',
    examples: ['acupuncture and cupping'],
    nearMisses: ['punctual'],
  },
  {
    id: 'medical-aesthetics',
    pattern: 'botox|dermal fillers?|fillers|injectables?|laser hair removal|coolsculpting|microneedling|hydrafacial|iv therapy|weight loss',
    examples: ['Botox and fillers', 'laser hair removal'],
    nearMisses: ['fill out the form'],
  },
  {
    id: 'pain-medicine',
    pattern: 'pain management|injections?|nerve blocks?|epidural|regenerative medicine|prp therapy|stem cell|sports medicine|orthopa?edic (?:surgery|surgeons?)|primary care|urgent care|podiatry',
    examples: ['pain management', 'epidural injections'],
    nearMisses: ['management team'],
  },
]);

/** Words that name the massage service itself (for "is this sentence about massage?"). */
export const massageServicePattern = 'massages?|massage therap(?:y|ist|ists)|bodywork|lmts?|lmbts?|lymphatic drainage';

/**
 * Words that say a clinic offers massage: as a service of its own, or as a hands-on part of its own
 * care. Massage a patient tried elsewhere, or a massage instrument, is not massage offered.
 */
export const massageOfferedPattern =
  'massage therap(?:y|ist|ists)|manual lymphatic drainage|lmts?|lmbts?|licensed massage|massage (?:sessions?|appointments?|services|add-?ons?|packages?)|\\d{2,3}[- ]?min(?:ute)?s? (?:of )?massage|massage,? \\d{2,3}[- ]?min(?:ute)?s?|sports massage|medical massage|therapeutic massage|massage is (?:available|offered)|massage (?:and|&) (?:adjustments?|chiropractic)|(?:adjustments?|chiropractic care) (?:and|&) massage|tips? for massage|(?:soft[- ]tissue|targeted|acupressure|stone|hands-on|chiropractic) massage|(?:techniques|therapies|treatments?) such as massage|massage,? (?:and|&) (?:soft[- ]tissue|dry needling|stretching|mobili[sz]ations?|manipulation|cupping)|(?:acupuncture|chiropractic|physiotherapy|physical therapy|osteopathy|cupping),? (?:and |& )?massage,? (?:&|and)';

/**
 * Relaxation services that are a spa's side of a practice. Swedish massage is left out: it is the
 * base technique registered massage therapists are trained in, and clinics list it among their
 * clinical services; it still counts beside a clinical service named in the same menu.
 */
export const spaSideServicePattern =
  'relax(?:ation|ing) massage|relaxation (?:sessions?|packages?|treatments?)|spa massage|(?:wellness|lifestyle) massage|hot stone|day spa|spa menu|spa services|facials?|body (?:wraps?|scrubs?)';

/**
 * Names of the two kinds of massage service, as a site's menu and a page's headings list them. A
 * site whose menu (or a page whose headings) offers one of each does both: "Relaxation Massage ·
 * Medical Massage · Insurance", "Day Spa & Injury Massage". Gift cards and "therapeutic" say nothing.
 */
export const serviceKindCues = z
  .object({ clinicalInMenu: termCueSchema, clinicalInHeadings: termCueSchema, relaxation: termCueSchema, bothInOneSentence: termCueSchema })
  .parse({
    clinicalInMenu: {
      id: 'clinical-service-in-menu',
      pattern: "medical massage|clinical massage|orthopedic massage|remedial massage|myotherapy|injury (?:massage|care)|insurance(?: billing| & pip| and pip)?|pip|auto (?:accident|injury)|workers'? comp|osteopathy|physiotherapy|chiropractic",
      examples: ['Relaxation Massage Medical Massage Insurance & PIP', 'Day Spa & Injury Massage'],
      nearMisses: ['Gift Cards Book Now', 'Therapeutic Massage'],
    },
    clinicalInHeadings: {
      id: 'clinical-service-in-headings',
      pattern: 'medical massage|clinical massage|orthopedic massage|remedial massage|injury massage|(?:auto|car) accident massage',
      examples: ['Medical massage', 'Injury massage after a car accident'],
      nearMisses: ['Insurance', 'Massage for injuries?'],
    },
    relaxation: {
      id: 'relaxation-service',
      pattern: `${spaSideServicePattern}|swedish massage`,
      examples: ['Relaxation Massage', 'Spa Menu', 'Tidewater Day Spa', 'Wellness Massage', 'Relaxing Massage'],
      nearMisses: ['Gift Cards', 'relax and breathe'],
    },
    // A small practice that does both says so in one breath: "whether you are recovering from an
    // injury or simply want to unwind". Sore muscles alone are what any spa eases.
    bothInOneSentence: {
      id: 'both-kinds-in-one-sentence',
      pattern:
        "whether (?:you(?:'re| are)? )?[^.!?]{0,80}\\b(?:injur(?:y|ies|ed)|chronic pain|pain condition|rehab(?:ilitation)?)\\b[^.!?]{0,80}\\bor (?:you )?(?:simply |just )?(?:want(?:ing)? |need(?:ing)? |looking |wish(?:ing)? |would like )?(?:to )?(?:relax|unwind|de-?stress|pamper|a relaxing|treat yourself)|whether (?:you(?:'re| are)? )?[^.!?]{0,40}\\b(?:to )?(?:relax|unwind|de-?stress|be pampered)\\b[^.!?]{0,60}\\bor [^.!?]{0,60}\\b(?:injur(?:y|ies|ed)|chronic pain|pain condition|rehab(?:ilitation)?)\\b",
      examples: [
        "Whether you're dealing with chronic pain, recovering from an injury, or simply looking to unwind",
        'whether you want to relax or need help recovering from a sports injury',
        'whether you are managing chronic pain, recovering from an injury, or simply wanting to treat yourself',
      ],
      nearMisses: ['whether you want to relax or ease sore muscles', 'whether the injury is old or new'],
    },
  });

/** A business or practitioner name that says it gives massage or spa care. */
export const massageBusinessNamePattern = '\\b(?:massage|bodywork|bodyworks|day spa|spa|lmt|lmbt|lmp|cmt|lymph\\w*|myotherapy|reflexology)\\b';

/**
 * Sub-page vocabulary of a place that takes bookings for massage: policies, first visits,
 * memberships, billing. Each counts towards "a business offering massage", not towards a side.
 */
export const practicePageCues: (TermCue & { points: number })[] = z
  .array(termCueSchema.extend({ points: z.number().int().min(1).max(3) }))
  .parse([
    {
      id: 'session-logistics',
      pattern:
        'your (?:session|appointment|therapist|massage|treatment|visit)|(?:intake|health history|consent) forms?|draping|undress to your (?:comfort|level)|table warmer|arrive (?:at least )?(?:\\d+|five|ten|fifteen)(?:[- ]\\d+)? min',
      points: 2,
      examples: ['your therapist will step out', 'fill out intake forms', 'draping is always used', 'arrive 10 minutes early'],
      nearMisses: ['your session has expired, log in again'],
    },
    {
      id: 'we-offer',
      pattern:
        "(?:we|we're|we are|our (?:team|therapists?|clinic|studio|spa|practice|office|staff|lmts?)) (?:(?:gladly|happily|also|now|currently|proudly) )?(?:offer|provide|bill|accept|specialize|treat|see|welcome|file|submit|are (?:in[- ]network|happy to|proud to|licensed|trained|certified|located|open)|can (?:bill|help|provide|work|submit|file)|will (?:bill|help|provide|work|submit|file|verify|check))|i (?:(?:also|now|currently|proudly) )?(?:offer|provide|specialise|specialize) (?:[\\w-]+ ){0,4}(?:massage|treatments?|sessions?|therapy|bodywork)",
      points: 2,
      examples: ['we gladly bill your auto insurance', 'our therapists are licensed', 'we specialize in injury recovery', 'I offer treatments in three locations'],
      nearMisses: ['researchers offered participants a massage', 'I offer my thanks to everyone'],
    },
    {
      id: 'payment-terms',
      pattern:
        'gratuit(?:y|ies)|tipping|(?:credit card|deposit) (?:is )?required|cancellation fee|rescheduling fee|membership (?:dues|fees?|agreement)|monthly dues|member (?:rates?|pricing|prices?)|billing cycle|auto-?renew(?:s|al)?|gift (?:cards?|certificates?)|superbills?|co-?pays?|deductibles?|direct billing|insurance (?:billing|receipts?)|hsa|fsa',
      points: 2,
      examples: ['gratuity is at your discretion', 'a $50 cancellation fee', 'monthly dues', 'we provide a superbill', 'extra sessions at the member rate'],
      nearMisses: ['tip the scales'],
    },
  ]);

const directorySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  /** Registrable domains: the domain itself and every subdomain match. */
  domains: z.array(z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/)).min(1),
  /** A path on this directory that lists many providers (search, category or city pages). */
  resultsPath: z.string(),
});
export type Directory = z.infer<typeof directorySchema>;

/**
 * Directories whose results pages have no card adapter yet (data/directories.ts holds those that
 * do): a page of theirs is a directory's, never the business's own site.
 */
export const directoriesWithoutAdapter: Directory[] = z.array(directorySchema).parse([
  { id: 'abmp', name: 'ABMP Massage Therapist Locator', domains: ['massagetherapy.com', 'abmp.com'], resultsPath: '^/(?:find-a-massage-therapist|locator|search)' },
  { id: 'groupon', name: 'Groupon', domains: ['groupon.com'], resultsPath: '^/(?:local|browse|search)' },
  { id: 'spafinder', name: 'Spafinder', domains: ['spafinder.com'], resultsPath: '^/(?:search|spas|[a-z-]+-spas)' },
]);
