// Zod-free: the in-page listing chips script bundles this file.
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
