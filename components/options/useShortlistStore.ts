import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '@/lib/extension/i18n';
import { ShortlistValidationError, ShortlistWriteError, openShortlist, type ProviderRecord, type Shortlist } from '@/lib/shortlist';

/** The patient-facing words for a failed read or write. */
function describeShortlistError(error: unknown): string {
  if (error instanceof ShortlistWriteError) return t(error.reason === 'quota' ? 'shortlistErrorQuota' : 'shortlistErrorFailed');
  if (error instanceof ShortlistValidationError) return t('shortlistErrorInvalid', error.problems.join('; '));
  return t('shortlistErrorOpen', error instanceof Error ? error.message : String(error));
}

type RunResult<T> = { ok: true; value: T } | { ok: false };

/** How many providers are read first, so the first screen of rows shows before the whole list is read. */
const FIRST_SCREEN = 30;

/**
 * The new list, keeping the previous objects for records that did not change: the table's
 * memoised work (search texts, sorting) stays valid, and an unchanged list stays the same array.
 */
export function keepUnchanged(previous: ProviderRecord[] | undefined, next: ProviderRecord[]): ProviderRecord[] {
  if (!previous) return next;
  const old = new Map(previous.map((p) => [p.id, p]));
  let same = previous.length === next.length;
  const merged = next.map((p, i) => {
    const before = old.get(p.id);
    const kept = before && before.updatedAt === p.updatedAt ? before : p;
    if (kept !== previous[i]) same = false;
    return kept;
  });
  return same ? previous : merged;
}

export interface ShortlistStore {
  /**
   * The saved providers: undefined while the first read is under way, then the most recent
   * FIRST_SCREEN of them (complete: false), then all of them.
   */
  providers: ProviderRecord[] | undefined;
  /** False while only the first screen has been read. */
  complete: boolean;
  /** The last failure, in words for the patient; cleared by the next success or by dismissError. */
  error: string | undefined;
  dismissError(): void;
  /**
   * Runs `work` on the shortlist after any work already queued, so edits never race each other
   * (each is read-modify-write). A failure is reported through `error`; the result says whether it
   * worked. The store writes each change in one transaction, so a failure leaves nothing half-done.
   */
  run<T>(work: (shortlist: Shortlist) => Promise<T>): Promise<RunResult<T>>;
  /** Reads the whole list again (after an import, an undo, or when the page becomes visible). */
  reload(): Promise<void>;
  /** Puts one changed record in place, or adds it. */
  replace(record: ProviderRecord): void;
  remove(id: string): void;
}

/** The shortlist for the options page: one list in memory, every change written through at once. */
export function useShortlistStore(dbName?: string): ShortlistStore {
  const [providers, setProviders] = useState<ProviderRecord[] | undefined>();
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const live = useRef(true);

  const run = useCallback(
    <T>(work: (shortlist: Shortlist) => Promise<T>): Promise<RunResult<T>> => {
      const task = queue.current.then(async (): Promise<RunResult<T>> => {
        let shortlist: Shortlist | undefined;
        try {
          shortlist = await openShortlist(dbName);
          const value = await work(shortlist);
          if (live.current) setError(undefined);
          return { ok: true, value };
        } catch (e) {
          if (live.current) setError(describeShortlistError(e));
          return { ok: false };
        } finally {
          shortlist?.close();
        }
      });
      queue.current = task;
      return task;
    },
    [dbName],
  );

  const reload = useCallback(async () => {
    const result = await run((s) => s.list());
    if (!result.ok || !live.current) return;
    setProviders((previous) => keepUnchanged(previous, result.value));
    setComplete(true);
  }, [run]);

  useEffect(() => {
    live.current = true;
    void (async () => {
      // The first screen of rows from an index, then the whole list.
      const first = await run((s) => s.recent(FIRST_SCREEN));
      if (!first.ok || !live.current) return;
      if (first.value.length < FIRST_SCREEN) {
        setProviders(first.value);
        setComplete(true);
        return;
      }
      setProviders((previous) => previous ?? first.value);
      await reload();
    })();
    // The popup may have saved or changed a provider while this page was in the background.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live.current = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  const replace = useCallback((record: ProviderRecord) => {
    setProviders((list) => {
      if (!list) return [record];
      const at = list.findIndex((p) => p.id === record.id);
      if (at < 0) return [record, ...list];
      const next = [...list];
      next[at] = record;
      return next;
    });
  }, []);

  const remove = useCallback((id: string) => setProviders((list) => list?.filter((p) => p.id !== id)), []);
  const dismissError = useCallback(() => setError(undefined), []);

  return { providers, complete, error, dismissError, run, reload, replace, remove };
}
