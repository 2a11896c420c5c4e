import { afterEach, describe, expect, it } from 'vitest';
import type { Detection } from '@/lib/detect/schema';
import { validateBackup } from '@/lib/shortlist/backup';
import { openShortlist, ShortlistValidationError, type ListingToSave, type Shortlist } from '@/lib/shortlist/db';
import { addressFromLine, nameKey, phoneKey, sameProvider, streetKey } from '@/lib/shortlist/same-provider';
import { sampleDetection } from '../support/providers';

let counter = 0;
const opened: Shortlist[] = [];
async function fresh(): Promise<Shortlist> {
  const s = await openShortlist(`listing-merge-${++counter}-${Math.random().toString(36).slice(2)}`);
  opened.push(s);
  return s;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const T0 = new Date('2026-11-01T10:00:00.000Z');
const T1 = new Date('2026-11-02T10:00:00.000Z');
const T2 = new Date('2026-11-03T10:00:00.000Z');

const harborListing = (overrides: Partial<ListingToSave> = {}): ListingToSave => ({
  name: 'Harbor Clinical Massage',
  link: 'https://www.yelp.com/biz/harbor-clinical-massage-brooklyn',
  directory: 'Yelp',
  kind: 'clinical-massage',
  strength: 'leans',
  reasons: [{ side: 'clinical', label: 'Prescription or referral', snippet: 'My orthopedist wrote a prescription' }],
  address: '412 Court St, Brooklyn, NY 11231',
  ...overrides,
});

/** The provider's own site, as a page's Detection. */
const harborSite = (provider: Partial<Detection['provider']> = {}, overrides: Partial<Detection> = {}): Detection =>
  sampleDetection({
    url: 'https://harborclinicalmassage.example/',
    provider: {
      name: 'Harbor Clinical Massage, LLC',
      phone: '+1 (718) 555-0142',
      address: { street: '412 Court Street, Suite 2', locality: 'Brooklyn', region: 'NY' },
      state: 'NY',
      ...provider,
    },
    ...overrides,
  });

describe('the same provider', () => {
  it('is the same name (case, accents, "&", LLC-like endings aside) with no detail both sides know disagreeing', () => {
    expect(nameKey('Harbor Clinical Massage, LLC')).toBe(nameKey('harbor clinical massage'));
    expect(nameKey('Rest & Restore Bodywork')).toBe(nameKey('Rest and Restore Bodywork'));
    expect(nameKey('Café Massage')).toBe(nameKey('Cafe Massage'));
    expect(phoneKey('+1 (718) 555-0142')).toBe('7185550142');
    expect(phoneKey('555-0142')).toBeUndefined();
    expect(streetKey('412 Court Street, Suite 2')).toBe(streetKey('412 Court St'));
    expect(streetKey('Court Street')).toBeUndefined();

    const listing = { name: 'Harbor Clinical Massage', address: { street: '412 Court St', locality: 'Brooklyn' } };
    expect(sameProvider(listing, { name: 'HARBOR CLINICAL MASSAGE LLC', address: { street: '412 Court Street' }, phone: '7185550142' })).toBe(true);
    // A detail only one side has neither helps nor hurts.
    expect(sameProvider(listing, { name: 'Harbor Clinical Massage', phone: '7185550142' })).toBe(true);
    // A detail both sides have must agree.
    expect(sameProvider(listing, { name: 'Harbor Clinical Massage', address: { street: '90 Atlantic Ave' } })).toBe(false);
    expect(sameProvider({ name: 'Harbor Clinical Massage', phone: '718-555-0142' }, { name: 'Harbor Clinical Massage', phone: '212-555-0142' })).toBe(false);
    expect(sameProvider({ name: 'Harbor Clinical Massage', state: 'NY' }, { name: 'Harbor Clinical Massage', address: { region: 'NJ' } })).toBe(false);
    // Another name is another provider, whatever else agrees.
    expect(sameProvider({ name: 'Harbor Day Spa', phone: '718-555-0142' }, { name: 'Harbor Clinical Massage', phone: '718-555-0142' })).toBe(false);
    expect(sameProvider({ name: '' }, { name: '' })).toBe(false);
  });

  it("reads a card's one-line address into parts, keeping only what it recognises", () => {
    expect(addressFromLine('412 Court St, Brooklyn, NY 11231')).toEqual({ street: '412 Court St', locality: 'Brooklyn', region: 'NY', postalCode: '11231' });
    expect(addressFromLine('412 Court St, Brooklyn')).toEqual({ street: '412 Court St', locality: 'Brooklyn' });
    expect(addressFromLine('Cobble Hill')).toEqual({ locality: 'Cobble Hill' });
    expect(addressFromLine(undefined)).toBeUndefined();
  });
});

describe('saving a listing', () => {
  it('stores its name, provider page, directory, verdict and reasons, under the page without the search query', async () => {
    const s = await fresh();
    const saved = await s.saveFromListing(harborListing({ link: 'https://www.yelp.com/biz/harbor-clinical-massage-brooklyn' }), T0);
    expect(saved).toMatchObject({
      id: 'https://yelp.com/biz/harbor-clinical-massage-brooklyn',
      url: 'https://www.yelp.com/biz/harbor-clinical-massage-brooklyn',
      name: 'Harbor Clinical Massage',
      kind: 'clinical-massage',
      address: { street: '412 Court St', locality: 'Brooklyn', region: 'NY', postalCode: '11231' },
      state: 'NY',
      status: 'to-contact',
      evidenceSummary: [],
      credentials: [],
    });
    expect(saved.confidence).toBeLessThan(0.45);
    expect(saved.seenOn).toEqual([
      {
        directory: 'Yelp',
        link: 'https://www.yelp.com/biz/harbor-clinical-massage-brooklyn',
        kind: 'clinical-massage',
        strength: 'leans',
        reasons: [{ side: 'clinical', label: 'Prescription or referral', snippet: 'My orthopedist wrote a prescription' }],
        savedAt: T0.toISOString(),
      },
    ]);
  });

  it('saved twice from the same directory is one record with one "seen on" entry', async () => {
    const s = await fresh();
    await s.saveFromListing(harborListing(), T0);
    const again = await s.saveFromListing(harborListing({ strength: 'clear' }), T1);
    expect((await s.list()).length).toBe(1);
    expect(again.seenOn).toHaveLength(1);
    expect(again.seenOn![0]!.strength).toBe('clear');
    expect(again.createdAt).toBe(T0.toISOString());
  });

  it('then the same page saved from the popup: one record, the page\'s evidence added, the patient\'s notes, status and visits kept', async () => {
    const s = await fresh();
    const listed = await s.saveFromListing(harborListing(), T0);
    await s.update(listed.id, { notes: 'Ask about the 10-visit plan', status: 'contacted' }, T1);
    await s.addVisit({ providerId: listed.id, date: '2026-11-01', painBefore: 6, painAfter: 3 }, T1);
    const page = await s.saveFromDetection(
      harborSite({}, { url: 'https://www.yelp.com/biz/harbor-clinical-massage-brooklyn?osq=massage' }),
      'https://www.yelp.com/biz/harbor-clinical-massage-brooklyn',
      T2,
    );
    expect(page.id).toBe(listed.id);
    expect((await s.list()).length).toBe(1);
    expect(page).toMatchObject({ notes: 'Ask about the 10-visit plan', status: 'contacted', confidence: 0.8, phone: '+1 (718) 555-0142' });
    expect(page.evidenceSummary.map((e) => e.label)).toContain('SOAP notes');
    expect(page.credentials).toHaveLength(1);
    expect(page.seenOn?.[0]?.directory).toBe('Yelp');
    expect(await s.visitsFor(page.id)).toHaveLength(1);
  });

  it("then the provider's own site (same name and details): merged, and the site becomes the link it opens", async () => {
    const s = await fresh();
    const listed = await s.saveFromListing(harborListing(), T0);
    await s.update(listed.id, { notes: 'Referred by Dr. Ames', tags: ['back'] }, T1);
    const site = await s.saveFromDetection(harborSite(), 'https://harborclinicalmassage.example/', T2);
    expect(site.id).toBe(listed.id);
    expect(site.url).toBe('https://harborclinicalmassage.example/');
    expect(site.aliases).toEqual(['https://harborclinicalmassage.example/']);
    expect(site).toMatchObject({ notes: 'Referred by Dr. Ames', tags: ['back'], name: 'Harbor Clinical Massage, LLC' });
    expect(site.seenOn?.map((e) => e.directory)).toEqual(['Yelp']);
    expect((await s.list()).length).toBe(1);
    // The site's page finds the merged record, and saving it again stays one record.
    expect((await s.findForPage('https://www.harborclinicalmassage.example/?utm_source=x'))?.id).toBe(listed.id);
    await s.saveFromDetection(harborSite(), 'https://harborclinicalmassage.example/', T2);
    expect((await s.list()).length).toBe(1);
    // A listing saved again after that keeps the site's verdict and link, and adds nothing twice.
    const relisted = await s.saveFromListing(harborListing({ kind: 'mixed-massage' }), T2);
    expect(relisted).toMatchObject({ kind: 'clinical-massage', url: 'https://harborclinicalmassage.example/' });
    expect(relisted.seenOn).toHaveLength(1);
    expect(validateBackup(await s.exportBackup(T2)).ok).toBe(true);
  });

  it('the site first, then a listing of it on another directory: merged into the site\'s record as "seen on"', async () => {
    const s = await fresh();
    const site = await s.saveFromDetection(harborSite(), 'https://harborclinicalmassage.example/', T0);
    const listed = await s.saveFromListing(harborListing({ directory: 'MassageBook', link: 'https://www.massagebook.com/biz/HarborClinical', address: undefined, phone: '718.555.0142' }), T1);
    expect(listed.id).toBe(site.id);
    expect(listed).toMatchObject({ url: site.url, kind: site.kind, confidence: site.confidence, name: site.name });
    expect(listed.seenOn?.map((e) => e.directory)).toEqual(['MassageBook']);
    expect(listed.aliases).toEqual(['https://massagebook.com/biz/HarborClinical']);
    expect((await s.findForPage('https://www.massagebook.com/biz/HarborClinical'))?.id).toBe(site.id);
  });

  it('a provider of the same name elsewhere stays a record of its own', async () => {
    const s = await fresh();
    await s.saveFromListing(harborListing(), T0);
    await s.saveFromDetection(
      harborSite({ phone: undefined, address: { street: '9 Harbor Rd', locality: 'Portland', region: 'ME' }, state: 'ME' }),
      'https://harbor-maine.example/',
      T1,
    );
    expect((await s.list()).length).toBe(2);
  });

  it('a results page is never saved as a provider', async () => {
    const s = await fresh();
    const results = sampleDetection({ url: 'https://www.yelp.com/search?find_desc=massage', listings: [], page: 'results' });
    await expect(s.saveFromDetection(results, results.url, T0)).rejects.toBeInstanceOf(ShortlistValidationError);
    expect(await s.list()).toEqual([]);
  });

  it('refuses a listing whose link is not a web page, and writes nothing', async () => {
    const s = await fresh();
    await expect(s.saveFromListing(harborListing({ link: 'javascript:alert(1)' }), T0)).rejects.toThrow(/Only web pages/);
    expect(await s.list()).toEqual([]);
  });
});

describe('pages without listings', () => {
  it('two pages with the same name and details, neither from a directory, stay one record per page', async () => {
    const s = await fresh();
    await s.saveFromDetection(harborSite(), 'https://harborclinicalmassage.example/', T0);
    await s.saveFromDetection(harborSite(), 'https://harborclinicalmassage.example/services', T1);
    expect((await s.list()).length).toBe(2);
  });
});
