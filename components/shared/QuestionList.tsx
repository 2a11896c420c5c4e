import { useState } from 'react';
import { dimensions } from '@/data/dimensions';
import { questions, questionsAsText, questionsForDimension, type QuestionAnswer } from '@/data/questions';
import { localText } from '@/data/i18n/local-text';
import { textKey } from '@/data/i18n/patient-texts';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { CopyButton } from './CopyButton';
import { StateHint } from './StateHint';
import { useSettings } from './useSettings';

type Answers = Readonly<Partial<Record<string, QuestionAnswer>>>;

/**
 * The questions to ask, grouped by dimension: tick when asked, note the answer, copy all. With
 * `onChange` the answers are the provider's (saved); without, they live only while the popup is open.
 */
export function QuestionList({ answers, onChange }: { answers?: Answers; onChange?: (id: string, value: QuestionAnswer) => void }) {
  const [local, setLocal] = useState<Answers>({});
  const settings = useSettings();
  const current = answers ?? local;
  const set = (id: string, value: QuestionAnswer) => (onChange ? onChange(id, value) : setLocal({ ...local, [id]: value }));
  return (
    <div className="questions" data-testid="questions">
      <p className="muted">{t('questionsIntro')}</p>
      {settings && (settings.state ? <StateHint code={settings.state} /> : <p className="muted">{t('stateHintNoState')}</p>)}
      {dimensions.map((d) => (
        <div key={d.id} className="question-group">
          <h3>{localText(textKey('dimension', d.id, 'name'), d.name, currentLanguage())}</h3>
          {questionsForDimension(d.id).map((q) => {
            const value = current[q.id] ?? { asked: false, answer: '' };
            return (
              <div key={q.id} className="question" data-question={q.id}>
                <label>
                  <input type="checkbox" checked={value.asked} onChange={(e) => set(q.id, { ...value, asked: e.target.checked })} />{' '}
                  {localText(textKey('question', q.id, 'text'), q.text, currentLanguage())}
                  {q.condition && <em className="muted"> ({t('questionForCondition', q.condition.replace('-', ' '))})</em>}
                </label>
                <details>
                  <summary>{t('questionWhy')}</summary>
                  <p>{localText(textKey('question', q.id, 'why'), q.why, currentLanguage())}</p>
                </details>
                <AnswerField saved={value.answer} label={`${t('questionAnswer')}: ${localText(textKey('question', q.id, 'text'), q.text, currentLanguage())}`} onCommit={(answer) => set(q.id, { ...value, answer })} />
              </div>
            );
          })}
        </div>
      ))}
      <CopyButton label={t('copyAllAsText')} text={() => questionsAsText(questions, current)} testId="copy-questions" />
    </div>
  );
}

function AnswerField({ saved, label, onCommit }: { saved: string; label: string; onCommit: (answer: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <textarea
      aria-label={label}
      placeholder={t('questionAnswer')}
      rows={1}
      maxLength={4000}
      value={draft ?? saved}
      onFocus={() => setDraft(saved)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft !== null && draft !== saved) onCommit(draft);
        setDraft(null);
      }}
    />
  );
}
