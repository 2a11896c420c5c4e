import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { ListingsList } from '@/components/popup/ListingsList';
import { classifyListing } from '@/lib/detect/listings';
import { listingSchema } from '@/lib/detect/listing-schema';
import { listingCard } from '../support/listings';


describe('ListingsList', () => {
  const listings = [
    classifyListing(listingCard('Lotus Stone Spa', 'Hot stone massage, facials and gift cards.')),
    classifyListing(listingCard('Plain Massage', 'Massage by appointment.')),
    classifyListing(listingCard('Harbor Clinic', 'Medical massage; we bill your insurance.')),
  ];

  it('sums the listings up and lists them clinical first, each with its verdict, reasons and link', () => {
    render(<ListingsList listings={listings} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('3 listings: 1 lean clinical, 1 spa, 0 both, 1 unclear');
    const items = screen.getAllByTestId('listing');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual(['Harbor Clinic', 'Plain Massage', 'Lotus Stone Spa']);
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe('https://www.yelp.com/biz/harbor-clinic');
    expect(items[0]!.textContent).toMatch(/MED.*clinical/);
    expect(within(items[0]!).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(items[1]!.textContent).toContain('too little to tell');
    // Nothing here saves the results page as a provider.
    expect(screen.queryByTestId('save-provider')).toBeNull();
  });

  it('with no listing found, says so and what may be wrong, instead of "0 listings"', () => {
    render(<ListingsList listings={[]} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('No listings found on this page');
    expect(screen.getByTestId('listings').textContent).toContain('not a robot');
    expect(screen.getByTestId('listings').textContent).not.toMatch(/\b0 listings/);
  });

  it('while the rest of the page is being read, an empty list still says it is reading', () => {
    render(<ListingsList listings={[]} readingRest />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^0 listings/);
    expect(screen.getByTestId('listings-reading').textContent).toContain('Reading the listings');
  });

  it('with the tab known, each listing has its own save button, which asks the background to save that listing', async () => {
    const sent: unknown[] = [];
    const sendMessage = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return { saved: true, providerId: 'https://yelp.com/biz/harbor-clinic' };
    });
    render(<ListingsList listings={listings} tabId={7} />);
    const buttons = screen.getAllByTestId('save-listing');
    expect(buttons).toHaveLength(3);
    expect(buttons[0]!.getAttribute('aria-label')).toContain('Harbor Clinic');
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(screen.getByTestId('listing-saved')).toBeTruthy());
    expect(sent).toEqual([{ type: 'save-tab-listing', tabId: 7, link: 'https://www.yelp.com/biz/harbor-clinic' }]);
    // Still nothing that would save the results page itself.
    expect(screen.queryByTestId('save-provider')).toBeNull();
    sendMessage.mockRestore();
  });

  it('a listing whose link is not a web address never reaches the popup', () => {
    const hostile = { ...listings[0]!, link: 'javascript:alert(1)' };
    expect(listingSchema.safeParse(hostile).success).toBe(false);
  });
});
