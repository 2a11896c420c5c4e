import type { DetectionKind } from '@/data/schemas';
import type { MessageKey } from '@/lib/extension/i18n';

export interface BadgeLook {
  text: string;
  color: string;
  titleKey: MessageKey;
}

// Colours chosen for contrast with white badge text; letters so colour is not the only cue.
const looks: Record<Exclude<DetectionKind, 'none'>, BadgeLook> = {
  'clinical-massage': { text: 'MED', color: '#1b6e3a', titleKey: 'badgeTitleClinical' },
  'recreational-massage': { text: 'SPA', color: '#7a3e9d', titleKey: 'badgeTitleRecreational' },
  'mixed-massage': { text: 'MIX', color: '#9a5b00', titleKey: 'badgeTitleMixed' },
  insurer: { text: 'INS', color: '#1f4e8c', titleKey: 'badgeTitleInsurer' },
};

/** How the toolbar button shows a kind; `none` shows no badge. */
export function badgeFor(kind: DetectionKind): BadgeLook | undefined {
  return kind === 'none' ? undefined : looks[kind];
}
