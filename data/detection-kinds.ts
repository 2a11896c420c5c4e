import type { MessageKey } from '@/lib/extension/i18n';

// Zod-free on purpose: the popup's first screen reads this table, and zod would be the largest part
// of what it loads before the verdict shows. The table is checked against its schema
// (`detectionKindEntrySchema` in data/schemas.ts) and every key against the English messages file
// by tests/unit/detection-kinds.test.ts; it is plain data, so a check at load would only repeat them.

export interface DetectionKindEntry {
  /** Whether the page is about a massage provider, so the popup shows the provider's sections. */
  massageProvider: boolean;
  /** The toolbar badge; letters so colour is not the only cue, colours with contrast for white text. */
  badge?: { text: string; color: string; titleKey: MessageKey };
  /** The sentence the popup leads with. */
  sentenceKey: MessageKey;
  /** The kind's name in the shortlist (table, filter, detail, comparison). */
  shortlistLabelKey: MessageKey;
  /** Where the kind sorts in the shortlist: most to least clinical, then the rest. */
  shortlistRank: number;
}

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

export const detectionKindTable: Readonly<Record<DetectionKind, DetectionKindEntry>> = table;

export const detectionKinds = Object.keys(table) as [DetectionKind, ...DetectionKind[]];
