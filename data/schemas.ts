import { z } from 'zod';
import { exampleListSchema } from './examples';
import { detectionKinds, type DetectionKindEntry } from './detection-kinds';
import type { MessageKey } from '@/lib/extension/i18n';

/** Where a fact comes from and when someone last checked it. Tiers follow shared/FACTS.md. */
export const sourceSchema = z.object({
  title: z.string().min(3),
  /** Who published the document, when the title does not say it. */
  publisher: z.string().min(2).optional(),
  url: z.url().optional(),
  tier: z.enum(['primary', 'secondary', 'tertiary']),
  checkedOn: z.iso.date(),
});
export type Source = z.infer<typeof sourceSchema>;

export { detectionKinds, type DetectionKind } from './detection-kinds';
export const detectionKindSchema = z.enum(detectionKinds);

// Message keys are checked against the English messages file by tests/unit/detection-kinds.test.ts.
const messageKey = z.string().regex(/^[a-zA-Z]+$/) as unknown as z.ZodType<MessageKey>;

/** One row of data/detection-kinds.ts. */
export const detectionKindEntrySchema: z.ZodType<DetectionKindEntry> = z.object({
  massageProvider: z.boolean(),
  badge: z
    .object({ text: z.string().regex(/^[A-Z]{2,4}$/), color: z.string().regex(/^#[0-9a-f]{6}$/), titleKey: messageKey })
    .optional(),
  sentenceKey: messageKey,
  shortlistLabelKey: messageKey,
  shortlistRank: z.number().int().min(0),
});

export const signalSideSchema = z.enum(['clinical', 'recreational']);
export type SignalSide = z.infer<typeof signalSideSchema>;

/**
 * A phrase pattern that counts towards one side of one dimension. `pattern` is the source of a
 * case-insensitive regular expression matched against normalised text (lower case, single
 * spaces); word boundaries are added around it, so write only the phrase.
 */
const signalSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string().min(2),
  weight: z.number().int().min(1).max(3),
  label: z.string().min(3),
  source: sourceSchema,
  examples: exampleListSchema,
  nearMisses: exampleListSchema,
});
export type Signal = z.infer<typeof signalSchema>;

export const dimensionIds = [
  'focus',
  'techniques',
  'treatment-plan',
  'records',
  'team',
  'setting',
  'training',
  'billing',
] as const;
export const dimensionIdSchema = z.enum(dimensionIds);
export type DimensionId = z.infer<typeof dimensionIdSchema>;

export const dimensionSchema = z.object({
  id: dimensionIdSchema,
  name: z.string(),
  /** What the patient should find out for this dimension, as a checklist row. */
  checklistPrompt: z.string(),
  clinical: z.array(signalSchema).min(1),
  recreational: z.array(signalSchema),
});
export type Dimension = z.infer<typeof dimensionSchema>;

/** A term used by spas and clinics alike: shown to the patient, never scored. */
export const ambiguousTermSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string().min(2),
  note: z.string(),
  source: sourceSchema,
  examples: exampleListSchema,
});
export type AmbiguousTerm = z.infer<typeof ambiguousTermSchema>;

const hostName = z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/);

/**
 * What an organisation is to the patient. A benefit manager runs massage or chiropractic benefits
 * for plans (and a network of practitioners); an administrator pays claims for an employer's own
 * plan; a government program and a marketplace are not plans a patient's note is addressed to;
 * an auto insurer pays injury care after an accident (PIP, med-pay) in some states; a workers'
 * compensation insurer pays the care a work injury's claim covers; a spending-account administrator
 * pays from the patient's own FSA, HSA or HRA, under the tax rules for medical expenses.
 */
const insurerKinds = [
  'insurer',
  'benefit-manager',
  'administrator',
  'government-program',
  'marketplace',
  'auto-insurer',
  'workers-comp-insurer',
  'spending-account-administrator',
] as const;
export const insurerKindSchema = z.enum(insurerKinds);
export type InsurerKind = z.infer<typeof insurerKindSchema>;

/** The kinds a patient names as "my plan" (settings, the reimbursement note). */
export const healthPlanKinds: readonly InsurerKind[] = ['insurer', 'government-program'];

export const insurerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  kind: insurerKindSchema,
  /** Registrable domains: the domain itself and every subdomain match. */
  domains: z.array(hostName),
  /** Signed-in member portals, for the "where to look" hints. */
  memberPortalHosts: z.array(hostName),
  /** Host names from FACTS that no source confirmed: matched, but shown as unverified. */
  unverifiedHosts: z.array(hostName),
  /** A page on the organisation's main host that names it (for FACTS entries, FACTS itself). */
  source: sourceSchema,
  /** A page on each further host that names the organisation (docs/insurers.md keeps the log). */
  hostSources: z.array(sourceSchema).optional(),
  /**
   * A program that lives under a path of a whole department's host (a state's Medicaid pages on its
   * health department's site): recognised there only, never on the rest of that host. Each has a
   * page under the path, among the sources, that names the program.
   */
  programPaths: z.array(z.object({ host: hostName, pathPrefix: z.string().regex(/^\/[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)*$/) })).optional(),
  hostExamples: z.object({ match: z.array(z.string()), noMatch: z.array(z.string()).min(1) }),
})
  .refine((i) => i.domains.length + i.unverifiedHosts.length + (i.programPaths?.length ?? 0) > 0, 'an insurer needs a host name')
  .refine((i) => i.domains.length + i.unverifiedHosts.length === 0 || i.hostExamples.match.length > 0, 'a host needs an example that matches it');
export type Insurer = z.infer<typeof insurerSchema>;

/** The 50 states and DC, by USPS code. */
export const usStateCodes = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
  'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;
const usStateCodeSchema = z.enum(usStateCodes);
export type UsStateCode = z.infer<typeof usStateCodeSchema>;

/** A fact about one state shown to the patient. `unverified` marks what shared/FACTS.md flags UNVERIFIED. */
const stateNoteSchema = z.object({
  text: z.string().min(10),
  source: sourceSchema,
  unverified: z.boolean().optional(),
});
export type StateNote = z.infer<typeof stateNoteSchema>;

/**
 * How one state regulates massage therapists. Only sourced values: leave `minimumHours`, `board`
 * and `title` out rather than guess, and the UI points to the state board and FSMTB instead.
 */
export const stateSchema = z.object({
  code: usStateCodeSchema,
  name: z.string().min(4),
  regulation: z.enum(['license', 'registration', 'voluntary-certification', 'none', 'unverified']),
  /** The title the state uses, where a source names it. */
  title: z.string().min(3).optional(),
  /** Minimum entry-level education hours, only where a source gives the number. */
  minimumHours: z.object({ hours: z.number().int().positive(), note: z.string().optional(), source: sourceSchema }).optional(),
  board: z.object({ name: z.string().min(3), lookupUrl: z.url().optional() }).optional(),
  /** Whether ads (and, where the law says so, websites) must show the license number. */
  licenseNumberInAds: z.object({ required: z.boolean(), source: sourceSchema, note: z.string().optional() }).optional(),
  notes: z.array(stateNoteSchema),
  /** The source for `regulation`. */
  source: sourceSchema,
});
export type UsState = z.infer<typeof stateSchema>;

/** Conditions that have their own, more specific questions. */
export const questionConditions = ['lymphedema', 'cancer-history', 'trigger-points', 'orthopedic-injury'] as const;
const questionConditionSchema = z.enum(questionConditions);

/** What brings the patient to massage: chosen once, it orders the questions shown first. */
export const situations = ['chronic-pain', 'injury', 'after-surgery', 'cancer-care', 'pregnancy', 'relaxation', 'not-sure'] as const;
export const situationSchema = z.enum(situations);
export type Situation = z.infer<typeof situationSchema>;

/** A question the patient can ask a therapist, with what a good answer looks like. */
export const questionSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  dimension: dimensionIdSchema,
  /** The question itself, in the patient's voice, addressed to the therapist. */
  text: z.string().min(10).regex(/\?$/, 'a question ends with a question mark'),
  /** One or two plain sentences: what a good answer looks like, and why it matters. */
  why: z.string().min(20),
  source: sourceSchema,
  /** Set only on questions meant for one condition. */
  condition: questionConditionSchema.optional(),
  /** The situations the question serves, most useful first in the popup for those patients. */
  situations: z.array(situationSchema).min(1),
});
export type Question = z.infer<typeof questionSchema>;

const insurerNoteSchema = z.object({
  text: z.string().min(10),
  source: sourceSchema,
  /** FACTS marks the fact UNVERIFIED: shown with a "not confirmed" label, never as fact. */
  unverified: z.boolean().default(false),
});

export const insurerGuideSchema = z.object({
  insurerId: z.string(),
  /** Where the portal tends to list massage, in the portal's own words where known. */
  searchTerms: z.array(z.string()).min(1),
  programs: z.array(
    insurerNoteSchema.extend({
      name: z.string(),
      nature: z.enum(['covered-benefit', 'discount-program', 'benefit-manager']),
    }),
  ),
  notes: z.array(insurerNoteSchema),
});
export type InsurerGuide = z.infer<typeof insurerGuideSchema>;

/** The services a plan's page may say something about that concerns a massage patient. */
const coverageTopicIds = [
  'massage',
  'manual-therapy',
  'chiropractic',
  'physical-therapy',
  'acupuncture',
  'complementary-care',
] as const;
export const coverageTopicIdSchema = z.enum(coverageTopicIds);
export type CoverageTopicId = z.infer<typeof coverageTopicIdSchema>;

/**
 * What a statement on a plan's page says: covered, not covered, a visit or dollar limit, a
 * referral / prescription / prior authorisation, a network rule, a discount program only, or an
 * exception ("except", "unless", "only when") that qualifies the rest.
 */
const coverageSays = ['covered', 'not-covered', 'limit', 'referral', 'network', 'discount-only', 'exception'] as const;
export const coverageSaysSchema = z.enum(coverageSays);
export type CoverageSays = z.infer<typeof coverageSaysSchema>;

/**
 * A phrase on a plan's page. `pattern` is the source of a case-insensitive regular expression
 * matched against the page text folded to lower case and single spaces; it carries its own word
 * boundaries and negative look-behinds (a "covered" pattern must not fire inside "not covered").
 */
const coveragePhrase = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string().min(2),
  label: z.string().min(3),
  source: sourceSchema,
  examples: exampleListSchema,
  nearMisses: exampleListSchema,
});
export const coverageTopicSchema = coveragePhrase.extend({ topic: coverageTopicIdSchema });
export type CoverageTopic = z.infer<typeof coverageTopicSchema>;
export const coveragePatternSchema = coveragePhrase.extend({ says: coverageSaysSchema });
export type CoveragePattern = z.infer<typeof coveragePatternSchema>;
