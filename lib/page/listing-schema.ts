import { z } from 'zod';

/** Caps on what one card of a results page can hand us; a card crosses the page boundary too. */
export const CARD_LIMITS = {
  cards: 200,
  name: 200,
  link: 2048,
  field: 300,
  snippet: 600,
  badges: 10,
  badge: 100,
  text: 2000,
  phones: 3,
} as const;

const L = CARD_LIMITS;

/** What one listing on a directory's results page says, read from its own card only. */
export const listingCardSchema = z.object({
  name: z.string().min(1).max(L.name),
  /** The business's own page on the directory (or its site), absolute. */
  link: z.string().max(L.link),
  category: z.string().max(L.field).optional(),
  snippet: z.string().max(L.snippet).optional(),
  address: z.string().max(L.field).optional(),
  badges: z.array(z.string().max(L.badge)).max(L.badges),
  /** All of the card's visible text, capped. */
  text: z.string().max(L.text),
  phones: z.array(z.string().max(L.field)).max(L.phones),
});
export type ListingCard = z.infer<typeof listingCardSchema>;

export const listingCardsSchema = z.array(listingCardSchema).max(L.cards);
