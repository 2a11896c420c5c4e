import { DB_NAME } from '@/lib/shortlist/db';

export interface DeleteAllApis {
  indexedDB: Pick<IDBFactory, 'deleteDatabase'>;
  local: { clear(): Promise<void> };
  session: { clear(): Promise<void> };
}

function deleteDatabase(factory: DeleteAllApis['indexedDB'], name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('the shortlist database could not be deleted'));
    // Open pages close their connection when asked (see openShortlist's `blocking`); if one does
    // not, the deletion waits for it rather than failing, so there is nothing to do here.
  });
}

/** "Delete all my data": the shortlist database, settings, and every tab's remembered verdict. */
export async function deleteAllData(apis: DeleteAllApis): Promise<void> {
  await deleteDatabase(apis.indexedDB, DB_NAME);
  await apis.local.clear();
  await apis.session.clear();
}
