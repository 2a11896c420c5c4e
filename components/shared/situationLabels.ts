import type { Situation } from '@/data/schemas';
import type { MessageKey } from '@/lib/extension/i18n';

/** The patient's answer to "What brings you here?", in the words the popup offered it. */
export const situationMessage: Record<Situation, MessageKey> = {
  'chronic-pain': 'situation_chronicPain',
  injury: 'situation_injury',
  'after-surgery': 'situation_afterSurgery',
  'cancer-care': 'situation_cancerCare',
  pregnancy: 'situation_pregnancy',
  relaxation: 'situation_relaxation',
  'not-sure': 'situation_notSure',
};
