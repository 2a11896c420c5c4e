import type { Detection } from '@/lib/detect/schema';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { Checklist } from '@/components/shared/Checklist';
import { ProviderCard } from './ProviderCard';
import { QuestionList } from '@/components/shared/QuestionList';
import { SaveToShortlist } from './SaveToShortlist';
import { useProviderEntry } from './useProviderEntry';
import { useSettings } from '@/components/shared/useSettings';
import { localField } from '@/data/i18n/local-text';

/** Everything the popup shows about a massage provider page. */
export function ProviderSections({ detection }: { detection: Detection }) {
  const entry = useProviderEntry(detection);
  const settings = useSettings();
  const answers = entry.record?.checklist ?? {};
  return (
    <>
      <ProviderCard detection={detection} patientState={settings?.state} actions={<SaveToShortlist entry={entry} />} />
      {detection.ambiguous.length > 0 && (
        // Words spas and clinics both use: context, never a reason, so after the provider and closed.
        <details className="card" data-testid="also-mentioned">
          <summary>
            <h2>{t('ambiguousHeading')}</h2>
          </summary>
          <ul className="ambiguous">
            {detection.ambiguous.map((a) => (
              <li key={a.id}>{localField('ambiguous', a.id, 'note', a.note, currentLanguage())}</li>
            ))}
          </ul>
        </details>
      )}
      <details className="card" data-testid="checklist-section">
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
      <details className="card" data-testid="questions-section">
        <summary>
          <h2>{t('questionsHeading')}</h2>
        </summary>
        <QuestionList
          bySituation
          answers={entry.record?.questions ?? {}}
          onChange={(id, value) => void entry.update({ questions: { ...entry.record?.questions, [id]: value } })}
        />
      </details>
    </>
  );
}
