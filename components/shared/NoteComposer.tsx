import { useMemo, useState } from 'react';
import browser from 'webextension-polyfill';
import { prefillNote, templates, todayIso, validateNote, type NoteContext, type NoteField, type NoteResult, type NoteValues, type TemplateId } from '@/lib/notes/note';
import { currentLanguage, t, type MessageKey } from '@/lib/extension/i18n';
import { noteLanguage } from '@/lib/notes/language';
import { CopyButton } from './CopyButton';
import { localTemplate } from '@/lib/notes/local-template';

export const PRINT_NOTE_KEY = 'print-note';

export interface PrefillChoice {
  id: string;
  label: string;
  context: Omit<NoteContext, 'today'>;
}

function downloadText(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function openPrintView(text: string) {
  // The note holds personal details: it goes through session storage, not the address bar.
  await browser.storage.session.set({ [PRINT_NOTE_KEY]: text });
  await browser.tabs.create({ url: browser.runtime.getURL('/print.html') });
}

const readerLabel: Record<'insurer' | 'provider' | 'physician', MessageKey> = {
  insurer: 'noteReader_insurer',
  provider: 'noteReader_provider',
  physician: 'noteReader_physician',
};

/** Fill in a note template with a live preview; prefilled from the page, a saved provider or settings. */
export function NoteComposer({
  context,
  initialTemplate = 'reimbursement-cover-note',
  prefillChoices = [],
}: {
  context: Omit<NoteContext, 'today'>;
  initialTemplate?: TemplateId;
  prefillChoices?: readonly PrefillChoice[];
}) {
  const today = todayIso();
  const [templateId, setTemplateId] = useState<TemplateId>(initialTemplate);
  const [values, setValues] = useState<NoteValues>(() => prefillNote(initialTemplate, { ...context, today }));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const lang = currentLanguage();
  const template = localTemplate(templates.find((x) => x.id === templateId)!, lang);
  const result = useMemo(() => validateNote(templateId, values), [templateId, values]);
  const errors = result.ok ? {} : result.errors;
  const errorFor = (path: string) => (touched.has(path) ? errors[path] : undefined);
  const touch = (path: string) => setTouched((s) => new Set(s).add(path));

  const switchTo = (id: TemplateId, from: Omit<NoteContext, 'today'>) => {
    setTemplateId(id);
    setValues((old) => ({ ...old, ...prefillNote(id, { ...from, today }) }));
    setTouched(new Set());
  };

  return (
    <div className="note-composer" data-testid="note-composer">
      <label className="field">
        {t('noteChoose')}
        <select value={templateId} onChange={(e) => switchTo(e.target.value as TemplateId, context)} data-testid="note-template">
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {localTemplate(x, lang).title}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{template.description}</p>
      {template.audience !== 'patient' && noteLanguage(template.audience, currentLanguage()).englishForReader && (
        <p className="muted" lang={currentLanguage()} data-testid="note-language">
          {t('noteEnglishForReader', t(readerLabel[template.audience]))}
        </p>
      )}
      <p className="still-to-fill" data-testid="still-to-fill">{template.patientFills}</p>
      {prefillChoices.length > 0 && (
        <PrefillFrom choices={prefillChoices} onChoose={(choice) => switchTo(templateId, { ...context, ...choice.context })} />
      )}
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        {template.fieldList.map((field) =>
          field.kind === 'cpt-lines' ? (
            <ServiceLines
              key={field.name}
              field={field}
              lines={(values[field.name] as NoteValues[] | undefined) ?? []}
              onChange={(lines) => setValues({ ...values, [field.name]: lines })}
              errorFor={errorFor}
              touch={touch}
            />
          ) : (
            <FieldInput
              key={field.name}
              field={field}
              path={field.name}
              value={values[field.name]}
              error={errorFor(field.name)}
              onChange={(v) => setValues({ ...values, [field.name]: v })}
              onBlur={() => touch(field.name)}
            />
          ),
        )}
      </form>
      <NotePreview result={result} fileName={`${templateId}-${today}.txt`} onShowMissing={() => setTouched(new Set(Object.keys(errors)))} />
    </div>
  );
}

function FieldInput({
  field,
  path,
  value,
  error,
  onChange,
  onBlur,
}: {
  field: NoteField;
  path: string;
  value: unknown;
  error?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const id = `note-${path}`;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : Array.isArray(value) ? value.join(', ') : '';
  const common = {
    id,
    value: text,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : field.help ? `${id}-help` : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur,
  };
  return (
    <div className="field" data-field={path}>
      <label htmlFor={id}>
        {field.label}
        {field.required && <span className="muted"> ({t('requiredMark')})</span>}
      </label>
      {field.kind === 'textarea' ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={field.kind === 'date' ? 'date' : 'text'} inputMode={field.kind === 'npi' ? 'numeric' : undefined} {...common} />
      )}
      {error ? (
        <span className="error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : (
        field.help && (
          <small className="muted" id={`${id}-help`}>
            {field.help}
          </small>
        )
      )}
    </div>
  );
}

function ServiceLines({
  field,
  lines,
  onChange,
  errorFor,
  touch,
}: {
  field: NoteField;
  lines: NoteValues[];
  onChange: (lines: NoteValues[]) => void;
  errorFor: (path: string) => string | undefined;
  touch: (path: string) => void;
}) {
  return (
    <fieldset className="service-lines" data-field={field.name}>
      <legend>{field.label}</legend>
      {errorFor(field.name) && (
        <span className="error" role="alert">
          {errorFor(field.name)}
        </span>
      )}
      {lines.map((line, i) => (
        <fieldset key={i} className="service-line">
          <legend>{t('noteLine', String(i + 1))}</legend>
          {(field.itemFields ?? []).map((item) => {
            const path = `${field.name}.${i}.${item.name}`;
            return (
              <FieldInput
                key={item.name}
                field={item}
                path={path}
                value={line[item.name]}
                error={errorFor(path)}
                onChange={(v) => onChange(lines.map((l, j) => (j === i ? { ...l, [item.name]: v } : l)))}
                onBlur={() => touch(path)}
              />
            );
          })}
          <button type="button" onClick={() => onChange(lines.filter((_, j) => j !== i))}>
            {t('noteRemoveLine', String(i + 1))}
          </button>
        </fieldset>
      ))}
      <button type="button" data-testid="add-service-line" onClick={() => onChange([...lines, {}])}>
        {t('noteAddLine')}
      </button>
    </fieldset>
  );
}

/** The note as it will read, with copy, download and print; or what is still missing. */
function NotePreview({ result, fileName, onShowMissing }: { result: NoteResult; fileName: string; onShowMissing: () => void }) {
  return (
    <>
      <h3>{t('notePreview')}</h3>
      {result.ok ? (
        <>
          <pre className="note-preview" data-testid="note-preview">
            {result.text}
          </pre>
          <div className="actions">
            <CopyButton label={t('noteCopy')} text={() => result.text} testId="copy-note" />
            <button type="button" onClick={() => downloadText(fileName, result.text)}>
              {t('noteDownload')}
            </button>
            <button type="button" onClick={() => void openPrintView(result.text)}>
              {t('notePrint')}
            </button>
          </div>
        </>
      ) : (
        <p className="muted" data-testid="note-incomplete">
          <button type="button" onClick={onShowMissing}>
            {t('noteIncomplete', String(Object.keys(result.errors).length))}
          </button>
        </p>
      )}
    </>
  );
}

/** "Fill in from": a saved provider or the page, whose facts prefill the note. */
function PrefillFrom({ choices, onChoose }: { choices: readonly PrefillChoice[]; onChoose: (choice: PrefillChoice) => void }) {
  return (
    <label className="field">
      {t('notePrefillFrom')}
      <select
        defaultValue=""
        data-testid="note-prefill"
        onChange={(e) => {
          const choice = choices.find((c) => c.id === e.target.value);
          if (choice) onChoose(choice);
        }}
      >
        <option value="">{t('notePrefillNone')}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  
  );
}
