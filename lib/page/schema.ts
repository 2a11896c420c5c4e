import { z } from 'zod';

import { SNAPSHOT_LIMITS } from './limits';

const L = SNAPSHOT_LIMITS;

export const postalAddressSchema = z.object({
  street: z.string().max(L.field).optional(),
  locality: z.string().max(L.field).optional(),
  region: z.string().max(L.field).optional(),
  postalCode: z.string().max(L.field).optional(),
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;

const schemaItemSchema = z.object({
  types: z.array(z.string().max(L.field)).max(10),
  name: z.string().max(L.field).optional(),
  telephone: z.string().max(L.field).optional(),
  address: postalAddressSchema.optional(),
  /** Text values of the item (description, service names), for matching. */
  text: z.string().max(L.schemaText),
});
export type SchemaItem = z.infer<typeof schemaItemSchema>;

export const pageSnapshotSchema = z.object({
  url: z.string().max(L.url),
  title: z.string().max(L.title),
  metaDescription: z.string().max(L.meta),
  headings: z.array(z.string().max(L.heading)).max(L.headings),
  schemaItems: z.array(schemaItemSchema).max(L.schemaItems),
  text: z.string().max(L.text),
  textTruncated: z.boolean(),
  /** Text of the site's navigation, header and footer (also part of `text`). */
  chromeText: z.string().max(L.chromeText).optional(),
  /** The page's og:type, e.g. "article" or "website". */
  ogType: z.string().max(L.field).optional(),
  /** How many <time> and <article> elements and published-time metas the page has. */
  postMarks: z.number().int().min(0).optional(),
  phoneLinks: z.array(z.string().max(L.field)).max(L.links),
  emailLinks: z.array(z.string().max(L.field)).max(L.links),
});
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;
