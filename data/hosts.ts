import { insurers } from './insurers';

/** Provider directories and booking sites where the content script runs out of the box. */
const providerDirectoryDomains = [
  'yelp.com',
  'massagebook.com',
  'vagaro.com',
  'mindbodyonline.com',
  'styleseat.com',
  'booksy.com',
  'zocdoc.com',
  'healthgrades.com',
];

const insurerDomains = insurers.flatMap((i) => [...i.domains, ...i.unverifiedHosts]);

/** `*.` in a match pattern covers the bare domain as well as every subdomain. */
export const curatedHostPatterns = [...providerDirectoryDomains, ...insurerDomains].map(
  (d) => `*://*.${d}/*`,
);
