import { Suspense, lazy, useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { t } from '@/lib/extension/i18n';
import { PRINT_NOTE_KEY } from '@/components/shared/NoteComposer';

// Loaded only for the summary, so printing a note stays as light as before.
const PhysicianSummary = lazy(() => import('./PhysicianSummary').then((m) => ({ default: m.PhysicianSummary })));

/**
 * The print page: `print.html?summary` (optionally `&provider=<id>`) is the physician's summary of
 * the visit logs; plain `print.html` shows the note the patient composed, and `print.html?print`
 * (as the composer opens it) also opens the print dialog.
 */
export function PrintView({ search = window.location.search }: { search?: string }) {
  const query = new URLSearchParams(search);
  if (query.has('summary'))
    return (
      <Suspense fallback={null}>
        <PhysicianSummary providerId={query.get('provider') ?? undefined} />
      </Suspense>
    );
  return <NotePrint openDialog={query.has('print')} />;
}

/**
 * A plain page with just the note, for the browser's print dialog. The dialog opens only when the
 * composer asked for it, not each time the tab is reloaded or restored.
 */
function NotePrint({ openDialog }: { openDialog: boolean }) {
  const [text, setText] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    browser.storage.session.get(PRINT_NOTE_KEY).then((stored) => {
      const value = stored[PRINT_NOTE_KEY];
      setText(typeof value === 'string' ? value : null);
    });
  }, []);
  useEffect(() => {
    if (text && openDialog) window.print();
  }, [text, openDialog]);
  if (text === undefined) return null;
  return (
    <main className="print-view">
      <h1 className="visually-hidden">{t('printNoteHeading')}</h1>
      {text ? <pre data-testid="print-note">{text}</pre> : <p>{t('printNothing')}</p>}
    </main>
  );
}
