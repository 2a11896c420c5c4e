import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { classify } from '@/lib/detect/classify';
import type { PageSnapshot } from '@/lib/page/schema';
import { bareSnapshot } from '@/lib/page/snapshot';
import { listingCard } from '../support/listings';
import { resultsPageDetection } from '@/lib/detect/listings';

const clinicSnapshot: PageSnapshot = {
  url: 'https://www.harborpainrelief.com/',
  title: 'Harbor Pain Relief | Medical Massage',
  metaDescription: '',
  headings: ['Harbor Pain Relief'],
  schemaItems: [
    { types: ['MedicalBusiness'], name: 'Harbor Pain Relief', telephone: '(602) 555-0110', address: { locality: 'Phoenix', region: 'AZ' }, text: '' },
  ],
  text: 'Medical massage by physician referral. SOAP notes, a treatment plan, we bill insurance. Dana Ruiz, LMT, BCTMB. NPI: 1234567893. Book now.',
  textTruncated: false,
  phoneLinks: [],
  emailLinks: [],
};

/** What the background recorded for a tab, where it keeps it. */
const recorded = (tabId: number, detection: unknown) => fakeBrowser.storage.session.set({ [`tab:${tabId}`]: detection });

function answer(replies: Record<string, unknown>) {
  const seen: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    seen.push(message);
    return replies[(message as { type: string }).type];
  });
  return seen;
}

const resultsSnapshot = bareSnapshot('https://www.yelp.com/search?find_desc=massage&find_loc=Brooklyn', 'Top 10 Best Massage near Brooklyn, NY');

describe('Popup', () => {
  it('shows the verdict, provider facts and explained credentials of the tab it is about', async () => {
    await recorded(3, classify(clinicSnapshot));
    // Read from session storage: the service worker is not asked, so it need not be running.
    const seen = answer({});
    render(<Popup search="?tabId=3" />);
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toContain('clinical massage practice'));
    expect(seen).toEqual([]);
    expect(await screen.findByRole('heading', { name: 'Harbor Pain Relief' })).toBeTruthy();
    expect(screen.getByTestId('provider-phone').textContent).toBe('(602) 555-0110');
    const credentials = screen.getByTestId('credentials');
    expect(credentials.textContent).toContain('Board Certified in Therapeutic Massage');
    expect(credentials.textContent).toContain('passes its check digit');
    // Arizona requires the license number in ads and the page shows none.
    expect(screen.getByTestId('hints').textContent).toContain('Arizona');
  });

  it('on a results page, lists the listings read so far at once, then asks the tab for the rest and lists them all', async () => {
    const near = [listingCard('Harbor Clinic', 'Medical massage; we bill your insurance.'), listingCard('Lotus Stone Spa', 'Hot stone massage and gift cards.')];
    const farDown = listingCard('Plain Massage', 'Massage by appointment.');
    const page = classify(resultsSnapshot);
    await recorded(6, resultsPageDetection(page, near));
    // The tab's chips script, asked, reads the rest and the background records them; it answers when done.
    let answerNow = () => {};
    const answered = new Promise<void>((resolve) => (answerNow = resolve));
    const toTab = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => {
      await answered;
      await recorded(6, resultsPageDetection(page, [...near, farDown]));
      return { read: true };
    });
    render(<Popup search="?tabId=6" />);
    const heading = await screen.findByRole('heading', { level: 2, name: /listings:/ });
    expect(heading.textContent).toMatch(/^2 listings:/);
    expect(screen.getByTestId('listings-reading').textContent).toMatch(/further down/);
    await waitFor(() => expect(toTab).toHaveBeenCalledWith(6, { type: 'read-all-listings' }, { frameId: 0 }));
    answerNow();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: /listings:/ }).textContent).toMatch(/^3 listings:/));
    expect(screen.getAllByTestId('listing')).toHaveLength(3);
    expect(screen.getByTestId('listings-reading').textContent).toBe('');
    // Asked once, not again for the answer it got.
    expect(toTab).toHaveBeenCalledTimes(1);
    toTab.mockRestore();
  });

  it('on a results page whose tab cannot answer, keeps the listings it has and stops saying it is reading', async () => {
    await recorded(7, resultsPageDetection(classify(resultsSnapshot), [listingCard('Harbor Clinic', 'Medical massage.')]));
    const toTab = vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    render(<Popup search="?tabId=7" />);
    await waitFor(() => expect(toTab).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByTestId('listings-reading').textContent).toBe(''));
    expect(screen.getByRole('heading', { level: 2, name: /listings:/ }).textContent).toMatch(/^1 listings?:/);
    toTab.mockRestore();
  });

  it('offers "Check this page" when the tab was not checked, and shows the result', async () => {
    const seen = answer({ 'analyse-tab': { detection: classify(clinicSnapshot) } });
    render(<Popup search="?tabId=8" />);
    expect((await screen.findByTestId('verdict')).textContent).toBe('This page has not been checked.');
    fireEvent.click(screen.getByTestId('check-this-page'));
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toContain('clinical massage practice'));
    expect(seen).toContainEqual({ type: 'analyse-tab', tabId: 8 });
    expect(screen.queryByTestId('check-this-page')).toBeNull();
  });

  it('says so when the page cannot be read', async () => {
    answer({ 'analyse-tab': { detection: null, error: 'cannot-read-page' } });
    render(<Popup search="?tabId=9" />);
    fireEvent.click(await screen.findByTestId('check-this-page'));
    expect(await screen.findByText(/cannot be read by extensions/)).toBeTruthy();
  });

  it('leaves "Checking…" when the background fails to answer "Check this page"', async () => {
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      if ((message as { type: string }).type === 'analyse-tab') throw new Error('the background went away');
      return { detection: null };
    });
    render(<Popup search="?tabId=10" />);
    fireEvent.click(await screen.findByTestId('check-this-page'));
    expect(await screen.findByText(/cannot be read by extensions/)).toBeTruthy();
    expect(screen.queryByText('Checking this page…')).toBeNull();
  });

  it('ignores a recorded detection that fails its schema', async () => {
    await recorded(4, { kind: 'clinical-massage', evidence: '<b>x</b>' });
    render(<Popup search="?tabId=4" />);
    expect((await screen.findByTestId('verdict')).textContent).toBe('This page has not been checked.');
  });

  it('drops a record whose verdict fields look right once the full schema finds the rest wrong, before anything below the verdict shows', async () => {
    const detection = classify(clinicSnapshot);
    await recorded(6, { ...detection, credentials: [{ type: 'LMT', text: 5 }] });
    render(<Popup search="?tabId=6" />);
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toBe('This page has not been checked.'));
    expect(screen.queryByTestId('credentials')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Harbor Pain Relief' })).toBeNull();
  });

  it('asks the background where session storage cannot be read, and drops a reply that fails its schema', async () => {
    const sessionGet = vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('session storage is out of reach'));
    const seen = answer({ 'get-tab-detection': { detection: classify(clinicSnapshot) } });
    render(<Popup search="?tabId=11" />);
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toContain('clinical massage practice'));
    expect(seen).toEqual([{ type: 'get-tab-detection', tabId: 11 }]);
    cleanup();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    answer({ 'get-tab-detection': { detection: { kind: 'clinical-massage', evidence: '<b>x</b>' } } });
    render(<Popup search="?tabId=12" />);
    expect((await screen.findByTestId('verdict')).textContent).toBe('This page has not been checked.');
    sessionGet.mockRestore();
  });
});

describe('Popup on an insurer site', () => {
  it('shows where to look, the codes in plain words, and unverified notes labelled as such', async () => {
    const detection = classify({ ...clinicSnapshot, url: 'https://www.aetna.com/member/benefits', schemaItems: [], text: 'Your benefits' });
    await recorded(5, detection);
    render(<Popup search="?tabId=5" />);
    const view = await screen.findByTestId('insurer-view');
    expect(screen.getByTestId('verdict').textContent).toBe('This is a site of Aetna.');
    expect(screen.getByTestId('search-terms').textContent).toContain('physical medicine');
    expect(screen.getByTestId('cpt-codes').textContent).toMatch(/97124.*97140/s);
    expect(screen.getByTestId('cpt-codes').textContent).toContain('Ask your plan which way it counts');
    const notes = screen.getByTestId('insurer-notes');
    expect(notes.textContent).toMatch(/Not confirmed: Aetna keeps a clinical policy bulletin/);
    expect(view.querySelector('[data-nature="discount-program"]')?.textContent).toContain('not insurance');
    expect(view.textContent).not.toMatch(/guarantee|will be covered|will be reimbursed/i);
  });
});
