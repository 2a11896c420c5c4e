import { detectionKindTable, type DetectionKind } from '@/data/detection-kinds';
import type { DimensionId } from '@/data/schemas';
import type { Detection, Evidence } from '@/lib/detect/schema';
import type { ListingStrength } from '@/lib/detect/listing-schema';
import type { MessageKey } from '@/lib/extension/i18n';

/** The sentence the popup leads with, as an i18n key and its substitution. */
export function verdictMessage(detection: Detection | undefined): { key: MessageKey; sub?: string } {
  if (!detection) return { key: 'verdictNotChecked' };
  const key = detectionKindTable[detection.kind].sentenceKey;
  if (detection.kind === 'insurer') return { key, sub: detection.insurer?.name ?? '' };
  if (detection.kind === 'none') {
    if (detection.reason === 'article') return { key: 'verdictNoneArticle' };
    if (detection.reason === 'results-page') return { key: 'verdictNoneResults' };
    if (detection.reason === 'not-a-provider') return { key: 'verdictNoneNotProvider' };
    if (detection.reason === 'too-little-evidence') return { key: 'verdictNoneTooLittle' };
  }
  if (detection.reason === 'article') return { key: 'verdictArticleOfPractice' };
  return { key };
}

/** The line under the verdict that says what this page of the site is, where it helps. */
export function pageLine(detection: Detection | undefined): MessageKey | undefined {
  if (!detection?.page || !isMassageProvider(detection) || detection.reason === 'article') return undefined;
  return `pageType_${detection.page}`;
}

/** One vocabulary for how much a verdict rests on, on every surface: never a percentage. */
export function strengthMessage(detection: Pick<Detection, 'confidence' | 'strength'>): MessageKey {
  const strength = detection.strength ?? (detection.confidence >= 0.7 ? 'strong' : detection.confidence >= 0.45 ? 'some' : 'weak');
  return strength === 'strong' ? 'confidenceStrong' : strength === 'some' ? 'confidenceModerate' : 'confidenceWeak';
}

const NOTE_KEYS = {
  'massage-cash-pay': 'noteMassageCashPay',
  'no-insurance-billing': 'noteNoInsuranceBilling',
  'multi-service-clinic': 'noteMultiServiceClinic',
} as const satisfies Record<NonNullable<Detection['notes']>[number]['id'], MessageKey>;

/** What the page says that changes how to read its verdict, each as a message and its quote. */
export function verdictNotes(detection: Detection | undefined): { key: MessageKey; quote: string }[] {
  return (detection?.notes ?? []).map((note) => ({ key: NOTE_KEYS[note.id], quote: note.snippet }));
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

/**
 * The two or three strongest reasons for the verdict, for the popup's first screen: evidence on the
 * side the verdict rests on (both sides for a mix), found on this page before the site's menu or
 * footer, heaviest first, one per signal.
 */
export function topReasons(detection: Detection, count = 3): Evidence[] {
  const side = detection.kind === 'clinical-massage' ? 'clinical' : detection.kind === 'recreational-massage' ? 'recreational' : undefined;
  const supporting = side ? detection.evidence.filter((e) => e.side === side) : detection.evidence;
  const pool = supporting.length > 0 ? supporting : detection.evidence;
  const seen = new Set<string>();
  return [...pool]
    .sort((a, b) => Number(a.where === 'site') - Number(b.where === 'site') || b.weight - a.weight)
    .filter((e) => !seen.has(e.signalId) && seen.add(e.signalId))
    .slice(0, count);
}

/**
 * The one next step that fits what the page is: check the plan on an insurer's page; pay and ask
 * for a superbill where the page says massage is cash-pay; check the plan where the practice bills
 * insurance; ask the questions where it looks clinical or mixed; save a spa for later.
 */
export function nextStep(detection: Detection | undefined): MessageKey | undefined {
  if (!detection) return undefined;
  if (detection.kind === 'insurer') return 'nextStepPlanPage';
  if (!isMassageProvider(detection)) return undefined;
  const notes = new Set((detection.notes ?? []).map((n) => n.id));
  if (notes.has('massage-cash-pay') || notes.has('no-insurance-billing')) return 'nextStepSuperbill';
  if (detection.kind === 'clinical-massage' && detection.evidence.some((e) => e.dimension === 'billing' && e.side === 'clinical')) return 'nextStepCheckPlan';
  if (detection.kind === 'recreational-massage') return 'nextStepSave';
  return 'nextStepAskQuestions';
}

const LISTING_WORDS: Record<DetectionKind, { chip: MessageKey; clear: MessageKey; leans: MessageKey }> = {
  'clinical-massage': { chip: 'listingChipClinical', clear: 'listingClinicalClear', leans: 'listingClinicalLeans' },
  'recreational-massage': { chip: 'listingChipSpa', clear: 'listingSpaClear', leans: 'listingSpaLeans' },
  'mixed-massage': { chip: 'listingChipMixed', clear: 'listingMixedClear', leans: 'listingMixedLeans' },
  none: { chip: 'listingChipUnclear', clear: 'listingUnclear', leans: 'listingUnclear' },
  insurer: { chip: 'listingChipUnclear', clear: 'listingUnclear', leans: 'listingUnclear' },
};

/** A listing's verdict in words: the chip's short label and its one-line explanation. */
export function listingVerdictWords(kind: DetectionKind, strength: ListingStrength): { chip: MessageKey; title: MessageKey } {
  const words = LISTING_WORDS[kind];
  return { chip: words.chip, title: strength === 'clear' ? words.clear : words.leans };
}
