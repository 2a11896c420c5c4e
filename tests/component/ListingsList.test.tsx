import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ListingsList } from '@/components/popup/ListingsList';
import { classifyListing } from '@/lib/detect/listings';
import { listingSchema } from '@/lib/detect/listing-schema';
import type { ListingCard } from '@/lib/page/listing-schema';

const card = (name: string, text: string): ListingCard => ({
  name,
  link: `https://www.yelp.com/biz/${name.toLowerCase().replaceAll(' ', '-')}`,
  badges: [],
  phones: [],
  text: `${name} ${text}`,
});

describe('ListingsList', () => {
  const listings = [
    classifyListing(card('Lotus Stone Spa', 'Hot stone massage, facials and gift cards.')),
    classifyListing(card('Plain Massage', 'Massage by appointment.')),
    classifyListing(card('Harbor Clinic', 'Medical massage; we bill your insurance.')),
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

  it('a listing whose link is not a web address never reaches the popup', () => {
    const hostile = { ...listings[0]!, link: 'javascript:alert(1)' };
    expect(listingSchema.safeParse(hostile).success).toBe(false);
  });
});
