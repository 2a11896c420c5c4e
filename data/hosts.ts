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

/**
 * The health-plan hosts granted at install, frozen as they shipped. A new host here is a new
 * install-time permission: Chrome disables the updated extension until each user accepts it.
 * Every other organisation in data/insurers.ts is recognised from its address when the patient
 * opens the popup on the page (activeTab), or on every page if they turned on all sites; see
 * docs/PRIVACY.md "Which sites the extension reads".
 */
export const installTimeInsurerDomains = [
  'uhc.com',
  'myuhc.com',
  'aetna.com',
  'aetnamedicare.com',
  'aetnabetterhealth.com',
  'health.aetna.com',
  'cigna.com',
  'mycigna.com',
  'anthem.com',
  'bcbs.com',
  'fepblue.org',
  'bcbsil.com',
  'bluecrossma.org',
  'bluecrossmn.com',
  'nebraskablue.com',
  'regence.com',
  'floridablue.com',
  'myhighmark.com',
  'highmark.com',
  'humana.com',
  'kp.org',
  'kaiserpermanente.org',
  'ambetterhealth.com',
  'molinahealthcare.com',
  'mymolina.com',
  'hioscar.com',
  'medicare.gov',
  'healthcare.gov',
  'ashcompanies.com',
  'ashlink.com',
  'chpgroup.com',
] as const;

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
export const curatedHostPatterns = withoutCoveredDomains([...providerDirectoryDomains, ...installTimeInsurerDomains]).map(
  (d) => `https://*.${d}/*`,
);
