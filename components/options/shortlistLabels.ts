import { detectionKindTable, type DetectionKind } from '@/data/detection-kinds';
import type { MessageKey } from '@/lib/extension/i18n';
import type { ChecklistAnswer, ProviderStatus } from '@/lib/shortlist';

export const kindLabel = (kind: DetectionKind): MessageKey => detectionKindTable[kind].shortlistLabelKey;

export const statusLabel: Record<ProviderStatus, MessageKey> = {
  'to-contact': 'statusToContact',
  contacted: 'statusContacted',
  booked: 'statusBooked',
  'ruled-out': 'statusRuledOut',
};

export const answerLabel: Record<ChecklistAnswer, MessageKey> = {
  'clinical-like': 'answerClinical',
  'spa-like': 'answerSpa',
  unknown: 'answerUnknown',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateOnlyFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A stored timestamp as a short local date. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateFormat.format(time);
}

/** A calendar date (YYYY-MM-DD) as a short date, the same day wherever the reader is. */
export function formatDay(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : dateOnlyFormat.format(time);
}

