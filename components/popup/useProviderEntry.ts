import { useCallback, useEffect, useState } from 'react';
import type { Detection } from '@/lib/detect/schema';
import { openShortlist, type ProviderPatch, type ProviderRecord } from '@/lib/shortlist';

export interface ProviderEntry {
  /** The saved record for this page, if the patient saved it. */
  record: ProviderRecord | undefined;
  error: string | undefined;
  /** Saves (or refreshes) the provider from the page's detection. */
  save(): Promise<ProviderRecord | undefined>;
  /** Saves first when needed, then applies the patch: answers are never lost for want of a click. */
  update(patch: ProviderPatch): Promise<void>;
}

/** The shortlist entry of the provider a detection is about: by normalised URL, or saved earlier under another address of it. */
export function useProviderEntry(detection: Detection, dbName?: string): ProviderEntry {
  const [record, setRecord] = useState<ProviderRecord | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    (async () => {
      const shortlist = await openShortlist(dbName);
      try {
        const found = await shortlist.findForPage(detection.url);
        if (live) setRecord(found);
      } finally {
        shortlist.close();
      }
    })().catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [detection.url, dbName]);

  const withShortlist = useCallback(
    async <T,>(work: (s: Awaited<ReturnType<typeof openShortlist>>) => Promise<T>): Promise<T | undefined> => {
      const shortlist = await openShortlist(dbName);
      try {
        setError(undefined);
        return await work(shortlist);
      } catch (e) {
        setError((e as Error).message);
        return undefined;
      } finally {
        shortlist.close();
      }
    },
    [dbName],
  );

  const save = useCallback(async () => {
    const saved = await withShortlist((s) => s.saveFromDetection(detection, detection.url));
    if (saved) setRecord(saved);
    return saved;
  }, [detection, withShortlist]);

  const update = useCallback(
    async (patch: ProviderPatch) => {
      const updated = await withShortlist(async (s) => {
        const existing = await s.findForPage(detection.url);
        const base = existing ?? (await s.saveFromDetection(detection, detection.url));
        return s.update(base.id, patch);
      });
      if (updated) setRecord(updated);
    },
    [detection, withShortlist],
  );

  return { record, error, save, update };
}
