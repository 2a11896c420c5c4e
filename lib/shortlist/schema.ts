import { z } from 'zod';
import { detectionKindSchema, dimensionIdSchema, signalSideSchema } from '@/data/schemas';

/**
 * The version of the shortlist's stored shape. It is both the IndexedDB version and the
 * `schemaVersion` written into backups: a backup can be read by any version at or above it.
 */
export const CURRENT_VERSION = 3;
export const BACKUP_FORMAT = 'knead-to-know-backup';

/** Bounds on everything we store: a backup file is untrusted input. */
export const SHORTLIST_LIMITS = {
  url: 2048,
  name: 300,
  phone: 200,
  addressPart: 300,
  credentials: 50,
  credentialType: 40,
  credentialText: 400,
  licenseNumber: 40,
  evidence: 60,
  evidenceLabel: 400,
  checklistNote: 2000,
  questionId: 80,
  questions: 200,
  questionAnswer: 4000,
  notes: 20_000,
  tags: 20,
  tag: 40,
  rangeOfMotion: 2000,
  visitNotes: 4000,
  providers: 100_000,
  visits: 500_000,
  /** Directories a provider was saved from, and other addresses of the same provider. */
  seenOn: 20,
  aliases: 20,
  directory: 100,
  listingReasons: 6,
  listingSnippet: 400,
} as const;
const L = SHORTLIST_LIMITS;

export const checklistAnswers = ['clinical-like', 'spa-like', 'unknown'] as const;
const checklistAnswerSchema = z.enum(checklistAnswers);
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;

export const providerStatuses = ['to-contact', 'contacted', 'booked', 'ruled-out'] as const;
export const providerStatusSchema = z.enum(providerStatuses);
export type ProviderStatus = z.infer<typeof providerStatusSchema>;

const isoDateTime = z.iso.datetime();

/** Only web links: a stored URL ends up in an `href`, so `javascript:` and friends are refused. */
const webUrl = z
  .string()
  .max(L.url)
  .refine((u) => {
    try {
      const { protocol } = new URL(u);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'not a web address (must start with http:// or https://)');

const shortlistAddressSchema = z.strictObject({
  street: z.string().max(L.addressPart).optional(),
  locality: z.string().max(L.addressPart).optional(),
  region: z.string().max(L.addressPart).optional(),
  postalCode: z.string().max(L.addressPart).optional(),
});

const savedCredentialSchema = z.strictObject({
  type: z.string().max(L.credentialType),
  text: z.string().max(L.credentialText),
  licenseNumber: z.string().max(L.licenseNumber).optional(),
  valid: z.boolean().optional(),
});

const evidenceSummaryItemSchema = z.strictObject({
  dimension: dimensionIdSchema,
  side: signalSideSchema,
  label: z.string().max(L.evidenceLabel),
});

const checklistItemSchema = z.strictObject({
  answer: checklistAnswerSchema,
  note: z.string().max(L.checklistNote),
});

const questionItemSchema = z.strictObject({
  asked: z.boolean(),
  answer: z.string().max(L.questionAnswer),
});

const listingStrengths = ['clear', 'leans', 'unclear'] as const;

/** One directory listing the patient saved this provider from: "seen on Yelp", with that card's verdict. */
const seenOnSchema = z.strictObject({
  /** The directory's name ("Yelp"), or its host when we have no adapter for it. */
  directory: z.string().min(1).max(L.directory),
  /** The provider's page on that directory. */
  link: webUrl,
  kind: detectionKindSchema,
  strength: z.enum(listingStrengths),
  reasons: z
    .array(z.strictObject({ side: signalSideSchema, label: z.string().max(L.evidenceLabel), snippet: z.string().max(L.listingSnippet) }))
    .max(L.listingReasons),
  savedAt: isoDateTime,
});
export type SeenOn = z.infer<typeof seenOnSchema>;

export const providerRecordSchema = z.strictObject({
  /** The normalised URL (see normaliseProviderUrl): one record per provider page. */
  id: z.string().min(1).max(L.url),
  url: webUrl,
  name: z.string().min(1).max(L.name),
  phone: z.string().max(L.phone).optional(),
  address: shortlistAddressSchema.optional(),
  state: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter state code').optional(),
  kind: detectionKindSchema,
  confidence: z.number().min(0).max(1),
  credentials: z.array(savedCredentialSchema).max(L.credentials),
  evidenceSummary: z.array(evidenceSummaryItemSchema).max(L.evidence),
  checklist: z.partialRecord(dimensionIdSchema, checklistItemSchema),
  questions: z
    // Keyed by the question ids of data/questions.ts (kebab-case); unknown ids are kept, since
    // the question list changes between versions and old answers must survive.
    .record(z.string().min(1).max(L.questionId).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a question id'), questionItemSchema)
    .refine((q) => Object.keys(q).length <= L.questions, `too many questions (max ${L.questions})`),
  notes: z.string().max(L.notes),
  status: providerStatusSchema,
  tags: z.array(z.string().min(1).max(L.tag)).max(L.tags),
  /** Directory listings this provider was saved from (version 3). */
  seenOn: z.array(seenOnSchema).max(L.seenOn).optional(),
  /** Other normalised addresses of this same provider (its page on a directory, its own site), version 3. */
  aliases: z.array(z.string().min(1).max(L.url)).max(L.aliases).optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ProviderRecord = z.infer<typeof providerRecordSchema>;

export const visitRecordSchema = z.strictObject({
  id: z.uuid(),
  providerId: z.string().min(1).max(L.url),
  date: z.iso.date(),
  painBefore: z.number().int().min(0).max(10).optional(),
  painAfter: z.number().int().min(0).max(10).optional(),
  rangeOfMotion: z.string().max(L.rangeOfMotion),
  notes: z.string().max(L.visitNotes),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type VisitRecord = z.infer<typeof visitRecordSchema>;

const quote = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    schemaVersion: z
      .number()
      .int()
      .min(1)
      .max(CURRENT_VERSION, `made by a newer version of Knead to Know (this version reads up to ${CURRENT_VERSION})`),
    exportedAt: isoDateTime,
    providers: z.array(providerRecordSchema).max(L.providers),
    visits: z.array(visitRecordSchema).max(L.visits),
  })
  .superRefine((backup, ctx) => {
    const providerAt = new Map<string, number>();
    backup.providers.forEach((p, i) => {
      const first = providerAt.get(p.id);
      if (first === undefined) providerAt.set(p.id, i);
      else ctx.addIssue({ code: 'custom', path: ['providers', i, 'id'], message: `duplicate provider id ${quote(p.id)} (also providers[${first}])` });
    });
    const visitAt = new Map<string, number>();
    backup.visits.forEach((v, i) => {
      const first = visitAt.get(v.id);
      if (first === undefined) visitAt.set(v.id, i);
      else ctx.addIssue({ code: 'custom', path: ['visits', i, 'id'], message: `duplicate visit id ${quote(v.id)} (also visits[${first}])` });
      if (!providerAt.has(v.providerId)) {
        ctx.addIssue({ code: 'custom', path: ['visits', i, 'providerId'], message: `refers to provider ${quote(v.providerId)}, which is not in this file` });
      }
    });
  });
export type Backup = z.infer<typeof backupSchema>;
