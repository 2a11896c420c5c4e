import type { ShortlistConnection } from './db-open';
import type { ProviderRecord, VisitRecord } from './schema';

export const byDate = (a: VisitRecord, b: VisitRecord) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/** Reads of the shortlist: nothing here writes. */
export function shortlistQueries({ db }: ShortlistConnection) {
  return {
    async get(id: string): Promise<ProviderRecord | undefined> {
      return db.get('providers', id);
    },

    /** Every provider, most recently changed first. */
    async list(): Promise<ProviderRecord[]> {
      const all = await db.getAll('providers');
      return all.sort((a, b) => (a.updatedAt > b.updatedAt ? -1 : a.updatedAt < b.updatedAt ? 1 : a.name.localeCompare(b.name)));
    },

    /**
     * The `limit` most recently changed providers, newest first, read through the updatedAt index:
     * enough for a first screen without reading the whole list (ties may differ from list()'s order).
     */
    async recent(limit: number): Promise<ProviderRecord[]> {
      const found: ProviderRecord[] = [];
      if (limit <= 0) return found;
      let cursor = await db.transaction('providers').store.index('updatedAt').openCursor(null, 'prev');
      while (cursor) {
        found.push(cursor.value);
        if (found.length >= limit) break;
        cursor = await cursor.continue();
      }
      return found;
    },

    /** A provider's visits, oldest first. */
    async visitsFor(providerId: string): Promise<VisitRecord[]> {
      const visits = await db.getAllFromIndex('visits', 'providerId', providerId);
      return visits.sort(byDate);
    },
  };
}
