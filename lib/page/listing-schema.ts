import { z } from 'zod';
import { CARD_LIMITS } from './card-limits';

const L = CARD_LIMITS;

/** What one listing on a directory's results page says, read from its own card only. */
export const listingCardSchema = z.object({
  name: z.string().min(1).max(L.name),
  /** The business's own page on the directory (or its site), absolute. */
  link: z.string().max(L.link).regex(/^https?:\/\//i, 'a web address'),
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
