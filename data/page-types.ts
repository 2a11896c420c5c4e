import { z } from 'zod';
import { exampleListSchema } from './examples';

// What a page of a site is, apart from what the site is: a practice's cancellation policy is still
// the practice's, while an article on a clinic's blog explains and does not offer. The address
// decides first (sites name their sub-pages plainly), then the title and first heading.

const pageTypeIds = [
  'home',
  'services',
  'booking',
  'about',
  'policies',
  'insurance',
  'faq',
  'membership',
  'article',
  'news',
  'listing',
  'results',
  'careers',
  'contact',
  'other',
] as const;
export const pageTypeSchema = z.enum(pageTypeIds);
export type PageType = z.infer<typeof pageTypeSchema>;

const pageTypeRuleSchema = z.object({
  id: pageTypeSchema,
  /** Matched against the address's path, lower case, with / - _ . turned into spaces. */
  path: z.string().min(2),
  /** Matched against the title's first part and the first heading. */
  title: z.string().min(2),
  examples: z.object({ path: z.array(z.string()).min(1), title: z.array(z.string()).min(1) }),
  nearMisses: exampleListSchema,
});
export type PageTypeRule = z.infer<typeof pageTypeRuleSchema>;

/** In order: the first rule whose path matches wins; if none does, the first whose title matches. */
export const pageTypeRules: PageTypeRule[] = z.array(pageTypeRuleSchema).parse([
  {
    id: 'careers',
    path: '\\b(?:careers?|jobs?|employment|join (?:our|the) team|hiring|now hiring|work with us)\\b',
    title: '\\b(?:careers?|jobs?|employment|now hiring|join our team|we are hiring)\\b',
    examples: { path: ['/careers', '/join-our-team'], title: ['Careers at Lotus Spa'] },
    nearMisses: ['/services/teamwork'],
  },
  {
    id: 'faq',
    path: '\\b(?:faqs?|frequently asked questions|questions|what to expect|first visit|new (?:patients?|clients?))\\b',
    title: '\\b(?:faqs?|frequently asked questions|what to expect|your first visit|new (?:patients?|clients?))\\b',
    examples: { path: ['/faq', '/new-patients', '/what-to-expect'], title: ['FAQ | Riverbend Massage'] },
    nearMisses: ['/questionnaire-results'],
  },
  {
    id: 'insurance',
    path: '\\b(?:insurance|billing|superbills?|pip|auto (?:accident|injury)|car accident|personal injury|workers comp|workers compensation|l i claims?|payment options|hsa fsa|medpay)\\b',
    title: '\\b(?:insurance|billing|superbills?|auto accident|personal injury|workers\'? comp(?:ensation)?|payment options)\\b',
    examples: { path: ['/insurance', '/auto-accident-massage', '/billing'], title: ['Insurance & Billing'] },
    nearMisses: ['/biller-resume'],
  },
  {
    id: 'policies',
    path: '\\b(?:polic(?:y|ies)|etiquette|cancellation|terms|guidelines|spa rules)\\b',
    title: '\\b(?:polic(?:y|ies)|etiquette|cancellation|terms (?:of service|and conditions))\\b',
    examples: { path: ['/policies', '/spa-etiquette', '/cancellation-policy'], title: ['Spa Etiquette'] },
    nearMisses: ['/politics'],
  },
  {
    id: 'membership',
    path: '\\b(?:memberships?|members|gift ?cards?|gift certificates?|(?:gift )?vouchers?|gifts?|packages?|wellness (?:plans?|club)|series|subscriptions?)\\b',
    title: '\\b(?:memberships?|gift (?:cards?|certificates?|vouchers?)|packages|wellness (?:plans?|club))\\b',
    examples: { path: ['/membership', '/gift-cards', '/packages', '/vouchers'], title: ['Monthly Membership', 'Gift Vouchers'] },
    nearMisses: ['/membrane'],
  },
  {
    id: 'booking',
    path: '\\b(?:book(?:ing)?(?: now| online)?|schedule(?: online| now)?|appointments?|reserve|reservations?|request an appointment)\\b',
    title: '\\b(?:book (?:now|online|an appointment)|online booking|schedule (?:an|your) appointment|request an appointment|reservations?)\\b',
    examples: { path: ['/book-online', '/schedule', '/appointments'], title: ['Book Online'] },
    nearMisses: ['/bookkeeping'],
  },
  {
    id: 'about',
    path: '\\b(?:about(?: us)?|our team|team|staff|our therapists|therapists|meet (?:the|our) team|our story|who we are|bios?|providers|practitioners)\\b',
    title: '\\b(?:about(?: us)?|our team|meet (?:the|our) (?:team|therapists)|our story|our therapists|who we are)\\b',
    examples: { path: ['/about-us', '/meet-the-team', '/our-therapists'], title: ['About Us'] },
    nearMisses: ['/steamroom'],
  },
  {
    id: 'contact',
    path: '\\b(?:contact(?: us)?|locations?|directions|hours|find us|visit us)\\b',
    title: '\\b(?:contact(?: us)?|locations?|directions|hours (?:and|&) location)\\b',
    examples: { path: ['/contact-us', '/locations/downtown'], title: ['Contact Us'] },
    nearMisses: ['/contactless-payments-article'],
  },
  {
    id: 'news',
    path: '\\b(?:news|press|announcements?|press releases?|media)\\b',
    title: '\\b(?:news|press releases?|announcements?)\\b',
    examples: { path: ['/news/new-location', '/press'], title: ['Press'] },
    nearMisses: ['/newsletter-signup'],
  },
  {
    id: 'article',
    // "post" before surgery or op is a service ("/post-surgery-lymphatic"), not a blog post;
    // "category" and "tag" are a blog's archive pages.
    path: '\\b(?:blog|blogs|posts?(?! (?:surgery|surgical|op|operative|natal|partum|injury|accident|workout|event|race))|articles?|stories|health library|library|learn|resources|tips|insights|journal|category|tag|(?:199\\d|20[0-3]\\d) (?:\\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec))\\b',
    title: '\\b(?:blog|article|book review)\\b|^review\\b|\\b(?:what is|how to|why|the benefits of|\\d+ (?:reasons|ways|tips|benefits|signs|things))\\b',
    examples: { path: ['/blog/medical-vs-spa-massage', '/2024/05/benefits-of-massage', '/lifestyle/2002/nov/02/couples-spa', '/category/massage/page/2'], title: ['5 Benefits of Massage After Surgery'] },
    nearMisses: ['/library-hours-and-location', '/post-surgery', '/lymphatic-drainage-for-post-surgery'],
  },
  {
    id: 'services',
    path: '\\b(?:services?|treatments?|therap(?:y|ies)|massages?|menu|pricing|prices|rates|modalities|bodywork|lymphatic|myofascial|deep tissue|swedish|hot stone|prenatal|sports|medical massage|what we treat|conditions)\\b',
    title: '\\b(?:services?|treatments?|menu|pricing|prices|rates)\\b|\\b(?:massage|bodywork|drainage|therapy)$',
    examples: { path: ['/services', '/medical-massage', '/spa-menu'], title: ['Massage Services and Rates'] },
    nearMisses: ['/servicemembers-discount-news'],
  },
]);
