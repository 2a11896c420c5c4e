import { insurers } from '@/data/insurers';
import type { Insurer } from '@/data/schemas';

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

export function insurerForUrl(url: string): InsurerMatch | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? insurerForHost(hostname) : undefined;
  } catch {
    return undefined;
  }
}
