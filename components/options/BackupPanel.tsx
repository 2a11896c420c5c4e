import { useState, type ChangeEvent } from 'react';
import { t } from '@/lib/extension/i18n';
import { measureExport } from '@/lib/extension/timing';
import { strengthMessage } from '@/lib/detect/verdict';
import { DEFAULT_SORT, MAX_BACKUP_CHARS, exportableBackupText, localToday, providersToCsv, sortProviders, type ImportResult, type ProviderRecord } from '@/lib/shortlist';
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

/**
 * A UTF-8 file is at least one byte per UTF-16 code unit and at most three (four for a pair):
 * a file over three bytes per allowed character is surely too long, without reading it.
 */
/** The CSV says how much the page showed in the same words as every other surface. */
const csvStrength = (provider: ProviderRecord): string => t(strengthMessage(provider));

const MAX_BACKUP_BYTES = MAX_BACKUP_CHARS * 3;

type Outcome = { state: 'importing' } | { state: 'done'; result: ImportResult } | { state: 'exported'; text: string };

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
  const [outcome, setOutcome] = useState<Outcome | undefined>();

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
      setOutcome({ state: 'done', result: { ok: false, problems: [t('backupExportRefused'), ...checked.problems] } });
      return;
    }
    download(`knead-to-know-backup-${localToday()}.json`, checked.value.text, 'application/json');
    measureExport('json', start);
    const made = t('backupExported', [String(result.value.providers), String(result.value.visits)]);
    setOutcome({ state: 'exported', text: checked.value.warning ? `${made} ${checked.value.warning}` : made });
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
    setOutcome({ state: 'exported', text: t('backupCsvExported', String(result.value.providers)) });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome({ state: 'importing' });
    let text: string;
    try {
      if (file.size > MAX_BACKUP_BYTES) {
        setOutcome({ state: 'done', result: { ok: false, problems: [t('backupTooLarge')] } });
        return;
      }
      text = await file.text();
    } catch {
      setOutcome({ state: 'done', result: { ok: false, problems: [t('backupReadFailed')] } });
      return;
    } finally {
      // The same file can be chosen again (after fixing it, say).
      input.value = '';
    }
    const result = await run((s) => s.importBackupText(text));
    if (!result.ok) {
      setOutcome(undefined); // the store's message says why; nothing was written
      return;
    }
    setOutcome({ state: 'done', result: result.value });
    if (result.value.ok) await onImported();
  };

  return (
    <section className="card backup" data-testid="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p className="muted">{t('backupIntro')}</p>
      <div className="actions">
        <button type="button" data-testid="export-json" onClick={() => void exportJson()}>
          {t('backupDownloadJson')}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => void exportCsv()}>
          {t('backupDownloadCsv')}
        </button>
      </div>
      <label className="field">
        {t('backupImport')}
        <input type="file" accept=".json,application/json" data-testid="import-file" onChange={(e) => void importFile(e)} />
        <small className="muted">{t('backupImportHelp')}</small>
      </label>
      {outcome?.state === 'importing' && <p role="status">{t('backupImporting')}</p>}
      {outcome?.state === 'exported' && (
        <p role="status" data-testid="export-status">
          {outcome.text}
        </p>
      )}
      {outcome?.state === 'done' && outcome.result.ok && (
        <p role="status" data-testid="import-result">
          {t('backupImported', [String(outcome.result.added), String(outcome.result.updated), String(outcome.result.skipped)])}
        </p>
      )}
      {outcome?.state === 'done' && !outcome.result.ok && (
        <div role="alert" data-testid="import-problems">
          <p>{t('backupRefused')}</p>
          <ul>
            {outcome.result.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
