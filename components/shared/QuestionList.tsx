import { useState } from 'react';
import { dimensions } from '@/data/dimensions';
import { questions, questionsAsText, questionsForDimension, questionsForSituation, type QuestionAnswer } from '@/data/questions';
import { situations, type Question, type Situation } from '@/data/schemas';
import { localText } from '@/data/i18n/local-text';
import { textKey } from '@/data/i18n/text-key';
import { saveSettings } from '@/lib/extension/settings';
import browser from 'webextension-polyfill';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { situationMessage } from './situationLabels';
import { CopyButton } from './CopyButton';
import { StateHint } from './StateHint';
import { useSettings } from './useSettings';

type Answers = Readonly<Partial<Record<string, QuestionAnswer>>>;

/**
 * The questions to ask, grouped by dimension: tick when asked, note the answer, copy all. With
 * `onChange` the answers are the provider's (saved); without, they live only while the popup is open.
 * With `bySituation` (the popup) the patient's situation picks at most six questions shown first;
 * the rest wait under "more questions".
 */
export function QuestionList({
  answers,
  onChange,
  bySituation = false,
}: {
  answers?: Answers;
  onChange?: (id: string, value: QuestionAnswer) => void;
  bySituation?: boolean;
}) {
  const [local, setLocal] = useState<Answers>({});
  const settings = useSettings();
  const [chosen, setChosen] = useState<Situation | undefined>();
  const situation = chosen ?? settings?.situation;
  const current = answers ?? local;
  const set = (id: string, value: QuestionAnswer) => (onChange ? onChange(id, value) : setLocal({ ...local, [id]: value }));
  const choose = (next: Situation) => {
    setChosen(next);
    void saveSettings(browser.storage.local, { situation: next });
  };
  const question = (q: Question) => {
    const value = current[q.id] ?? { asked: false, answer: '' };
    const questionText = localText(textKey('question', q.id, 'text'), q.text, currentLanguage());
    return (
      <div key={q.id} className="question" data-question={q.id}>
        <label>
          <input type="checkbox" checked={value.asked} onChange={(e) => set(q.id, { ...value, asked: e.target.checked })} />{' '}
          {questionText}
          {q.condition && <em className="muted"> ({t('questionForCondition', q.condition.replace('-', ' '))})</em>}
        </label>
        <details>
          <summary>{t('questionWhy')}</summary>
          <p>{localText(textKey('question', q.id, 'why'), q.why, currentLanguage())}</p>
        </details>
        <AnswerField saved={value.answer} label={`${t('questionAnswer')}: ${questionText}`} onCommit={(answer) => set(q.id, { ...value, answer })} />
      </div>
    );
  };
  const byDimension = (shown: readonly Question[]) =>
    dimensions.map((d) => {
      const list = questionsForDimension(d.id).filter((q) => shown.includes(q));
      return (
        list.length > 0 && (
          <div key={d.id} className="question-group">
            <h3>{localText(textKey('dimension', d.id, 'name'), d.name, currentLanguage())}</h3>
            {list.map(question)}
          </div>
        )
      );
    });
  const split = bySituation && settings ? questionsForSituation(situation ?? 'not-sure') : undefined;
  return (
    <div className="questions" data-testid="questions">
      {bySituation && settings && <SituationChoice situation={situation} onChoose={choose} />}
      <p className="muted">{t('questionsIntro')}</p>
      {settings && (settings.state ? <StateHint code={settings.state} /> : <p className="muted">{t('stateHintNoState')}</p>)}
      {split ? (
        <>
          <div className="question-group" data-testid="questions-first">
            <h3>{t('questionsForYou')}</h3>
            {split.first.map(question)}
          </div>
          <details data-testid="questions-more">
            <summary>{t('questionsMore', String(split.more.length))}</summary>
            {byDimension(split.more)}
          </details>
        </>
      ) : (
        byDimension(questions)
      )}
      <CopyButton label={t('copyAllAsText')} text={() => questionsAsText(questions, current)} testId="copy-questions" />
    </div>
  );
}

/** "What brings you here?": one choice, kept in the settings, changeable at any time. */
function SituationChoice({ situation, onChoose }: { situation: Situation | undefined; onChoose: (situation: Situation) => void }) {
  return (
    <fieldset className="situation" data-testid="situation">
      <legend>{t('situationHeading')}</legend>
      {!situation && <p className="muted">{t('situationIntro')}</p>}
      {situations.map((id) => (
        <label key={id}>
          <input type="radio" name="situation" value={id} checked={situation === id} onChange={() => onChoose(id)} /> {t(situationMessage[id])}
        </label>
      ))}
    </fieldset>
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
