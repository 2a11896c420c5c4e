import { useState, type ChangeEvent } from 'react';
import { t } from '@/lib/extension/i18n';
import { MAX_BACKUP_CHARS, type Backup, type ImportPreview, type ImportResult, type ImportUndo, type UndoResult } from '@/lib/shortlist';
import { checkBackupFile } from '@/lib/shortlist/backup-check';
import type { ShortlistStore } from './useShortlistStore';

/**
 * A UTF-8 file is at least one byte per UTF-16 code unit and at most three (four for a pair):
 * a file over three bytes per allowed character is surely too long, without reading it.
 */
const MAX_BACKUP_BYTES = MAX_BACKUP_CHARS * 3;

/** Where an import stands: checking the file, showing what it will change, applied (with its undo), undone. */
export type ImportStep =
  | { step: 'checking' }
  | { step: 'preview'; backup: Backup; preview: ImportPreview }
  | { step: 'importing' }
  | { step: 'imported'; result: Extract<ImportResult, { ok: true }>; undo: ImportUndo }
  | { step: 'undone'; result: UndoResult }
  | { step: 'cancelled' }
  | { step: 'refused'; problems: string[] };

/**
 * A backup import in three moves: choose a file (checked off the main thread, then compared with
 * the shortlist: nothing is written), confirm what it will change, and undo it if need be.
 */
export function useBackupImport(run: ShortlistStore['run'], onChanged: () => Promise<void>) {
  const [state, setState] = useState<ImportStep | undefined>();

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // The same file can be chosen again (after fixing it, say).
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) return setState({ step: 'refused', problems: [t('backupTooLarge')] });
    setState({ step: 'checking' });
    const checked = await checkBackupFile(file);
    if (!checked.ok) return setState({ step: 'refused', problems: 'unreadable' in checked ? [t('backupReadFailed')] : checked.problems });
    const previewed = await run((s) => s.previewImport(checked.value));
    // On a failed read the store's message says why; nothing was written.
    setState(previewed.ok ? { step: 'preview', backup: checked.value, preview: previewed.value } : undefined);
  };

  const confirm = async () => {
    if (state?.step !== 'preview') return;
    const { backup } = state;
    setState({ step: 'importing' });
    const applied = await run((s) => s.applyImport(backup));
    setState(applied.ok ? { step: 'imported', ...applied.value } : undefined);
    if (applied.ok) await onChanged();
  };

  const undo = async () => {
    if (state?.step !== 'imported') return;
    const { undo: what } = state;
    const undone = await run((s) => s.undoImport(what));
    if (!undone.ok) return;
    setState({ step: 'undone', result: undone.value });
    await onChanged();
  };

  return {
    state,
    chooseFile,
    confirm,
    cancel: () => setState({ step: 'cancelled' }),
    undo,
    /** Shows the problems of something other than an import (a refused export) in the same place. */
    refuse: (problems: string[]) => setState({ step: 'refused', problems }),
    clear: () => setState(undefined),
  };
}
