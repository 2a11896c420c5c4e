import { useMemo, useState } from 'react';
import browser from 'webextension-polyfill';
import { prefillLines, prefillNote, templates, todayIso, validateNote, type NoteContext, type NoteField, type NoteValues, type TemplateId } from '@/lib/notes/note';
import { currentLanguage, t, type MessageKey } from '@/lib/extension/i18n';
import { noteLanguage } from '@/lib/notes/language';
import { localTemplate } from '@/lib/notes/local-template';
import { CopyButton } from './CopyButton';

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
  await browser.tabs.create({ url: browser.runtime.getURL('/print.html?print') });
}

const readerLabel: Record<'insurer' | 'provider' | 'physician', MessageKey> = {
  insurer: 'noteReader_insurer',
  provider: 'noteReader_provider',
  physician: 'noteReader_physician',
};

/** The form's state: the chosen template, its values, which fields were left, and the checked result. */
function useNoteForm(context: Omit<NoteContext, 'today'>, initialTemplate: TemplateId) {
  const today = todayIso();
  const [templateId, setTemplateId] = useState<TemplateId>(initialTemplate);
  const [values, setValues] = useState<NoteValues>(() => prefillNote(initialTemplate, { ...context, today }));
  const [prefilledFrom, setPrefilledFrom] = useState(() => prefillLines(initialTemplate, { ...context, today }));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const template = localTemplate(templates.find((x) => x.id === templateId)!, currentLanguage());
  const result = useMemo(() => validateNote(templateId, values), [templateId, values]);
  const errors = result.ok ? {} : result.errors;
  return {
    today,
    templateId,
    template,
    values,
    setValues,
    result,
    errors,
    prefilledFrom,
    errorFor: (path: string) => (touched.has(path) ? errors[path] : undefined),
    touch: (path: string) => setTouched((s) => new Set(s).add(path)),
    touchAll: () => setTouched(new Set(Object.keys(errors))),
    switchTo: (id: TemplateId, from: Omit<NoteContext, 'today'>) => {
      setTemplateId(id);
      setValues((old) => ({ ...old, ...prefillNote(id, { ...from, today }) }));
      setPrefilledFrom(prefillLines(id, { ...from, today }));
      setTouched(new Set());
    },
  };
}
type NoteForm = ReturnType<typeof useNoteForm>;

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
  const form = useNoteForm(context, initialTemplate);
  const { template, values, setValues } = form;
  return (
    <div className="note-composer" data-testid="note-composer">
      <label className="field">
        {t('noteChoose')}
        <select value={form.templateId} onChange={(e) => form.switchTo(e.target.value as TemplateId, context)} data-testid="note-template">
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {localTemplate(x, currentLanguage()).title}
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
      {prefillChoices.length > 0 && <PrefillPicker choices={prefillChoices} onPick={(choice) => form.switchTo(form.templateId, { ...context, ...choice.context })} />}
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        {template.fieldList.map((field) =>
          field.kind === 'cpt-lines' ? (
            <ServiceLines
              key={field.name}
              field={field}
              lines={(values[field.name] as NoteValues[] | undefined) ?? []}
              onChange={(lines) => setValues({ ...values, [field.name]: lines })}
              errorFor={form.errorFor}
              touch={form.touch}
            />
          ) : (
            <FieldInput
              key={field.name}
              field={field}
              path={field.name}
              value={values[field.name]}
              values={values}
              prefilledFrom={form.prefilledFrom[field.name]}
              error={form.errorFor(field.name)}
              onChange={(v) => setValues({ ...values, [field.name]: v })}
              onBlur={() => form.touch(field.name)}
            />
          ),
        )}
      </form>
      <NoteOutput form={form} />
    </div>
  );
}

function PrefillPicker({ choices, onPick }: { choices: readonly PrefillChoice[]; onPick: (choice: PrefillChoice) => void }) {
  return (
    <label className="field">
      {t('notePrefillFrom')}
      <select
        defaultValue=""
        data-testid="note-prefill"
        onChange={(e) => {
          const choice = choices.find((c) => c.id === e.target.value);
          if (choice) onPick(choice);
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

/** The note as it will be sent, with copy, download and print; or how many fields are left. */
function NoteOutput({ form }: { form: NoteForm }) {
  const { result, errors, templateId, today } = form;
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
            <button type="button" onClick={() => downloadText(`${templateId}-${today}.txt`, result.text)}>
              {t('noteDownload')}
            </button>
            <button type="button" onClick={() => void openPrintView(result.text)}>
              {t('notePrint')}
            </button>
          </div>
        </>
      ) : (
        <p className="muted" data-testid="note-incomplete">
          <button type="button" onClick={form.touchAll}>
            {t('noteIncomplete', String(Object.keys(errors).length))}
          </button>
        </p>
      )}
    </>
  );
}

function FieldInput({
  field,
  path,
  value,
  values = {},
  prefilledFrom,
  error,
  onChange,
  onBlur,
}: {
  field: NoteField;
  path: string;
  value: unknown;
  /** The whole form's values, for a field whose need depends on another (the license and the state). */
  values?: NoteValues;
  /** Where the page showed the prefilled value. */
  prefilledFrom?: string;
  error?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const id = `note-${path}`;
  const line = field.lineFor?.(values);
  const required = field.required || field.requiredWhen?.(values) === true;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : Array.isArray(value) ? value.join(', ') : '';
  const common = {
    id,
    value: text,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [error ? `${id}-error` : field.help && `${id}-help`, line && `${id}-line`, prefilledFrom && `${id}-from`].filter(Boolean).join(' ') || undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur,
  };
  return (
    <div className="field" data-field={path}>
      <label htmlFor={id}>
        {field.label}
        {required && <span className="muted"> ({t('requiredMark')})</span>}
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
      {prefilledFrom && (
        <small className="prefilled-from" id={`${id}-from`} data-testid="prefilled-from">
          {prefilledFrom}
        </small>
      )}
      {line && (
        <small className="field-line" id={`${id}-line`} data-testid="field-line">
          {line}
        </small>
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
