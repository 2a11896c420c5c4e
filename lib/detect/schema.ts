import { z } from 'zod';
import { pageTypeSchema } from '@/data/page-types';
import {
  coverageSaysSchema,
  coverageTopicIdSchema,
  detectionKindSchema,
  dimensionIdSchema,
  insurerKindSchema,
  signalSideSchema,
} from '@/data/schemas';
import { postalAddressSchema } from '@/lib/page/schema';
import { listingSchema, MAX_LISTINGS } from './listing-schema';

const evidenceWhereSchema = z.enum(['url', 'title', 'meta', 'heading', 'schema', 'body', 'site']);
export type EvidenceWhere = z.infer<typeof evidenceWhereSchema>;

const short = z.string().max(400);

const evidenceSchema = z.object({
  signalId: z.string().max(80),
  dimension: dimensionIdSchema,
  side: signalSideSchema,
  label: short,
  weight: z.number(),
  snippet: short,
  where: evidenceWhereSchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;

const credentialSchema = z.object({
  type: z.string().max(40),
  /** The text as the page shows it, e.g. "LMT #MA12345". */
  text: short,
  licenseNumber: z.string().max(40).optional(),
  /** For an NPI: whether its check digit is right. */
  valid: z.boolean().optional(),
  /** The person the page names right before it ("Jane Doe, LMT", a team card); absent when it is the business's. */
  holder: z.string().max(120).optional(),
});
export type FoundCredential = z.infer<typeof credentialSchema>;

/** A sentence or table row on an insurer's page about massage or a neighbour (lib/detect/coverage.ts). */
const coverageStatementSchema = z.object({
  text: short,
  topics: z.array(coverageTopicIdSchema).max(6),
  says: z.array(coverageSaysSchema).max(7),
  patternIds: z.array(z.string().max(80)).max(10),
  heading: z.string().max(200).optional(),
  /** Offset and length in the page snapshot's text, to find the statement on the page. */
  index: z.number().int().min(0),
  length: z.number().int().min(0),
  criterion: z.boolean().optional(),
  visits: z.number().int().min(0).optional(),
  dollars: z.number().min(0).optional(),
});

export const detectionSchema = z.object({
  kind: detectionKindSchema,
  /** Why the kind was given: the first rule that decided it. */
  reason: z.enum([
    'insurer-host',
    'not-about-massage',
    'not-a-provider',
    'too-little-evidence',
    'results-page',
    'article',
    'site-only',
    'scored',
  ]),
  confidence: z.number().min(0).max(1),
  /** How much the verdict rests on: strong only with this page's own evidence about massage here. */
  strength: z.enum(['strong', 'some', 'weak']).optional(),
  /** What the site or business is, apart from what this page of it is. */
  site: z.enum(['clinical-practice', 'spa', 'both', 'multi-service-clinic', 'directory', 'insurer', 'other']).optional(),
  /** What this page of its site is. */
  page: pageTypeSchema.optional(),
  /** What the page says that changes how to read the verdict, each with the words it says it in. */
  notes: z
    .array(z.object({ id: z.enum(['massage-cash-pay', 'no-insurance-billing', 'multi-service-clinic']), snippet: short }))
    .max(5)
    .optional(),
  url: z.string().max(2048),
  clinicalScore: z.number(),
  recreationalScore: z.number(),
  dimensionScores: z.record(dimensionIdSchema, z.object({ clinical: z.number(), recreational: z.number() })),
  evidence: z.array(evidenceSchema).max(200),
  /** Ids of the cues that made the page look like a provider, or like an article, shop, school… */
  pageCues: z.object({ provider: z.array(z.string().max(40)).max(30), counter: z.array(z.string().max(40)).max(30) }),
  ambiguous: z.array(z.object({ id: z.string().max(80), note: short, snippet: short })).max(50),
  provider: z.object({
    name: z.string().max(200).optional(),
    phone: z.string().max(200).optional(),
    address: postalAddressSchema.optional(),
    state: z.string().length(2).optional(),
  }),
  credentials: z.array(credentialSchema).max(50),
  /** Neutral hints for the patient, each with the title of its source. */
  hints: z
    .array(z.object({ id: z.string().max(80), text: z.string().max(600), sourceTitle: z.string().max(300) }))
    .max(10),
  insurer: z
    .object({
      id: z.string().max(80),
      name: z.string().max(200),
      kind: insurerKindSchema,
      unverifiedHost: z.boolean(),
      page: z.enum(['benefits', 'policy', 'other']),
    })
    .optional(),
  /** On an insurer's page: what it says about massage and its neighbours, in page order. */
  coverage: z.array(coverageStatementSchema).max(40).optional(),
  /** On a directory's results page only: each listing, classified from its own card. */
  listings: z.array(listingSchema).max(MAX_LISTINGS).optional(),
});
export type Detection = z.infer<typeof detectionSchema>;
