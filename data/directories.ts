import { z } from 'zod';
import { sourceSchema } from './schemas';

// How each provider directory lays out a results page: where its cards are, and in each card the
// name, the link to the business's own page, its category line, snippet, address and per-listing
// badges. What each selector rests on is in docs/listings.md. Adapters break when a site ships new
// markup; lib/page/listing-cards.ts falls back to a generic finder, and tests/unit/listings.test.ts
// checks that the fallback alone still finds every fixture's cards.

const hostName = z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/);

/** The source of a regular expression matched against an address's path (and query, for results). */
const pathPattern = z.string().refine((p) => {
  try {
    new RegExp(p);
    return true;
  } catch {
    return false;
  }
}, 'not a regular expression');

const selector = z.string().min(1).max(300);

const cardSelectorsSchema = z.object({
  /** One element per listing. */
  card: selector,
  /** The listing's name, inside the card. */
  name: selector,
  /** The link to the business's own page; when absent, the link around or inside the name. */
  link: selector.optional(),
  category: selector.optional(),
  snippet: selector.optional(),
  address: selector.optional(),
  /** Labels the directory sets per listing ("Accepts insurance", "Offers video visits"). */
  badges: selector.optional(),
});
export type CardSelectors = z.infer<typeof cardSelectorsSchema>;

export const directoryAdapterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(3),
  /** Registrable domains: the domain itself and every subdomain match. */
  domains: z.array(hostName).min(1),
  /** Path (with query) of a results page. */
  resultsPath: pathPattern,
  /** Path of one business's page on the directory; a card whose link does not match it (an ad
   *  through a redirect, a link to a blog post) is not a listing. */
  businessPath: pathPattern,
  selectors: cardSelectorsSchema,
  /** Which selectors public code that reads the site relies on; the others follow the fixtures. */
  confirmedSelectors: z.array(z.enum(['card', 'name', 'link', 'category', 'snippet', 'address', 'badges'])),
  source: sourceSchema,
  examples: z.object({
    results: z.array(z.url()).min(1),
    business: z.array(z.url()).min(1),
    /** Addresses on the same host that are neither (articles, the home page). */
    neither: z.array(z.url()).min(1),
  }),
});
export type DirectoryAdapter = z.infer<typeof directoryAdapterSchema>;

const checkedOn = '2026-12-01';
const publicScrapers = (what: string) => ({
  title: `Public GitHub scrapers and tests that read ${what} results pages (docs/listings.md)`,
  tier: 'tertiary' as const,
  checkedOn,
});

export const directories: DirectoryAdapter[] = z.array(directoryAdapterSchema).parse([
  {
    id: 'yelp',
    name: 'Yelp',
    domains: ['yelp.com'],
    resultsPath: '^/search(?:[/?]|$)',
    businessPath: '^/biz/[^/?#]+',
    selectors: {
      card: '[data-testid="serp-ia-card"]',
      name: '[data-traffic-crawl-id="SearchResultBizName"], h3 a[href^="/biz/"]',
      link: 'h3 a[href^="/biz/"], a[href^="/biz/"]',
      category: '[data-testid="serp-ia-categories"]',
      snippet: '[data-testid="serp-ia-snippet"]',
      address: '[data-testid="serp-ia-address"]',
      badges: '[data-testid="serp-ia-attribute"]',
    },
    confirmedSelectors: ['card', 'name', 'link'],
    source: publicScrapers('Yelp'),
    examples: {
      results: ['https://www.yelp.com/search?find_desc=massage&find_loc=Brooklyn%2C+NY'],
      business: ['https://www.yelp.com/biz/harbor-clinical-massage-brooklyn'],
      neither: ['https://www.yelp.com/', 'https://www.yelp.com/topic/brooklyn-best-massage'],
    },
  },
  {
    id: 'zocdoc',
    name: 'Zocdoc',
    domains: ['zocdoc.com'],
    resultsPath: '^/search(?:[/?]|$)',
    businessPath: '^/(?:doctor|practice)/[^/?#]+',
    selectors: {
      card: 'article[data-test="search-result-item"]',
      name: 'a[data-test="doctor-card-info-name"], h2',
      link: 'a[data-test="doctor-card-info-name"], a[href*="/doctor/"]',
      category: '[data-test="doctor-card-info-specialty"]',
      address: '[data-test="doctor-card-info-location"]',
      badges: '[data-test="accept-new-patient"], [data-test="video-visits-text"]',
    },
    confirmedSelectors: ['card', 'name', 'link', 'category', 'address', 'badges'],
    source: publicScrapers('Zocdoc'),
    examples: {
      results: ['https://www.zocdoc.com/search?address=Austin%2C+TX&offset=10'],
      business: ['https://www.zocdoc.com/doctor/jane-rivera-pt-123456'],
      neither: ['https://www.zocdoc.com/about/'],
    },
  },
  {
    id: 'healthgrades',
    name: 'Healthgrades',
    domains: ['healthgrades.com'],
    resultsPath: '^/usearch(?:[/?]|$)',
    businessPath: '^/(?:physician|doctor|dentist|group-directory|providers?)/[^?#]+',
    // Its class names are hashed at each release; every part of a card carries a `data-qa-target`.
    selectors: {
      card: '[data-qa-target^="pro-card-"]',
      name: 'h3[data-qa-target="provider-name"]',
      link: 'a[data-qa-target="name-link"]',
      category: '[data-qa-target="provider-specialty"]',
      snippet: '[data-qa-target="provider-strengths"]',
      address: 'address[data-qa-target="location-info-address"]',
      badges: '[data-qa-target="provider-attributes"] li',
    },
    confirmedSelectors: ['card', 'name', 'link', 'category', 'snippet', 'address', 'badges'],
    source: publicScrapers('Healthgrades'),
    examples: {
      results: ['https://www.healthgrades.com/usearch?what=Massage%20Therapy&where=Denver%2C%20CO'],
      business: ['https://www.healthgrades.com/providers/mara-olsen-xyz12'],
      neither: ['https://www.healthgrades.com/right-care/back-pain'],
    },
  },
  {
    id: 'styleseat',
    name: 'StyleSeat',
    domains: ['styleseat.com'],
    resultsPath: '^/m/search/',
    businessPath: '^/m/v/[^/?#]+',
    selectors: {
      card: 'li[data-pro-id]',
      name: '[data-testid="pro-name"], h3',
      link: 'a[href^="/m/v/"]',
      category: '[data-testid="pro-specialty"]',
      snippet: '[data-testid="pro-services"]',
      address: '[data-testid="pro-location"]',
    },
    confirmedSelectors: ['card'],
    source: publicScrapers('StyleSeat'),
    examples: {
      results: ['https://www.styleseat.com/m/search/atlanta-ga/massage'],
      business: ['https://www.styleseat.com/m/v/kneadsbykai'],
      neither: ['https://www.styleseat.com/m/about'],
    },
  },
  {
    id: 'booksy',
    name: 'Booksy',
    domains: ['booksy.com'],
    resultsPath: '^/[a-z]{2}-[a-z]{2}/s/',
    businessPath: '^/[a-z]{2}-[a-z]{2}/\\d+_[^/?#]+',
    selectors: {
      card: '[data-testid="business-card"]',
      name: '[data-testid="business-name"]',
      link: 'a[href*="_"]',
      category: '[data-testid="business-category"]',
      snippet: '[data-testid="business-services"]',
      address: '[data-testid="business-address"]',
      badges: '[data-testid="business-badge"]',
    },
    confirmedSelectors: ['name'],
    source: publicScrapers('Booksy'),
    examples: {
      results: ['https://booksy.com/en-us/s/massage/18229_chicago?businessesPage=2'],
      business: ['https://booksy.com/en-us/731234_lakeview-recovery-massage_massage_18229_chicago'],
      neither: ['https://booksy.com/en-us/', 'https://booksy.com/biz/'],
    },
  },
  {
    id: 'vagaro',
    name: 'Vagaro',
    domains: ['vagaro.com'],
    resultsPath: '^/listings/[^/?#]+',
    businessPath: '^/(?!listings(?:/|$))[a-z0-9-]+/?$',
    selectors: {
      card: '.search-result-card',
      name: '.business-name',
      link: 'a.business-link, .business-name a',
      category: '.business-type',
      snippet: '.business-services',
      address: '.business-address',
      badges: '.business-badge',
    },
    confirmedSelectors: [],
    source: publicScrapers('Vagaro'),
    examples: {
      results: ['https://www.vagaro.com/listings/massage/austin--tx'],
      business: ['https://www.vagaro.com/eastsiderecoverymassage'],
      neither: ['https://www.vagaro.com/listings/', 'https://www.vagaro.com/pro/blog/massage-tips'],
    },
  },
  {
    id: 'massagebook',
    name: 'MassageBook',
    domains: ['massagebook.com'],
    resultsPath: '^/search(?:[/?]|$)',
    businessPath: '^/(?:biz/[^/?#]+|therapists/[^/?#]+|[^/?#]+~[^/?#]+)',
    selectors: {
      card: '.search-result',
      name: '.search-result__name',
      link: '.search-result__name a, a.search-result__link',
      category: '.search-result__modalities',
      snippet: '.search-result__about',
      address: '.search-result__address',
      badges: '.search-result__badge',
    },
    confirmedSelectors: [],
    source: publicScrapers('MassageBook'),
    examples: {
      results: ['https://www.massagebook.com/search/OR/Portland/massage-therapy'],
      business: ['https://www.massagebook.com/biz/RoseCityRehabMassage', 'https://www.massagebook.com/Portland~Massage~RoseCityRehab'],
      neither: ['https://www.massagebook.com/blog/what-is-deep-tissue'],
    },
  },
  {
    id: 'mindbody',
    name: 'Mindbody',
    domains: ['mindbodyonline.com'],
    resultsPath: '^/explore/(?!locations/|account/|deals/)[^/]+/[^/?#]+',
    businessPath: '^/explore/locations/[^/?#]+',
    selectors: {
      card: '[data-testid="location-card"]',
      name: '[data-testid="location-name"]',
      link: 'a[href*="/explore/locations/"]',
      category: '[data-testid="location-category"]',
      address: '[data-testid="location-address"]',
    },
    confirmedSelectors: [],
    source: publicScrapers('Mindbody'),
    examples: {
      results: ['https://www.mindbodyonline.com/explore/massage/sydney-nsw-au'],
      business: ['https://www.mindbodyonline.com/explore/locations/harbour-remedial-massage'],
      neither: ['https://www.mindbodyonline.com/explore/account/schedule/'],
    },
  },
  {
    id: 'amta',
    name: 'AMTA Find a Massage Therapist',
    domains: ['amtamassage.org'],
    resultsPath: '^/find-massage-therapist/?(?:\\?|$)',
    businessPath: '^/famt/[^/?#]+',
    selectors: {
      card: '.find-a-mr-results-list-item',
      name: '.find-a-mr-results-list-item-title',
      link: 'a.find-a-mr-results-list-item-title, .find-a-mr-results-list-item-title a',
      category: '.find-a-mr-results-list-item-techniques',
      snippet: '.find-a-mr-results-list-item-summary',
      address: '.find-a-mr-results-list-item-address',
    },
    confirmedSelectors: ['card', 'name', 'link', 'address'],
    source: publicScrapers("AMTA's Find a Massage Therapist"),
    examples: {
      results: ['https://www.amtamassage.org/find-massage-therapist/?page=2'],
      business: ['https://www.amtamassage.org/famt/lena-park-lmt/'],
      neither: ['https://www.amtamassage.org/find-massage-therapist/what-to-expect-at-massage-session/'],
    },
  },
]);
