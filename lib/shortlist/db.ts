import { exportBackup } from './db-export';
import { backupImports } from './db-import';
import { providerEdits, visitEdits } from './db-edit';
import { listingEdits } from './db-listing';
import { DB_NAME, openConnection } from './db-open';
import { shortlistQueries } from './db-query';

export { CURRENT_VERSION } from './schema';
export { DB_NAME, ShortlistValidationError, ShortlistWriteError } from './db-open';
export type { DeletedProvider, NewVisit, ProviderPatch } from './db-edit';
export type { ListingToSave } from './db-listing';
export type { ImportPreview, ImportResult, ImportUndo, UndoResult } from './db-import';

export type Shortlist = Awaited<ReturnType<typeof openShortlist>>;

/**
 * Opens (creating or upgrading) the shortlist database. Every method that writes uses one
 * transaction and throws ShortlistWriteError if it fails, with nothing written.
 */
export async function openShortlist(name: string = DB_NAME) {
  const connection = await openConnection(name);
  return {
    name,
    close(): void {
      connection.db.close();
    },
    ...shortlistQueries(connection),
    ...providerEdits(connection),
    ...listingEdits(connection),
    ...visitEdits(connection),
    ...backupImports(connection),
    exportBackup: (now?: Date) => exportBackup(connection, now),
  };
}
