import { z } from 'zod';
import type { MessageKey } from '@/lib/extension/i18n';

// Every key is checked against the English messages file by tests/unit/detection-kinds.test.ts.
const messageKey = z.string().regex(/^[a-zA-Z]+$/) as unknown as z.ZodType<MessageKey>;

export const detectionKindEntrySchema = z.object({
  /** Whether the page is about a massage provider, so the popup shows the provider's sections. */
  massageProvider: z.boolean(),
  /** The toolbar badge; letters so colour is not the only cue, colours with contrast for white text. */
  badge: z
    .object({ text: z.string().regex(/^[A-Z]{2,4}$/), color: z.string().regex(/^#[0-9a-f]{6}$/), titleKey: messageKey })
    .optional(),
  /** The sentence the popup leads with. */
  sentenceKey: messageKey,
  /** The kind's name in the shortlist (table, filter, detail, comparison). */
  shortlistLabelKey: messageKey,
  /** Where the kind sorts in the shortlist: most to least clinical, then the rest. */
  shortlistRank: z.number().int().min(0),
});
export type DetectionKindEntry = z.infer<typeof detectionKindEntrySchema>;

/** One row per detection kind. A new kind is one entry here, plus its strings in public/_locales. */
const table = {
  'clinical-massage': {
    massageProvider: true,
    badge: { text: 'MED', color: '#1b6e3a', titleKey: 'badgeTitleClinical' },
    sentenceKey: 'verdictClinical',
    shortlistLabelKey: 'kindClinical',
    shortlistRank: 0,
  },
  'recreational-massage': {
    massageProvider: true,
    badge: { text: 'SPA', color: '#7a3e9d', titleKey: 'badgeTitleRecreational' },
    sentenceKey: 'verdictRecreational',
    shortlistLabelKey: 'kindRecreational',
    shortlistRank: 2,
  },
  'mixed-massage': {
    massageProvider: true,
    badge: { text: 'MIX', color: '#9a5b00', titleKey: 'badgeTitleMixed' },
    sentenceKey: 'verdictMixed',
    shortlistLabelKey: 'kindMixed',
    shortlistRank: 1,
  },
  insurer: {
    massageProvider: false,
    badge: { text: 'INS', color: '#1f4e8c', titleKey: 'badgeTitleInsurer' },
    sentenceKey: 'verdictInsurer',
    shortlistLabelKey: 'kindInsurer',
    shortlistRank: 3,
  },
  none: {
    massageProvider: false,
    sentenceKey: 'verdictNone',
    shortlistLabelKey: 'kindNone',
    shortlistRank: 4,
  },
} as const satisfies Record<string, DetectionKindEntry>;

export type DetectionKind = keyof typeof table;

export const detectionKindTable: Readonly<Record<DetectionKind, DetectionKindEntry>> = z
  .record(z.string(), detectionKindEntrySchema)
  .parse(table) as Record<DetectionKind, DetectionKindEntry>;

export const detectionKinds = Object.keys(table) as [DetectionKind, ...DetectionKind[]];
