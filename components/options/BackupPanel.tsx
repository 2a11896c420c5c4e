import { useState } from 'react';
import { t } from '@/lib/extension/i18n';
import { measureExport } from '@/lib/extension/timing';
import { strengthMessage } from '@/lib/detect/verdict';
import { DEFAULT_SORT, exportableBackupText, localToday, providersToCsv, sortProviders, type ProviderRecord } from '@/lib/shortlist';
import { ImportPreviewCard } from './ImportPreviewCard';
import { useBackupImport, type ImportStep } from './useBackupImport';
import type { ShortlistStore } from './useShortlistStore';

/** Hands a file to the browser's downloads, as a link with `download` would. */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the object URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The CSV says how much the page showed in the same words as every other surface. */
const csvStrength = (provider: ProviderRecord): string => t(strengthMessage(provider));

/** The two exports; each says what it made, or (JSON) why it made nothing. */
function useBackupExports(run: ShortlistStore['run'], providersOnScreen: readonly ProviderRecord[] | undefined, refuse: (problems: string[]) => void) {
  const [exported, setExported] = useState<string | undefined>();

  const exportJson = async () => {
    const start = performance.now();
    const result = await run(async (s) => {
      const backup = await s.exportBackup();
      return { checked: exportableBackupText(backup), providers: backup.providers.length, visits: backup.visits.length };
    });
    if (!result.ok) return;
    const { checked } = result.value;
    // Never write a file that import would refuse: say what is wrong instead.
    if (!checked.ok) {
      setExported(undefined);
      return refuse([t('backupExportRefused'), ...checked.problems]);
    }
    download(`knead-to-know-backup-${localToday()}.json`, checked.value.text, 'application/json');
    measureExport('json', start);
    const made = t('backupExported', [String(result.value.providers), String(result.value.visits)]);
    setExported(checked.value.warning ? `${made} ${checked.value.warning}` : made);
  };

  const exportCsv = async () => {
    const start = performance.now();
    // The CSV is a view of the table: made from the list on screen when it is whole, in the table's
    // default order, so it needs no second read of every provider.
    const onScreen = providersOnScreen && sortProviders(providersOnScreen, DEFAULT_SORT);
    const result = onScreen
      ? { ok: true as const, value: { text: providersToCsv(onScreen, csvStrength), providers: onScreen.length } }
      : await run(async (s) => {
          const providers = await s.list();
          return { text: providersToCsv(providers, csvStrength), providers: providers.length };
        });
    if (!result.ok) return;
    // A byte order mark, so spreadsheet programs read the file as UTF-8.
    download(`knead-to-know-providers-${localToday()}.csv`, `\uFEFF${result.value.text}`, 'text/csv;charset=utf-8');
    measureExport('csv', start);
    setExported(t('backupCsvExported', String(result.value.providers)));
  };

  return { exported, clearExported: () => setExported(undefined), exportJson, exportCsv };
}

/** Where an import stands, in words, with its one next step (undo) where there is one. */
function ImportStatus({ state, onUndo }: { state: ImportStep | undefined; onUndo: () => void }) {
  switch (state?.step) {
    case 'checking':
      return <p role="status">{t('backupChecking')}</p>;
    case 'importing':
      return <p role="status">{t('backupImporting')}</p>;
    case 'cancelled':
      return <p role="status">{t('backupPreviewCancelled')}</p>;
    case 'imported':
      return (
        <p role="status" data-testid="import-result">
          {t('backupImported', [String(state.result.added), String(state.result.updated), String(state.result.skipped)])}{' '}
          <button type="button" data-testid="undo-import" onClick={onUndo}>
            {t('backupUndoImport')}
          </button>
        </p>
      );
    case 'undone':
      return (
        <p role="status" data-testid="import-undone">
          {state.result.kept === 0 ? t('backupImportUndone') : t('backupImportUndoneKept', String(state.result.kept))}
        </p>
      );
    case 'refused':
      return (
        <div role="alert" data-testid="import-problems">
          <p>{t('backupRefused')}</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      );
    default:
      return null;
  }
}

export function BackupPanel({
  run,
  onImported,
  providersOnScreen,
}: {
  run: ShortlistStore['run'];
  onImported: () => Promise<void>;
  /**
   * The whole list as this page holds it (every change here is written through, and the list is
   * read again when the page comes back into view), or undefined while it is still being read.
   */
  providersOnScreen?: readonly ProviderRecord[];
}) {
  const importing = useBackupImport(run, onImported);
  const exports = useBackupExports(run, providersOnScreen, importing.refuse);
  const exportThen = (work: () => Promise<void>) => {
    importing.clear();
    void work();
  };

  return (
    <section className="card backup" data-testid="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p className="muted">{t('backupIntro')}</p>
      <div className="actions">
        <button type="button" data-testid="export-json" onClick={() => exportThen(exports.exportJson)}>
          {t('backupDownloadJson')}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => exportThen(exports.exportCsv)}>
          {t('backupDownloadCsv')}
        </button>
      </div>
      <label className="field">
        {t('backupImport')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(e) => {
            exports.clearExported();
            void importing.chooseFile(e);
          }}
        />
        <small className="muted">{t('backupImportHelp')}</small>
      </label>
      {exports.exported && (
        <p role="status" data-testid="export-status">
          {exports.exported}
        </p>
      )}
      {importing.state?.step === 'preview' && (
        <ImportPreviewCard preview={importing.state.preview} onConfirm={() => void importing.confirm()} onCancel={importing.cancel} />
      )}
      <ImportStatus state={importing.state} onUndo={() => void importing.undo()} />
    </section>
  );
}
