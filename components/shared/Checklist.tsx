import { useId, useState } from 'react';
import { dimensions } from '@/data/dimensions';
import type { DimensionId } from '@/data/schemas';
import type { Evidence } from '@/lib/detect/schema';
import { localText } from '@/data/i18n/local-text';
import { signalLabelFromEnglish } from '@/data/i18n/signal-label-by-text';
import { textKey } from '@/data/i18n/text-key';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { checklistAnswers, type ChecklistAnswer, type ProviderRecord } from '@/lib/shortlist';

const answerLabel: Record<ChecklistAnswer, Parameters<typeof t>[0]> = {
  'clinical-like': 'answerClinical',
  'spa-like': 'answerSpa',
  unknown: 'answerUnknown',
};

type Answers = ProviderRecord['checklist'];

/**
 * One row per dimension: what the page says, and the patient's own finding after a call. The
 * evidence comes from the page's detection, or from the saved summary in the options page.
 */
export function Checklist({
  evidence,
  answers,
  onChange,
  autoSaves,
}: {
  evidence: readonly Pick<Evidence, 'dimension' | 'side' | 'label'>[];
  answers: Answers;
  onChange: (dimension: DimensionId, value: { answer: ChecklistAnswer; note: string }) => void;
  autoSaves?: boolean;
}) {
  const baseId = useId();
  return (
    <div className="checklist" data-testid="checklist">
      <p className="muted">
        {t('checklistIntro')} {autoSaves && t('checklistAutoSaved')}
      </p>
      {dimensions.map((d) => {
        const said = evidence.filter((e) => e.dimension === d.id);
        const current = answers[d.id] ?? { answer: 'unknown' as const, note: '' };
        const groupName = `${baseId}-${d.id}`;
        return (
          <fieldset key={d.id} className="checklist-row" data-dimension={d.id}>
            <legend>
              <strong>{localText(textKey('dimension', d.id, 'name'), d.name, currentLanguage())}</strong> —{' '}
              {localText(textKey('dimension', d.id, 'checklistPrompt'), d.checklistPrompt, currentLanguage())}
            </legend>
            <p className="page-says">
              {said.length ? `${t('checklistPageSays')} ${said.map((e) => signalLabelFromEnglish(e.label, currentLanguage())).join('; ')}.` : t('checklistPageSilent')}
            </p>
            <div role="radiogroup" aria-label={`${t('checklistYourAnswer')}: ${localText(textKey('dimension', d.id, 'name'), d.name, currentLanguage())}`}>
              {checklistAnswers.map((answer) => (
                <label key={answer}>
                  <input
                    type="radio"
                    name={groupName}
                    value={answer}
                    checked={current.answer === answer}
                    onChange={() => onChange(d.id, { answer, note: current.note })}
                  />{' '}
                  {t(answerLabel[answer])}
                </label>
              ))}
            </div>
            <NoteField saved={current.note} onCommit={(note) => onChange(d.id, { answer: current.answer, note })} />
          </fieldset>
        );
      })}
    </div>
  );
}

/** A note that the patient edits freely and that is written back when they leave the field. */
function NoteField({ saved, onCommit }: { saved: string; onCommit: (note: string) => void }) {
  // While the field has focus it shows the draft; otherwise whatever is saved, which may arrive late.
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="note">
      {t('checklistNote')}
      <textarea
        value={draft ?? saved}
        maxLength={2000}
        rows={2}
        onFocus={() => setDraft(saved)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== saved) onCommit(draft);
          setDraft(null);
        }}
      />
    </label>
  );
}
