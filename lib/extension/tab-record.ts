// A tab's record as the popup's first screen reads it. Zod-free on purpose: zod is the largest part
// of what the popup would otherwise load before the verdict shows. The full schema check
// (tab-state.ts, `checkedDetection`) loads right after and decides whether the record stays.
import { detectionKinds } from '@/data/detection-kinds';
import type { Detection } from '@/lib/detect/schema';

/** Where the background keeps a tab's detection in session storage. */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => !!value && typeof value === 'object' && !Array.isArray(value);
const isText = (value: unknown, max = 400) => typeof value === 'string' && value.length <= max;
const isOptional = (value: unknown, check: (present: unknown) => boolean) => value === undefined || check(value);
const isListOf = (value: unknown, max: number, check: (item: Fields) => boolean) =>
  Array.isArray(value) && value.length <= max && value.every((item) => isFields(item) && check(item));
const STRENGTHS: readonly unknown[] = ['strong', 'some', 'weak'];

/**
 * Whether a stored record can be shown on the first screen: by hand, every field the verdict card
 * reads (kind, reason, strength, page type, notes, the strongest reasons, the plan's name), so that
 * a stale or damaged record can neither break the popup nor put more than short text on screen.
 */
export function showableVerdict(value: unknown): value is Detection {
  if (!isFields(value)) return false;
  return (
    (detectionKinds as readonly unknown[]).includes(value.kind) &&
    isText(value.reason, 40) &&
    typeof value.confidence === 'number' &&
    isOptional(value.strength, (strength) => STRENGTHS.includes(strength)) &&
    isOptional(value.page, (page) => isText(page, 40)) &&
    isOptional(value.notes, (notes) => isListOf(notes, 5, (note) => isText(note.id, 40) && isText(note.snippet))) &&
    isListOf(
      value.evidence,
      200,
      (e) => isText(e.signalId, 80) && isText(e.label) && isText(e.side, 20) && isText(e.where, 20) && isText(e.dimension, 40),
    ) &&
    isOptional(value.insurer, (insurer) => isFields(insurer) && isText(insurer.name, 200))
  );
}
