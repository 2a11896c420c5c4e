export * from './schema';
export { normaliseProviderUrl, NotAWebPageError } from './normalise-url';
export { parseBackupText, validateBackup, exportableBackupText, backupSizeWarning, MAX_BACKUP_CHARS, type Checked } from './backup';
export { providersToCsv, neutraliseCell, CSV_COLUMNS } from './csv';
export {
  openShortlist,
  DB_NAME,
  ShortlistWriteError,
  ShortlistValidationError,
  type Shortlist,
  type ProviderPatch,
  type NewVisit,
  type VisitPatch,
  type DeletedProvider,
  type ImportResult,
} from './db';
export {
  queryProviders,
  filterProviders,
  sortProviders,
  matchesFilter,
  searchTerms,
  searchTextOf,
  normaliseForSearch,
  statesIn,
  kindsIn,
  sortKeys,
  DEFAULT_SORT,
  NO_STATE,
  type SortKey,
  type SortDirection,
  type SortOrder,
  type ProviderFilter,
} from './query';
export {
  checkVisitDraft,
  visitToDraft,
  localToday,
  emptyVisitDraft,
  type VisitDraft,
  type VisitProblem,
  type VisitProblems,
  type VisitFields,
} from './visit-form';
