import { detectionKindTable } from '@/data/detection-kinds';
import type { DimensionId } from '@/data/schemas';
import type { Detection, Evidence } from '@/lib/detect/schema';
import type { MessageKey } from '@/lib/extension/i18n';

/** The sentence the popup leads with, as an i18n key and its substitution. */
export function verdictMessage(detection: Detection | undefined): { key: MessageKey; sub?: string } {
  if (!detection) return { key: 'verdictNotChecked' };
  const key = detectionKindTable[detection.kind].sentenceKey;
  if (detection.kind === 'insurer') return { key, sub: detection.insurer?.name ?? '' };
  if (detection.kind === 'none') {
    if (detection.reason === 'not-a-provider') return { key: 'verdictNoneNotProvider' };
    if (detection.reason === 'too-little-evidence') return { key: 'verdictNoneTooLittle' };
  }
  return { key };
}

export function confidenceMessage(confidence: number): MessageKey {
  if (confidence >= 0.7) return 'confidenceStrong';
  if (confidence >= 0.45) return 'confidenceModerate';
  return 'confidenceWeak';
}

/** Evidence grouped by dimension, in the order of the dimension table, strongest first. */
export function evidenceByDimension(
  evidence: readonly Evidence[],
  order: readonly DimensionId[],
): { dimension: DimensionId; items: Evidence[] }[] {
  return order
    .map((dimension) => ({
      dimension,
      items: evidence.filter((e) => e.dimension === dimension).sort((a, b) => b.weight - a.weight),
    }))
    .filter((g) => g.items.length > 0);
}

/** Whether the detection is about a massage provider (clinical, spa or both). */
export const isMassageProvider = (d: Detection | undefined): d is Detection =>
  !!d && detectionKindTable[d.kind].massageProvider;
