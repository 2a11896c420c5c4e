import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { t } from '@/lib/extension/i18n';
import { PRINT_NOTE_KEY } from '@/components/shared/NoteComposer';

/** A plain page with just the note, for the browser's print dialog. */
export function PrintView() {
  const [text, setText] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    browser.storage.session.get(PRINT_NOTE_KEY).then((stored) => {
      const value = stored[PRINT_NOTE_KEY];
      setText(typeof value === 'string' ? value : null);
    });
  }, []);
  useEffect(() => {
    if (text) window.print();
  }, [text]);
  if (text === undefined) return null;
  return <main className="print-view">{text ? <pre data-testid="print-note">{text}</pre> : <p>{t('printNothing')}</p>}</main>;
}
