import { insurers } from '@/data/insurers';
import type { Insurer } from '@/data/schemas';
import { urlPathWords } from '@/lib/detect/text';

export interface InsurerMatch {
  insurer: Insurer;
  /** True when the host matched only a host name that no source confirmed. */
  unverifiedHost: boolean;
}

const coversHost = (domain: string, host: string) => host === domain || host.endsWith(`.${domain}`);

/** The insurer or benefit manager whose registrable domain the host belongs to, if any. */
export function insurerForHost(hostName: string, table: readonly Insurer[] = insurers): InsurerMatch | undefined {
  const host = hostName.toLowerCase().replace(/\.$/, '');
  for (const insurer of table) {
    if (insurer.domains.some((d) => coversHost(d, host))) return { insurer, unverifiedHost: false };
  }
  for (const insurer of table) {
    if (insurer.unverifiedHosts.some((d) => coversHost(d, host))) return { insurer, unverifiedHost: true };
  }
  return undefined;
}

const withoutWww = (host: string) => host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');

/**
 * The program whose pages sit under a path of a department's host: the host itself (with or
 * without "www.") and the path, to a whole segment ("/tenncare" takes "/tenncare/members", never
 * "/tenncare-jobs").
 */
export function programForPath(hostName: string, pathName: string, table: readonly Insurer[] = insurers): InsurerMatch | undefined {
  const host = withoutWww(hostName);
  const path = pathName.toLowerCase();
  for (const insurer of table) {
    const scoped = insurer.programPaths?.some(
      (scope) => withoutWww(scope.host) === host && (path === scope.pathPrefix || path.startsWith(`${scope.pathPrefix}/`)),
    );
    if (scoped) return { insurer, unverifiedHost: false };
  }
  return undefined;
}

export function insurerForUrl(url: string, table: readonly Insurer[] = insurers): InsurerMatch | undefined {
  try {
    const { protocol, hostname, pathname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return undefined;
    return insurerForHost(hostname, table) ?? programForPath(hostname, pathname, table);
  } catch {
    return undefined;
  }
}

// A plan's benefits, coverage, claims and care-search pages are where massage hides; its careers,
// press and investor pages are not, even on the same host. Checked in the address and headings,
// in English and in the Spanish of plans' Spanish pages.
const BENEFIT_PAGE =
  /\b(?:benefits?|coverage|covered services|claims?|find (?:a )?(?:doctor|care|provider)|provider (?:search|directory)|member|plan details|explanation of benefits|complementary|alternative care|physical medicine|prior authorization|beneficios|cobertura|servicios cubiertos|reclamaci[oó]n(?:es)?|miembros?|autorizaci[oó]n previa)\b/i;
const NOT_BENEFIT_PAGE = /\b(?:careers?|jobs?|job openings|press|newsroom|news releases?|investors?|media relations|about us)\b/i;

// A coverage policy (clinical policy bulletin, medical policy) states the plan's criteria, not
// the member's own benefits.
const POLICY_PAGE =
  /\b(?:clinical policy bulletins?|medical (?:coverage )?polic(?:y|ies)|coverage polic(?:y|ies)|coverage determinations?|clinical (?:coverage|payment) (?:guidelines?|polic(?:y|ies))|reimbursement polic(?:y|ies))\b/i;

/**
 * Whether an insurer's page is about the patient's benefits (where an in-page hint helps), one of
 * its coverage policies, or neither.
 */
export function insurerPageKind(page: { url: string; title: string; headings: readonly string[] }): 'benefits' | 'policy' | 'other' {
  // No usable address: judge by title and headings alone.
  const path = urlPathWords(page.url);
  const where = [path, page.title, ...page.headings.slice(0, 6)].join(' \n ');
  if (POLICY_PAGE.test([path, page.title, ...page.headings.slice(0, 2)].join(' \n '))) return 'policy';
  return NOT_BENEFIT_PAGE.test(where) || !BENEFIT_PAGE.test(where) ? 'other' : 'benefits';
}
