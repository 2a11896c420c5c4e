import { describe, expect, it } from 'vitest';
import { curatedHostPatterns, withoutCoveredDomains } from '@/data/hosts';

describe('curated host patterns', () => {
  it('list no host a wider pattern already covers (health.aetna.com under *.aetna.com)', () => {
    const domains = curatedHostPatterns.map((p) => /^https:\/\/\*\.([^/]+)\/\*$/.exec(p)?.[1]);
    expect(domains.every(Boolean)).toBe(true);
    for (const domain of domains)
      for (const other of domains) if (other !== domain) expect(domain!.endsWith(`.${other}`), `${domain} is covered by *.${other}`).toBe(false);
    expect(new Set(curatedHostPatterns).size).toBe(curatedHostPatterns.length);
  });

  it('ask for https only: every listed site serves https', () => {
    expect(curatedHostPatterns.length).toBeGreaterThan(10);
    for (const pattern of curatedHostPatterns) expect(pattern).toMatch(/^https:\/\//);
  });

  it('withoutCoveredDomains keeps a domain that only looks alike', () => {
    expect(withoutCoveredDomains(['aetna.com', 'health.aetna.com', 'myaetna.com', 'a.b.aetna.com', 'aetna.com'])).toEqual([
      'aetna.com',
      'myaetna.com',
    ]);
  });
});
