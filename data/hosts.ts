import { insurers } from './insurers';

/** Provider directories and booking sites where the content script runs out of the box. */
export const providerDirectoryDomains = [
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

/** A domain under another listed one adds nothing: `*.aetna.com` already covers `health.aetna.com`. */
export function withoutCoveredDomains(domains: readonly string[]): string[] {
  const listed = new Set(domains);
  const covered = (d: string) => d.split('.').some((_, i, parts) => i > 0 && i < parts.length - 1 && listed.has(parts.slice(i).join('.')));
  return [...listed].filter((d) => !covered(d));
}

/**
 * `*.` in a match pattern covers the bare domain as well as every subdomain. https only: every
 * listed site serves https, and a plain-http copy of one is not the site the patient trusts.
 */
export const curatedHostPatterns = withoutCoveredDomains([...providerDirectoryDomains, ...insurerDomains]).map(
  (d) => `https://*.${d}/*`,
);
