import type { ShortlistConnection } from './db-open';
import { BACKUP_FORMAT, CURRENT_VERSION, type Backup } from './schema';

/** The whole shortlist as a backup, read in one transaction so providers and visits agree. */
export async function exportBackup({ db }: ShortlistConnection, now: Date = new Date()): Promise<Backup> {
  const tx = db.transaction(['providers', 'visits'], 'readonly');
  const [providers, visits] = await Promise.all([tx.objectStore('providers').getAll(), tx.objectStore('visits').getAll()]);
  await tx.done;
  return { format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: now.toISOString(), providers, visits };
}
