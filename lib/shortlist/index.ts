export * from './schema';
export { exportableBackupText, MAX_BACKUP_CHARS } from './backup';
export { providersToCsv } from './csv';
export {
  openShortlist,
  ShortlistWriteError,
  ShortlistValidationError,
  type Shortlist,
  type ProviderPatch,
  type DeletedProvider,
  type ImportPreview,
  type ImportResult,
  type ImportUndo,
  type UndoResult,
} from './db';
export {
  queryProviders,
  filterProviders,
  sortProviders,
  searchTerms,
  searchTextOf,
  normaliseForSearch,
  statesIn,
  kindsIn,
  DEFAULT_SORT,
  NO_STATE,
  type SortKey,
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
} from './visit-form';
