interface PostalAddress {
  street?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
}

/** The street line and the "city, state ZIP" line, leaving out whatever the page didn't give. */
export function addressLines(a: PostalAddress): string[] {
  const cityLine = [a.locality, [a.region, a.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [a.street, cityLine].filter((line): line is string => Boolean(line));
}

/** The address on one line, or "" when there is none. */
export const addressLine = (a: PostalAddress | undefined): string => (a ? addressLines(a).join(', ') : '');
