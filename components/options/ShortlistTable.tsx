import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { detectionKindSchema, type DetectionKind } from '@/data/schemas';
import { t, type MessageKey } from '@/lib/extension/i18n';
import {
  DEFAULT_SORT,
  NO_STATE,
  filterProviders,
  kindsIn,
  providerStatuses,
  searchTextOf,
  sortProviders,
  statesIn,
  type ProviderFilter,
  type ProviderRecord,
  type ProviderStatus,
  type SortKey,
  type SortOrder,
} from '@/lib/shortlist';
import { markFirstRows, markSearchInput, measureFilter } from '@/lib/extension/timing';
import { formatDate, kindLabel, statusLabel } from './shortlistLabels';
import { useWindowedRows } from './useWindowedRows';

const columns: { column: SortKey; label: MessageKey }[] = [
  { column: 'name', label: 'shortlistColName' },
  { column: 'kind', label: 'shortlistColKind' },
  { column: 'status', label: 'shortlistColStatus' },
  { column: 'state', label: 'shortlistColState' },
  { column: 'tags', label: 'shortlistColTags' },
  { column: 'updatedAt', label: 'shortlistColUpdated' },
];

const statusSet: ReadonlySet<string> = new Set(providerStatuses);

/** Runs `step` when the browser is idle (or soon, where there is no requestIdleCallback). */
function whenIdle(step: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(step, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(step, 0);
  return () => clearTimeout(handle);
}

export interface ShortlistTableProps {
  providers: readonly ProviderRecord[];
  /** False while only the first screen of providers has been read. */
  complete: boolean;
  selectedId: string | undefined;
  onSelect(id: string): void;
  compareIds: readonly string[];
  onToggleCompare(id: string): void;
  maxCompare: number;
}

/** The table's search, filters and order, and the rows they leave, sorted. */
function useTableView(providers: readonly ProviderRecord[], toTop: () => void) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ProviderStatus | ''>('');
  const [kind, setKind] = useState<DetectionKind | ''>('');
  const [state, setState] = useState('');
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);

  // Sorting is the slow part (n log n); it runs when the list or the order changes, not per keystroke.
  const sorted = useMemo(() => sortProviders(providers, sort), [providers, sort]);
  const filter: ProviderFilter = useMemo(
    () => ({ search, status: status || undefined, kind: kind || undefined, state: state || undefined }),
    [search, status, kind, state],
  );
  const rows = useMemo(() => filterProviders(sorted, filter), [sorted, filter]);

  /** Every change of filter or order starts at the top of the list. */
  const fromTop =
    <A extends unknown[]>(change: (...args: A) => void) =>
    (...args: A) => {
      toTop();
      change(...args);
    };

  return {
    values: { search, status, kind, state },
    sort,
    rows,
    filtered: Boolean(filter.search || filter.status || filter.kind || filter.state),
    setSearch: fromTop(setSearch),
    setStatus: fromTop((v: string) => setStatus(statusSet.has(v) ? (v as ProviderStatus) : '')),
    setKind: fromTop((v: string) => setKind(detectionKindSchema.safeParse(v).data ?? '')),
    setState: fromTop(setState),
    sortBy: fromTop((key: SortKey) =>
      setSort((current) =>
        current.column === key
          ? { column: key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
          : { column: key, direction: key === 'updatedAt' ? 'descending' : 'ascending' },
      ),
    ),
    clearFilters: fromTop(() => {
      setSearch('');
      setStatus('');
      setKind('');
      setState('');
    }),
  };
}
type TableView = ReturnType<typeof useTableView>;

/** Works out every record's search text in idle moments, so the first keystroke is as quick as the rest. */
function useSearchTextsWhenIdle(providers: readonly ProviderRecord[]) {
  useEffect(() => {
    let next = 0;
    let cancel = () => {};
    const step = () => {
      const until = performance.now() + 8;
      while (next < providers.length && performance.now() < until) searchTextOf(providers[next++]!);
      if (next < providers.length) cancel = whenIdle(step);
    };
    cancel = whenIdle(step);
    return () => cancel();
  }, [providers]);
}

/** The User Timing marks of the options page's benchmark: first rows on screen, and each search. */
function useTableTimings(rows: readonly ProviderRecord[]) {
  const searchPending = useRef(false);
  useLayoutEffect(() => {
    if (!searchPending.current) return;
    searchPending.current = false;
    measureFilter();
  }, [rows]);
  useEffect(() => {
    if (rows.length > 0) markFirstRows();
  }, [rows]);
  return {
    searchTyped: () => {
      markSearchInput();
      searchPending.current = true;
    },
  };
}

function TableFilters({ providers, view, onSearchTyped }: { providers: readonly ProviderRecord[]; view: TableView; onSearchTyped: () => void }) {
  const { search, status, kind, state } = view.values;
  const stateOptions = useMemo(() => statesIn(providers), [providers]);
  const kindOptions = useMemo(() => kindsIn(providers), [providers]);
  return (
    <div className="filters">
      <label className="field search">
        {t('shortlistSearch')}
        <input
          type="search"
          data-testid="shortlist-search"
          value={search}
          onChange={(e) => {
            onSearchTyped();
            view.setSearch(e.target.value);
          }}
        />
      </label>
      <Filter label={t('shortlistFilterStatus')} testId="filter-status" value={status} onChange={view.setStatus}>
        {providerStatuses.map((s) => (
          <option key={s} value={s}>
            {t(statusLabel[s])}
          </option>
        ))}
      </Filter>
      <Filter label={t('shortlistFilterKind')} testId="filter-kind" value={kind} onChange={view.setKind}>
        {(kind && !kindOptions.includes(kind) ? [...kindOptions, kind] : kindOptions).map((k) => (
          <option key={k} value={k}>
            {t(kindLabel(k))}
          </option>
        ))}
      </Filter>
      <Filter label={t('shortlistFilterState')} testId="filter-state" value={state} onChange={view.setState}>
        {(state && state !== NO_STATE && !stateOptions.states.includes(state) ? [...stateOptions.states, state] : stateOptions.states).map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
        {(stateOptions.someUnknown || state === NO_STATE) && <option value={NO_STATE}>{t('shortlistStateUnknown')}</option>}
      </Filter>
    </div>
  );
}

function TableHead({ sort, sortBy }: { sort: SortOrder; sortBy: (key: SortKey) => void }) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" className="col-compare">
          {t('shortlistColCompare')}
        </th>
        {columns.map((c) => (
          <th key={c.column} scope="col" className={`col-${c.column}`} aria-sort={sort.column === c.column ? sort.direction : 'none'} data-column={c.column}>
            <button type="button" onClick={() => sortBy(c.column)}>
              {t(c.label)}
              <span aria-hidden="true">{sort.column === c.column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
            </button>
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface ProviderRowProps {
  provider: ProviderRecord;
  rowIndex: number;
  selected: boolean;
  inCompare: boolean;
  compareFull: boolean;
  onSelect(id: string): void;
  onToggleCompare(id: string): void;
}

function ProviderRow({ provider: p, rowIndex, selected, inCompare, compareFull, onSelect, onToggleCompare }: ProviderRowProps) {
  return (
    <tr
      className={selected ? 'row selected' : 'row'}
      aria-rowindex={rowIndex}
      aria-current={selected ? 'true' : undefined}
      data-provider={p.id}
      onClick={(e) => {
        if (!(e.target instanceof HTMLInputElement)) onSelect(p.id);
      }}
    >
      <td className="col-compare">
        <input
          type="checkbox"
          aria-label={t('shortlistCompareProvider', p.name)}
          checked={inCompare}
          disabled={!inCompare && compareFull}
          onChange={() => onToggleCompare(p.id)}
        />
      </td>
      <td className="col-name">
        <button type="button" className="link" title={p.name} onClick={() => onSelect(p.id)}>
          {p.name}
        </button>
      </td>
      <td className="col-kind">{t(kindLabel(p.kind))}</td>
      <td className="col-status">{t(statusLabel[p.status])}</td>
      <td className="col-state">{p.state ?? ''}</td>
      <td className="col-tags" title={p.tags.join(', ')}>
        {p.tags.join(', ')}
      </td>
      <td className="col-updatedAt">{formatDate(p.updatedAt)}</td>
    </tr>
  );
}

function ClearFiltersButton({ onClick, className }: { onClick: () => void; className?: string }) {
  return (
    <button type="button" className={className} onClick={onClick}>
      {t('shortlistClearFilters')}
    </button>
  );
}

export function ShortlistTable({ providers, complete, selectedId, onSelect, compareIds, onToggleCompare, maxCompare }: ShortlistTableProps) {
  const baseId = useId();
  const toTopRef = useRef(() => {});
  const view = useTableView(providers, () => toTopRef.current());
  const { rows } = view;
  const { scroller, onScroll, first, visible, spaceAbove, spaceBelow, toTop } = useWindowedRows(rows);
  // Set after render: the filters' handlers run later still, and call the hook's toTop through it.
  useLayoutEffect(() => {
    toTopRef.current = toTop;
  });
  useSearchTextsWhenIdle(providers);
  const timings = useTableTimings(rows);
  const chosen = new Set(compareIds);

  return (
    <div className="shortlist-table" data-testid="shortlist-table">
      <TableFilters providers={providers} view={view} onSearchTyped={timings.searchTyped} />
      <p className="muted" role="status" data-testid="shortlist-count">
        {complete ? t('shortlistCount', [rows.length.toLocaleString(), providers.length.toLocaleString()]) : t('shortlistLoadingRest')}
        {view.filtered && (
          <>
            {' '}
            <ClearFiltersButton className="link" onClick={view.clearFilters} />
          </>
        )}
      </p>
      <div className="table-scroll" ref={scroller} data-testid="shortlist-scroll" onScroll={onScroll}>
        <table aria-rowcount={rows.length + 1} aria-describedby={`${baseId}-caption`}>
          <TableHead sort={view.sort} sortBy={view.sortBy} />
          <tbody>
            {spaceAbove > 0 && <Spacer height={spaceAbove} />}
            {visible.map((p, i) => (
              <ProviderRow
                key={p.id}
                provider={p}
                rowIndex={first + i + 2}
                selected={p.id === selectedId}
                inCompare={chosen.has(p.id)}
                compareFull={compareIds.length >= maxCompare}
                onSelect={onSelect}
                onToggleCompare={onToggleCompare}
              />
            ))}
            {spaceBelow > 0 && <Spacer height={spaceBelow} />}
          </tbody>
        </table>
      </div>
      <p id={`${baseId}-caption`} className="muted">
        {t('shortlistTableCaption')}
      </p>
      {providers.length > 0 && rows.length === 0 && (
        <p data-testid="shortlist-no-match">
          {t('shortlistNoMatch')} <ClearFiltersButton onClick={view.clearFilters} />
        </p>
      )}
    </div>
  );
}

/** Stands in for the rows out of view, so the scroll bar measures the whole list. */
function Spacer({ height }: { height: number }) {
  return (
    <tr className="spacer" aria-hidden="true">
      <td colSpan={columns.length + 1} style={{ height }} />
    </tr>
  );
}

function Filter({
  label,
  testId,
  value,
  onChange,
  children,
}: {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="field">
      {label}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('shortlistFilterAll')}</option>
        {children}
      </select>
    </label>
  );
}
