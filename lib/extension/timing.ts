// User Timing entries for the shortlist benchmark (npm run bench:shortlist reads them by these
// names). They cost a mark or a measure, never a network request, and change nothing on screen.

export const SHORTLIST_TIMING = {
  firstRows: 'shortlist-first-rows',
  searchInput: 'shortlist-search-input',
  filter: 'shortlist-filter',
  exportJson: 'shortlist-export-json',
  exportCsv: 'shortlist-export-csv',
} as const;

let firstRowsMarked = false;

/** The first time the table shows rows, once per page. */
export function markFirstRows(): void {
  if (firstRowsMarked) return;
  firstRowsMarked = true;
  performance.mark(SHORTLIST_TIMING.firstRows);
}

/** A keystroke in the search box; `measureFilter` closes it when the filtered rows are rendered. */
export const markSearchInput = (): void => void performance.mark(SHORTLIST_TIMING.searchInput);

export const measureFilter = (): void => void performance.measure(SHORTLIST_TIMING.filter, SHORTLIST_TIMING.searchInput);

/** An export from `start` (a performance.now() time) to now. */
export const measureExport = (format: 'json' | 'csv', start: number): void =>
  void performance.measure(format === 'json' ? SHORTLIST_TIMING.exportJson : SHORTLIST_TIMING.exportCsv, { start });
