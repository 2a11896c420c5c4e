import type { Detection } from '@/lib/detect/schema';
import { t } from '@/lib/i18n';
import { Checklist } from './Checklist';
import { ProviderCard } from './ProviderCard';
import { SaveToShortlist } from './SaveToShortlist';
import { useProviderEntry } from './useProviderEntry';

/** Everything the popup shows about a massage provider page. */
export function ProviderSections({ detection }: { detection: Detection }) {
  const entry = useProviderEntry(detection);
  const answers = entry.record?.checklist ?? {};
  return (
    <>
      <ProviderCard detection={detection} actions={<SaveToShortlist entry={entry} />} />
      <details className="card" open>
        <summary>
          <h2>{t('checklistHeading')}</h2>
        </summary>
        <Checklist
          evidence={detection.evidence}
          answers={answers}
          autoSaves={!entry.record}
          onChange={(dimension, value) => void entry.update({ checklist: { ...answers, [dimension]: value } })}
        />
      </details>
    </>
  );
}
