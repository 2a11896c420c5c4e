import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { t, type MessageKey } from '@/lib/extension/i18n';
import {
  checkVisitDraft,
  emptyVisitDraft,
  localToday,
  visitToDraft,
  type ProviderRecord,
  type VisitDraft,
  type VisitProblem,
  type VisitProblems,
  type VisitRecord,
} from '@/lib/shortlist';
import { VisitChart } from '@/components/shared/VisitChart';
import { addressLine } from '@/lib/detect/address';
import { formatDay } from './shortlistLabels';
import type { ShortlistStore } from './useShortlistStore';

const problemMessage: Record<VisitProblem, MessageKey> = {
  'date-missing': 'visitErrDateMissing',
  'date-invalid': 'visitErrDateInvalid',
  'date-future': 'visitErrDateFuture',
  'pain-not-whole': 'visitErrPainWhole',
  'pain-range': 'visitErrPainRange',
  'too-long': 'visitErrTooLong',
};

/** The class on <body> while the visit log is being printed: the print stylesheet shows only it. */
const PRINTING_CLASS = 'printing-visit-log';

const pain = (before?: number, after?: number) => `${before ?? '–'} → ${after ?? '–'}`;

/** The provider's visits, read when the provider changes, and a way to read them again. */
function useVisits(providerId: string, run: ShortlistStore['run']) {
  const [visits, setVisits] = useState<VisitRecord[] | undefined>();
  useEffect(() => {
    let live = true;
    void run((s) => s.visitsFor(providerId)).then((result) => {
      if (live && result.ok) setVisits(result.value);
    });
    return () => {
      live = false;
    };
  }, [providerId, run]);
  const refresh = useCallback(async () => {
    const result = await run((s) => s.visitsFor(providerId));
    if (result.ok) setVisits(result.value);
  }, [providerId, run]);
  return { visits, refresh };
}

/** Prints only the visit log: the class on <body> tells the print stylesheet, until the dialog closes. */
function usePrintVisitLog() {
  useEffect(
    () => () => {
      document.body.classList.remove(PRINTING_CLASS);
    },
    [],
  );
  return () => {
    const done = () => {
      document.body.classList.remove(PRINTING_CLASS);
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    document.body.classList.add(PRINTING_CLASS);
    window.print();
  };
}

/** The add/edit form's draft and problems, and deleting with undo; every change reads the visits again. */
function useVisitEditor(providerId: string, run: ShortlistStore['run'], refresh: () => Promise<void>) {
  const [editing, setEditing] = useState<VisitRecord | undefined>();
  const [draft, setDraft] = useState<VisitDraft>(emptyVisitDraft);
  const [problems, setProblems] = useState<VisitProblems | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [deleted, setDeleted] = useState<VisitRecord | undefined>();

  const change = (field: keyof VisitDraft, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    // Once the patient has tried to save, the messages follow their corrections as they type.
    if (problems) {
      const checked = checkVisitDraft(next);
      setProblems(checked.ok ? {} : checked.problems);
    }
  };
  const startEditing = (visit: VisitRecord) => {
    setEditing(visit);
    setDraft(visitToDraft(visit));
    setProblems(undefined);
    setMessage(undefined);
  };
  const stopEditing = () => {
    setEditing(undefined);
    setDraft(emptyVisitDraft);
    setProblems(undefined);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkVisitDraft(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    const result = editing
      ? await run((s) => s.updateVisit(editing.id, checked.visit))
      : await run((s) => s.addVisit({ providerId, ...checked.visit }));
    if (!result.ok) return; // the store's message is shown; the form keeps what was typed
    setMessage(t(editing ? 'visitSaved' : 'visitAdded', formatDay(checked.visit.date)));
    setDeleted(undefined);
    stopEditing();
    await refresh();
  };
  const remove = async (visit: VisitRecord) => {
    const result = await run((s) => s.deleteVisit(visit.id));
    if (!result.ok) return;
    if (editing?.id === visit.id) stopEditing();
    setDeleted(result.value);
    setMessage(undefined);
    await refresh();
  };
  const undo = async () => {
    if (!deleted) return;
    const result = await run((s) => s.restoreVisit(deleted));
    if (!result.ok) return;
    setDeleted(undefined);
    await refresh();
  };
  return { editing, draft, problems, message, deleted, change, startEditing, stopEditing, submit, remove, undo };
}

type VisitEditor = ReturnType<typeof useVisitEditor>;

/** The patient's own record of visits to one provider: add, edit, delete (with undo), print. */
export function VisitLog({ provider, run }: { provider: ProviderRecord; run: ShortlistStore['run'] }) {
  const { visits, refresh } = useVisits(provider.id, run);
  const editor = useVisitEditor(provider.id, run, refresh);
  const print = usePrintVisitLog();
  return (
    <section className="visit-log" data-testid="visit-log" aria-labelledby="visit-log-heading">
      <h3 id="visit-log-heading">{t('visitsHeading')}</h3>
      <p className="muted">{t('visitsIntro')}</p>
      {visits && visits.length === 0 && <p data-testid="visits-none">{t('visitsNone')}</p>}
      {visits && visits.length > 0 && (
        <>
          <section className="visit-chart-section" aria-labelledby="visit-chart-heading">
            <h4 id="visit-chart-heading">{t('chartHeading')}</h4>
            <VisitChart visits={visits} providerName={provider.name} />
          </section>
          <VisitTable visits={visits} onEdit={editor.startEditing} onDelete={(v) => void editor.remove(v)} />
        </>
      )}
      <VisitStatus editor={editor} />
      <VisitForm editor={editor} providerId={provider.id} onPrint={print} canPrint={visits !== undefined} />
      {visits && createPortal(<VisitPrint provider={provider} visits={visits} />, document.body)}
    </section>
  );
}

function VisitTable({ visits, onEdit, onDelete }: { visits: VisitRecord[]; onEdit: (v: VisitRecord) => void; onDelete: (v: VisitRecord) => void }) {
  return (
    <table className="visits" data-testid="visit-list">
      <thead>
        <tr>
          <th scope="col">{t('visitDate')}</th>
          <th scope="col">{t('visitPain')}</th>
          <th scope="col">{t('visitRangeOfMotion')}</th>
          <th scope="col">{t('visitNotes')}</th>
          <th scope="col">{t('visitActions')}</th>
        </tr>
      </thead>
      <tbody>
        {visits.map((v) => (
          <tr key={v.id} data-visit={v.id} data-date={v.date}>
            <td>{formatDay(v.date)}</td>
            <td>{pain(v.painBefore, v.painAfter)}</td>
            <td className="pre">{v.rangeOfMotion}</td>
            <td className="pre">{v.notes}</td>
            <td className="row-actions">
              <button type="button" aria-label={t('visitEditLabel', formatDay(v.date))} onClick={() => onEdit(v)}>
                {t('visitEdit')}
              </button>
              <button type="button" aria-label={t('visitDeleteLabel', formatDay(v.date))} onClick={() => onDelete(v)}>
                {t('visitDelete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Deleted, undo" after a delete; otherwise what the last save did. */
function VisitStatus({ editor: { deleted, message, undo } }: { editor: VisitEditor }) {
  if (deleted)
    return (
      <p role="status" data-testid="visit-undo">
        {t('visitDeleted', formatDay(deleted.date))}{' '}
        <button type="button" onClick={() => void undo()}>
          {t('shortlistUndo')}
        </button>
      </p>
    );
  if (!message) return null;
  return (
    <p role="status" data-testid="visit-status">
      {message}
    </p>
  );
}

function VisitForm({ editor, providerId, onPrint, canPrint }: { editor: VisitEditor; providerId: string; onPrint: () => void; canPrint: boolean }) {
  const { editing, draft, problems, change } = editor;
  const hasProblems = problems !== undefined && Object.keys(problems).length > 0;
  return (
    <form className="visit-form" data-testid="visit-form" noValidate onSubmit={(e) => void editor.submit(e)}>
      <h4>{editing ? t('visitEditHeading', formatDay(editing.date)) : t('visitAddHeading')}</h4>
      {hasProblems && (
        <p role="alert" data-testid="visit-errors">
          {t('visitFixErrors')}
        </p>
      )}
      <div className="visit-fields">
        <Field name="date" label={t('visitDate')} problem={problems?.date}>
          {(props) => <input {...props} type="date" max={localToday()} value={draft.date} onChange={(e) => change('date', e.target.value)} />}
        </Field>
        <Field name="painBefore" label={t('visitPainBefore')} problem={problems?.painBefore}>
          {(props) => (
            <input {...props} type="number" min={0} max={10} step={1} inputMode="numeric" value={draft.painBefore} onChange={(e) => change('painBefore', e.target.value)} />
          )}
        </Field>
        <Field name="painAfter" label={t('visitPainAfter')} problem={problems?.painAfter}>
          {(props) => (
            <input {...props} type="number" min={0} max={10} step={1} inputMode="numeric" value={draft.painAfter} onChange={(e) => change('painAfter', e.target.value)} />
          )}
        </Field>
      </div>
      <Field name="rangeOfMotion" label={t('visitRangeOfMotion')} problem={problems?.rangeOfMotion} help={t('visitRangeOfMotionHelp')}>
        {(props) => <textarea {...props} rows={2} maxLength={2000} value={draft.rangeOfMotion} onChange={(e) => change('rangeOfMotion', e.target.value)} />}
      </Field>
      <Field name="notes" label={t('visitNotes')} problem={problems?.notes}>
        {(props) => <textarea {...props} rows={3} maxLength={4000} value={draft.notes} onChange={(e) => change('notes', e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" data-testid="visit-submit">
          {editing ? t('visitSave') : t('visitAdd')}
        </button>
        {editing && (
          <button type="button" onClick={editor.stopEditing}>
            {t('visitCancel')}
          </button>
        )}
        <button type="button" data-testid="print-visits" onClick={onPrint} disabled={!canPrint}>
          {t('visitPrint')}
        </button>
        <a href={`/print.html?summary&provider=${encodeURIComponent(providerId)}`} target="_blank" rel="noopener" data-testid="open-provider-summary">
          {t('summaryOpen')}
        </a>
      </div>
    </form>
  );
}

interface FieldInputProps {
  id: string;
  'data-field': string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

function Field({
  name,
  label,
  problem,
  help,
  children,
}: {
  name: keyof VisitDraft;
  label: string;
  problem: VisitProblem | undefined;
  help?: string;
  children: (props: FieldInputProps) => ReactNode;
}) {
  const id = `${useId()}-${name}`;
  const described = [help && `${id}-help`, problem && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-visit-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'data-field': name, 'aria-invalid': problem ? true : undefined, 'aria-describedby': described })}
      {help && (
        <small id={`${id}-help`} className="muted">
          {help}
        </small>
      )}
      {problem && (
        <small id={`${id}-error`} className="error" data-testid={`visit-error-${name}`}>
          {t(problemMessage[problem])}
        </small>
      )}
    </div>
  );
}

/** What the physician gets: who, where, and every visit; shown only when printing. */
function VisitPrint({ provider, visits }: { provider: ProviderRecord; visits: VisitRecord[] }) {
  const address = addressLine(provider.address);
  return (
    <section className="visit-print" data-testid="visit-print" aria-hidden="true">
      <h1>{t('visitPrintTitle', provider.name)}</h1>
      <p>{[address, provider.phone, provider.url].filter(Boolean).join(' · ')}</p>
      {provider.credentials.length > 0 && (
        <p>
          {t('detailCredentials')}: {provider.credentials.map((c) => c.text).join('; ')}
        </p>
      )}
      {visits.length === 0 ? (
        <p>{t('visitPrintNoVisits')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('visitDate')}</th>
              <th scope="col">{t('visitPainBefore')}</th>
              <th scope="col">{t('visitPainAfter')}</th>
              <th scope="col">{t('visitRangeOfMotion')}</th>
              <th scope="col">{t('visitNotes')}</th>
            </tr>
          </thead>
          <tbody>
            {visits.map((v) => (
              <tr key={v.id}>
                <td>{formatDay(v.date)}</td>
                <td>{v.painBefore ?? '–'}</td>
                <td>{v.painAfter ?? '–'}</td>
                <td className="pre">{v.rangeOfMotion}</td>
                <td className="pre">{v.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="footer">{t('visitPrintFooter', formatDay(localToday()))}</p>
    </section>
  );
}
