import { z } from 'zod';
import { detectionKindSchema, signalSideSchema } from '@/data/schemas';

/** At most this many listings are kept per results page. */
export const MAX_LISTINGS = 200;

/**
 * How much a card's verdict can be trusted. A card says little, so most are "leans" or "unclear":
 * "clear" needs as much evidence as a provider's own page would.
 */
const listingStrengths = ['clear', 'leans', 'unclear'] as const;
const listingStrengthSchema = z.enum(listingStrengths);
export type ListingStrength = z.infer<typeof listingStrengthSchema>;

/** One listing of a directory's results page, classified from its own card only. */
export const listingSchema = z.object({
  name: z.string().min(1).max(200),
  link: z.string().max(2048).regex(/^https?:\/\//i, 'a web address'),
  kind: detectionKindSchema.exclude(['insurer']),
  strength: listingStrengthSchema,
  /** The evidence the verdict rests on, strongest first. */
  reasons: z
    .array(z.object({ side: signalSideSchema, label: z.string().max(200), snippet: z.string().max(400) }))
    .max(6),
  category: z.string().max(300).optional(),
  address: z.string().max(300).optional(),
  /** The card's phone link, if it has one: with the address, it tells the same provider saved from elsewhere. */
  phone: z.string().max(200).optional(),
});
export type Listing = z.infer<typeof listingSchema>;
