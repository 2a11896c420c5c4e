import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { t } from '@/lib/extension/i18n';
import type { DeletedProvider, ProviderRecord } from '@/lib/shortlist';
import { BackupPanel } from './BackupPanel';
import type { PatchProvider } from './ProviderDetail';
import { ShortlistTable } from './ShortlistTable';
import { useShortlistStore, type ShortlistStore } from './useShortlistStore';

// Loaded when first needed, so the table's first rows do not wait for them.
const ProviderDetail = lazy(() => import('./ProviderDetail').then((m) => ({ default: m.ProviderDetail })));
const CompareView = lazy(() => import('./CompareView').then((m) => ({ default: m.CompareView })));

const MAX_COMPARE = 4;

/** Delete with undo: what was deleted (for undo), and the name of what undo brought back. */
function useDeleteWithUndo({ run, remove, replace }: ShortlistStore, onDeleted: (id: string) => void) {
  const [deleted, setDeleted] = useState<DeletedProvider | undefined>();
  const [restored, setRestored] = useState<string | undefined>();
  return {
    deleted,
    restored,
    async deleteProvider(id: string): Promise<void> {
      const result = await run((s) => s.delete(id));
      if (!result.ok) return;
      remove(id);
      onDeleted(id);
      setRestored(undefined);
      setDeleted(result.value);
    },
    /** The restored provider's id, or undefined if nothing was restored. */
    async undo(): Promise<string | undefined> {
      if (!deleted) return undefined;
      const result = await run((s) => s.restore(deleted));
      if (!result.ok) return undefined;
      replace(deleted.provider);
      setRestored(deleted.provider.name);
      setDeleted(undefined);
      return deleted.provider.id;
    },
  };
}

function DeleteNotice({ deleted, restored, onUndo }: { deleted?: DeletedProvider; restored?: string; onUndo: () => void }) {
  if (deleted) {
    return (
      <p className="undo" role="status" data-testid="undo-delete">
        {t('shortlistDeleted', [deleted.provider.name, String(deleted.visits.length)])}{' '}
        <button type="button" data-testid="undo" onClick={onUndo}>
          {t('shortlistUndo')}
        </button>
      </p>
    );
  }
  if (!restored) return null;
  return (
    <p role="status" data-testid="restored">
      {t('shortlistRestored', restored)}
    </p>
  );
}

/**
 * The options page's shortlist: a sortable, filterable table of saved providers (windowed, so it
 * stays quick with thousands), the selected provider's details and visit log, a side-by-side
 * comparison, delete with undo, and backup export and import.
 */
export function ShortlistManager({ dbName }: { dbName?: string }) {
  const store = useShortlistStore(dbName);
  const { providers, run, replace, reload } = store;
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [compareIds, setCompareIds] = useState<string[]>([]);

  const byId = useMemo(() => new Map((providers ?? []).map((p) => [p.id, p])), [providers]);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const compared = compareIds.map((id) => byId.get(id)).filter((p): p is ProviderRecord => p !== undefined);

  const patch: PatchProvider = useCallback(
    async (id, makePatch) => {
      const result = await run(async (s) => {
        const current = await s.get(id);
        return current ? s.update(id, makePatch(current)) : undefined;
      });
      if (result.ok && result.value) replace(result.value);
      return result.ok && result.value !== undefined;
    },
    [run, replace],
  );

  const removal = useDeleteWithUndo(store, (id) => {
    setSelectedId(undefined);
    setCompareIds((ids) => ids.filter((x) => x !== id));
  });
  const deleteSelected = () => {
    if (selected) void removal.deleteProvider(selected.id);
  };
  const undo = async () => {
    const restoredId = await removal.undo();
    if (restoredId) setSelectedId(restoredId);
  };

  const toggleCompare = (id: string) =>
    setCompareIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : ids.length < MAX_COMPARE ? [...ids, id] : ids));

  return (
    <section className="shortlist" data-testid="shortlist" aria-labelledby="shortlist-heading">
      <h2 id="shortlist-heading">{t('shortlistHeading')}</h2>
      <p className="muted">{t('shortlistIntro')}</p>
      {store.error && (
        <div className="shortlist-alert" role="alert" data-testid="shortlist-error">
          <span>{store.error}</span>{' '}
          <button type="button" onClick={store.dismissError}>
            {t('shortlistDismiss')}
          </button>
        </div>
      )}
      <DeleteNotice deleted={removal.deleted} restored={removal.restored} onUndo={() => void undo()} />
      {providers === undefined && !store.error && <p role="status">{t('shortlistLoading')}</p>}
      {providers && providers.length === 0 && <p data-testid="shortlist-empty">{t('shortlistEmpty')}</p>}
      {providers && providers.length > 0 && (
        <>
          <ShortlistTable
            providers={providers}
            complete={store.complete}
            selectedId={selectedId}
            onSelect={setSelectedId}
            compareIds={compareIds}
            onToggleCompare={toggleCompare}
            maxCompare={MAX_COMPARE}
          />
          <p className="muted" data-testid="compare-hint">
            {compared.length === 0 ? t('compareHint') : compared.length === 1 ? t('compareOneMore') : compared.length >= MAX_COMPARE ? t('compareMax') : ''}
          </p>
        </>
      )}
      <Suspense fallback={<p role="status">{t('shortlistOpening')}</p>}>
        {compared.length >= 2 && <CompareView providers={compared} onRemove={toggleCompare} onClear={() => setCompareIds([])} />}
        {selected && (
          <ProviderDetail
            key={selected.id}
            provider={selected}
            patch={patch}
            run={run}
            onDelete={deleteSelected}
            onClose={() => setSelectedId(undefined)}
          />
        )}
      </Suspense>
      <BackupPanel run={run} onImported={reload} providersOnScreen={store.complete ? providers : undefined} />
    </section>
  );
}
