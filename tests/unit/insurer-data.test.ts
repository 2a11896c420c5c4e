import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { curatedHostPatterns, installTimeInsurerDomains, providerDirectoryDomains } from '@/data/hosts';
import { cptCodeHints, documentHints, insurerQuestions, unitCountingHint } from '@/data/insurance-hints';
import { insurerGuides } from '@/data/insurer-guides';
import { insurers } from '@/data/insurers';
import { sourceSchema } from '@/data/schemas';
import { sources } from '@/data/sources';
import { insurerForHost, insurerForUrl, programForPath } from '@/lib/insurer/match';

const root = path.resolve(import.meta.dirname, '..', '..');
const hostsOf = (i: (typeof insurers)[number]) => [...i.domains, ...i.unverifiedHosts];
const covers = (domain: string, host: string) => host === domain || host.endsWith(`.${domain}`);
const firstLabel = (domain: string) => domain.split('.')[0]!;

const PROMISE = /guarantee|will be (?:covered|reimbursed|paid)|always covered|fully covered/i;

describe('insurer data', () => {
  it('lists at least 75 organisations: plans, programs, marketplaces, networks and auto insurers', () => {
    expect(insurers.length).toBeGreaterThanOrEqual(75);
    expect(insurers.filter((i) => i.kind === 'insurer').length).toBeGreaterThanOrEqual(55);
    expect(insurers.filter((i) => i.kind === 'auto-insurer').length).toBeGreaterThanOrEqual(5);
    expect(insurers.filter((i) => i.kind === 'workers-comp-insurer').map((i) => i.id).sort()).toEqual([
      'accident-fund',
      'adminsure',
      'amtrust-financial',
      'athens-administrators',
      'beacon-mutual',
      'berkshire-hathaway-guard',
      'builders-mutual',
      'ccmsi',
      'chesapeake-employers',
      'chubb',
      'clearpath-mutual',
      'cna',
      'cnesst',
      'compsource-mutual',
      'copperpoint',
      'corvel',
      'employers-insurance',
      'fcci',
      'gallagher-bassett',
      'hemic',
      'icw-group',
      'kemi',
      'lwcc',
      'memic',
      'missouri-employers-mutual',
      'montana-state-fund',
      'new-mexico-mutual',
      'north-dakota-wsi',
      'nysif',
      'ohio-bwc',
      'pie-insurance',
      'pinnacol',
      'pma-companies',
      'safety-national',
      'saif',
      'sc-state-accident-fund',
      'sedgwick',
      'sfm-mutual',
      'state-fund-california',
      'tasb-risk-management-fund',
      'texas-mutual',
      'tristar-risk-management',
      'utica-national',
      'washington-lni',
      'wcb-alberta',
      'wcb-manitoba',
      'wcb-nova-scotia',
      'wcb-pei',
      'wcb-saskatchewan',
      'wcf-insurance',
      'workplacenl',
      'worksafebc',
      'worksafenb',
      'wscc-nwt-nunavut',
      'wsib-ontario',
      'wyoming-workers-compensation',
      'yukon-wchsb',
      'zenith-insurance',
      'zurich-north-america',
    ]);
    expect(insurers.filter((i) => i.kind === 'spending-account-administrator').map((i) => i.id).sort()).toEqual([
      '24hourflex',
      'ameriflex',
      'benecaid',
      'benefit-allocation-systems',
      'benefit-resource',
      'benepass',
      'employee-benefits-corporation',
      'first-dollar',
      'flextoday',
      'forma',
      'fsafeds',
      'further',
      'healthequity',
      'hsa-bank',
      'hsa-central',
      'lively',
      'national-healthclaim',
      'navia-benefit-solutions',
      'optum-bank',
      'p-and-a-group',
      'peoplekeep',
      'umb-hsa',
    ]);
    expect(insurers.filter((i) => i.kind === 'benefit-manager').map((i) => i.id).sort()).toEqual([
      'activhealthcare',
      'american-specialty-health',
      'carelon-behavioral-health',
      'carelon-medical-benefits-management',
      'chp-group',
      'evicore',
      'fulcrum-health',
      'health-network-one',
      'health-network-solutions',
      'landmark-healthplan-of-california',
      'optum',
      'orthonet',
      'palladian-health',
      'tivity-health',
    ]);
    expect(insurers.filter((i) => i.kind === 'administrator').map((i) => i.id).sort()).toEqual([
      'alabama-seib',
      'alaska-electrical-health-welfare-fund',
      'alaska-teamster-employer-welfare-trust',
      'alaskacare',
      'allegiance-benefit-plan-management',
      'arizona-benefit-options',
      'asebp',
      'asr-trust',
      'auxiant',
      'bac-international-health-fund',
      'benefits-by-design',
      'benefits-of-film',
      'beneplan',
      'benesys',
      'blueadvantage-arkansas',
      'business-health-trust',
      'california-schools-jpa',
      'californias-valued-trust',
      'calpers',
      'canadian-elevator-industry-welfare-plan',
      'carpenters-health-security-plan',
      'carpenters-health-welfare-trust-fund-california',
      'cebco',
      'centivo',
      'cgs-administrators',
      'chambers-plan',
      'chicago-laborers-welfare-fund',
      'christian-brothers-services',
      'claimsecure',
      'collective-health',
      'colorado-pera',
      'consociate-health',
      'coughlin-associates',
      'culinary-health-fund',
      'curo',
      'dga-health-plan',
      'ebam',
      'educators-health-alliance',
      'eisb',
      'electrical-welfare-trust-fund',
      'equity-league-health-trust-fund',
      'ers-texas',
      'etfo-elht',
      'first-coast-service-options',
      'florida-state-group-insurance',
      'fox-valley-laborers',
      'georgia-shbp',
      'grouphealth',
      'hawaii-eutf',
      'healthcare-highways',
      'healthcomp',
      'healthez',
      'healthsmart',
      'healthtrust-nh',
      'heb-manitoba',
      'humana-military',
      'iatse-667-669-health-plan',
      'iatse-national-benefit-funds',
      'ibew-local-38-health-welfare-fund',
      'ibew-local-481-benefit-trust-funds',
      'idaho-office-of-group-insurance',
      'ilwu-pma-welfare-plan',
      'imagine360',
      'international-sos-tricare-overseas',
      'iron-workers-tri-state-welfare-fund',
      'itpeu-health-welfare-fund',
      'iuoe-local-14-welfare-fund',
      'jefferson-lewis-healthcare-plan',
      'johnson-inc-group-benefits',
      'joint-benefit-trust',
      'joint-health-science-benefits-trust',
      'joint-industry-board-electrical-industry',
      'jp-farley',
      'kansas-state-employee-health-plan',
      'laborers-national-hwf',
      'lacera',
      'lacers',
      'lafra',
      'lapra',
      'lifetime-benefit-solutions',
      'louisiana-ogb',
      'lucent-health',
      'luminare-health',
      'maine-municipal-employees-health-trust',
      'marpai-health',
      'mason-tenders-dc-trust-funds',
      'masonry-welfare-trust',
      'mchcp',
      'meabt',
      'medcost',
      'meritain',
      'mississippi-state-school-employees-plan',
      'montana-state-benefit-plan',
      'national-elevator-industry-benefit-plans',
      'nc-state-health-plan',
      'ndpers',
      'neca-ibew-welfare-trust-fund',
      'nevada-pebp',
      'new-england-carpenters-health-fund',
      'nmpsia',
      'noridian',
      'northern-california-plasterers-hwf',
      'northern-illinois-iowa-laborers-hwf',
      'ny-hotel-trades-council-employee-benefit-funds',
      'nyc-district-council-carpenters-benefit-funds',
      'nyship',
      'nysna-benefits-fund',
      'ohio-opers',
      'operating-engineers-local-12-funds',
      'orange-ulster-school-districts-health-plan',
      'osstf-elht',
      'otip',
      'pacific-rim-administration',
      'paisboa-health-benefit-trust',
      'palmetto-gba',
      'pbas',
      'pft-health-welfare-fund',
      'psers-health-options-program',
      'pshcp',
      'retirement-systems-of-alabama',
      'ri-office-of-employee-benefits',
      'rwam',
      'sag-aftra-health-plan',
      'sc-peba',
      'schoolcare-nh',
      'scptac',
      'scufcw-funds',
      'seattle-area-plumbing-pipefitting-health-trust',
      'seiu-775-benefits-group',
      'seiu-local-1-health-trust',
      'sfhss',
      'sheet-metal-workers-health-plan-socal',
      'sheet-metal-workers-local-73-welfare-fund',
      'sound-health-wellness-trust',
      'southern-california-ibew-neca-health-trust',
      'southern-california-painting-drywall-health-welfare-trust',
      'southern-illinois-laborers-hwf',
      'southwest-carpenters-trusts',
      'studentcare',
      'teachers-health-trust',
      'teamcare',
      'teamsters-261-employers-welfare-fund',
      'teamsters-local-170-health-welfare-fund',
      'teamsters-local-251-hsip',
      'the-boon-group',
      'the-local-choice-virginia',
      'tml-health-benefits-pool',
      'triwest',
      'trs-illinois-trip',
      'trs-texas',
      'trustmark-health-benefits',
      'twin-city-carpenters-welfare-fund',
      'ua-local-46-health-benefits',
      'uaw-retiree-medical-benefits-trust',
      'ufcw-local-1776-benefit-funds',
      'ufcw-midwest-health-fund',
      'ufcw-tri-state-health-welfare-fund',
      'umr',
      'umwa-health-retirement-funds',
      'union-roofers-health-welfare-fund',
      'unite-here-local-75-benefits',
      'utah-pehp',
      'western-michigan-health-insurance-pool',
      'western-teamsters-welfare-trust',
      'wisconsin-etf',
      'writers-guild-industry-health-fund',
    ]);
    expect(insurers.filter((i) => i.kind === 'government-program').map((i) => i.id).sort()).toEqual([
      'acc-nz',
      'ahcccs',
      'alabama-medicaid',
      'alaska-medicaid',
      'arkansas-medicaid',
      'cms',
      'colorado-hcpf',
      'dc-dhcf',
      'dc-healthy-families',
      'delaware-medicaid',
      'emedny',
      'georgia-medicaid',
      'hawaii-med-quest',
      'health-first-colorado',
      'healthy-michigan-plan',
      'husky-health',
      'illinois-hfs',
      'indian-health-service',
      'indiana-medicaid',
      'iowa-medicaid',
      'kancare',
      'kentucky-medicaid',
      'mainecare',
      'maryland-medicaid',
      'masshealth',
      'medi-cal',
      'medicaid-gov',
      'medicare',
      'mississippi-medicaid',
      'mo-healthnet',
      'montana-healthcare-programs',
      'nc-medicaid',
      'nebraska-medicaid',
      'nevada-medicaid',
      'new-hampshire-medicaid',
      'new-mexico-turquoise-care',
      'new-york-medicaid',
      'nj-familycare',
      'north-dakota-medicaid',
      'ny-medicaid-choice',
      'ohio-medicaid',
      'oregon-health-plan',
      'pennsylvania-healthchoices',
      'philhealth',
      'plan-vital-pr',
      'ramq',
      'rhode-island-rite-care',
      'soonercare-ohca',
      'south-carolina-medicaid',
      'south-dakota-medicaid',
      'tenncare',
      'texas-health-steps',
      'texas-medicaid',
      'tmhp',
      'tricare',
      'utah-medicaid',
      'va-community-care',
      'vermont-medicaid-dvha',
      'veterans-affairs-canada',
      'veterans-affairs-new-zealand',
      'virginia-medicaid',
      'washington-apple-health',
      'west-virginia-medicaid',
      'wisconsin-forwardhealth',
      'wyoming-medicaid',
    ]);
    expect(new Set(insurers.map((i) => i.id)).size).toBe(insurers.length);
  });

  it('has guides only for insurers that exist', () => {
    const ids = new Set(insurers.map((i) => i.id));
    for (const g of insurerGuides) expect(ids.has(g.insurerId), g.insurerId).toBe(true);
  });

  it('gives every note, program and hint a source with a checked-on date', () => {
    const sourced = [
      ...insurerGuides.flatMap((g) => [...g.notes, ...g.programs]),
      ...cptCodeHints,
      ...documentHints,
      ...insurerQuestions,
      unitCountingHint,
    ];
    for (const item of sourced) expect(() => sourceSchema.parse(item.source), item.text).not.toThrow();
  });

  it('never promises coverage', () => {
    const texts = [
      ...insurerGuides.flatMap((g) => [...g.notes.map((n) => n.text), ...g.programs.map((p) => p.text)]),
      ...[...cptCodeHints, ...documentHints, ...insurerQuestions, unitCountingHint].flatMap((h) => [h.title, h.text]),
    ];
    expect(texts.filter((text) => PROMISE.test(text))).toEqual([]);
  });

  it('calls a discount program what it is', () => {
    const discounts = insurerGuides.flatMap((g) => g.programs).filter((p) => p.nature === 'discount-program');
    expect(discounts.length).toBeGreaterThan(0);
    for (const d of discounts) expect(d.text).toMatch(/discount|not insurance/i);
  });
});

describe('insurer hosts', () => {
  for (const i of insurers) {
    it(`${i.id}: every host has an example that matches it and a look-alike that matches no one`, () => {
      for (const host of hostsOf(i)) {
        const matching = i.hostExamples.match.filter((example) => covers(host, example));
        expect(matching, `${host} needs a matching example`).not.toEqual([]);
        for (const example of matching) expect(insurerForHost(example)?.insurer.id, example).toBe(i.id);
        const lookAlikes = i.hostExamples.noMatch.filter((example) => example.includes(firstLabel(host)));
        expect(lookAlikes, `${host} needs a look-alike`).not.toEqual([]);
        for (const example of lookAlikes) expect(insurerForHost(example), example).toBeUndefined();
      }
    });
  }

  it('map each host to exactly one organisation', () => {
    const all = insurers.flatMap((i) => hostsOf(i).map((host) => ({ id: i.id, host })));
    const shared = all.flatMap((a) =>
      all.filter((b) => a.id !== b.id && covers(a.host, b.host)).map((b) => `${b.host} (${b.id}) falls under ${a.host} (${a.id})`),
    );
    expect(shared).toEqual([]);
  });

  it('list a host only with a page on that host naming the organisation (FACTS entries aside)', () => {
    for (const i of insurers) {
      const pages = [i.source, ...(i.hostSources ?? [])].filter((p) => p.url).map((p) => new URL(p.url!).hostname);
      const fromFacts = i.source === sources.insurerHosts;
      for (const domain of i.domains) {
        if (fromFacts && !(i.hostSources ?? []).length) continue;
        if (fromFacts && installTimeInsurerDomains.includes(domain as (typeof installTimeInsurerDomains)[number])) continue;
        expect(pages.some((host) => covers(domain, host)), `${i.id}: ${domain}`).toBe(true);
      }
      for (const page of [i.source, ...(i.hostSources ?? [])].filter((p) => p !== sources.insurerHosts)) {
        expect(['2026-12-01', '2026-12-02', '2026-12-03'], `${i.id}: ${page.url}`).toContain(page.checkedOn);
      }
    }
  });

  it('log every organisation and every source address in docs/insurers.md', () => {
    const log = readFileSync(path.join(root, 'docs', 'insurers.md'), 'utf8');
    for (const i of insurers) {
      expect(log, i.id).toContain(`\`${i.id}\``);
      for (const page of [i.source, ...(i.hostSources ?? [])]) if (page.url) expect(log, page.url).toContain(page.url);
    }
    expect(log).toContain(`${insurers.length} organisations`);
  });
});

describe('programs under a path of a department\'s host', () => {
  const program = { ...insurers[0]!, id: 'example-medicaid', domains: [], programPaths: [{ host: 'www.hhs.example.gov', pathPrefix: '/services/health/medicaid' }] };
  it('are recognised under their path only, to a whole segment, with or without www', () => {
    expect(programForPath('hhs.example.gov', '/services/health/medicaid/covered-services', [program])?.insurer.id).toBe('example-medicaid');
    expect(programForPath('www.hhs.example.gov', '/Services/Health/Medicaid', [program])?.insurer.id).toBe('example-medicaid');
    expect(programForPath('www.hhs.example.gov', '/services/health/medicaid-jobs', [program])).toBeUndefined();
    expect(programForPath('www.hhs.example.gov', '/services/food/snap', [program])).toBeUndefined();
    expect(programForPath('hhs.example.gov.evil.test', '/services/health/medicaid', [program])).toBeUndefined();
    expect(insurerForUrl('https://www.hhs.example.gov/services/health/medicaid/members', [program])?.insurer.id).toBe('example-medicaid');
    expect(insurerForUrl('https://www.hhs.example.gov/licensing', [program])).toBeUndefined();
  });

  it('each have a page under the path that names the program, and are not hosts of another organisation', () => {
    for (const i of insurers) {
      for (const scope of i.programPaths ?? []) {
        const pages = [i.source, ...(i.hostSources ?? [])].flatMap((p) => (p.url ? [new URL(p.url)] : []));
        const under = pages.some((u) => u.hostname.replace(/^www\./, '') === scope.host.replace(/^www\./, '') && u.pathname.toLowerCase().startsWith(scope.pathPrefix));
        expect(under, `${i.id}: ${scope.host}${scope.pathPrefix}`).toBe(true);
        expect(insurerForUrl(`https://${scope.host}${scope.pathPrefix}/members`)?.insurer.id, `${i.id}: ${scope.host}`).toBe(i.id);
        expect(insurerForHost(scope.host), `${scope.host} is a whole host of another organisation`).toBeUndefined();
      }
    }
  });
});

describe('install-time host permissions', () => {
  it('are the provider directories and the frozen health-plan hosts, nothing more', () => {
    const listed = [...providerDirectoryDomains, ...installTimeInsurerDomains];
    // A subdomain of a listed domain adds nothing (`*.aetna.com` covers `health.aetna.com`).
    const covered = (d: string) => listed.some((other) => other !== d && d.endsWith(`.${other}`));
    expect(curatedHostPatterns).toEqual(listed.filter((d) => !covered(d)).map((d) => `https://*.${d}/*`));
  });

  it('still name an organisation for every install-time health-plan host', () => {
    for (const domain of installTimeInsurerDomains) expect(insurerForHost(`www.${domain}`), domain).toBeDefined();
  });

  it('recognise a plan that is not an install-time host from its address alone', () => {
    const later = insurers.flatMap(hostsOf).filter((h) => !installTimeInsurerDomains.some((d) => covers(d, h)));
    expect(later.length).toBeGreaterThan(40);
    for (const host of later) expect(insurerForUrl(`https://www.${host}/members/benefits`), host).toBeDefined();
  });

  it('are the list docs/PRIVACY.md shows', () => {
    const privacy = readFileSync(path.join(root, 'docs', 'PRIVACY.md'), 'utf8');
    for (const domain of installTimeInsurerDomains) expect(privacy, domain).toContain(domain);
  });
});
