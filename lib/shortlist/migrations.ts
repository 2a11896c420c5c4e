import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { CURRENT_VERSION, checklistAnswers } from './schema';

/** Migrations see the database as it was, so they work untyped. */
export type UpgradeDatabase = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;

export interface MigrationStep {
  /** The database version this step produces. */
  version: number;
  /** Runs inside the upgrade transaction: await only IndexedDB requests here. */
  migrate(db: UpgradeDatabase, tx: UpgradeTransaction): void | Promise<void>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A version 1 provider → version 2: add `tags: []`, and turn each checklist answer string into
 * `{ answer, note: '' }`. An answer we do not recognise becomes 'unknown', with the old text kept
 * in the note so nothing the patient wrote is lost. Records already in v2 shape pass unchanged.
 */
export function upgradeProviderV1(value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const checklist: Record<string, unknown> = {};
  if (isPlainObject(value.checklist)) {
    for (const [dimension, answer] of Object.entries(value.checklist)) {
      if (typeof answer === 'string') {
        checklist[dimension] = (checklistAnswers as readonly string[]).includes(answer)
          ? { answer, note: '' }
          : { answer: 'unknown', note: answer ? `Earlier answer: ${answer}` : '' };
      } else if (answer === null || answer === undefined) {
        // Version 1 wrote null for a question left unanswered.
        checklist[dimension] = { answer: 'unknown', note: '' };
      } else {
        checklist[dimension] = answer;
      }
    }
  }
  return { ...value, checklist, tags: Array.isArray(value.tags) ? value.tags : [] };
}

const MIGRATIONS: readonly MigrationStep[] = [
  {
    version: 1,
    migrate(db) {
      const providers = db.createObjectStore('providers', { keyPath: 'id' });
      providers.createIndex('status', 'status');
      providers.createIndex('kind', 'kind');
      providers.createIndex('state', 'state');
      providers.createIndex('updatedAt', 'updatedAt');
      const visits = db.createObjectStore('visits', { keyPath: 'id' });
      visits.createIndex('providerId', 'providerId');
    },
  },
  {
    version: 2,
    async migrate(_db, tx) {
      const providers = tx.objectStore('providers');
      providers.createIndex('name', 'name');
      let cursor = await providers.openCursor();
      while (cursor) {
        await cursor.update(upgradeProviderV1(cursor.value));
        cursor = await cursor.continue();
      }
    },
  },
  {
    // Version 3 adds the optional `seenOn` and `aliases` fields: no record changes, and the
    // aliases get an index so that a provider saved from a directory is found from its other pages.
    version: 3,
    migrate(_db, tx) {
      tx.objectStore('providers').createIndex('aliases', 'aliases', { multiEntry: true });
    },
  },
];

/** Runs every step after `oldVersion`, in order, up to `target`. */
export async function runMigrations(
  db: UpgradeDatabase,
  tx: UpgradeTransaction,
  oldVersion: number,
  target: number = CURRENT_VERSION,
  steps: readonly MigrationStep[] = MIGRATIONS,
): Promise<void> {
  const ordered = [...steps].sort((a, b) => a.version - b.version);
  for (let version = oldVersion + 1; version <= target; version++) {
    const step = ordered.find((s) => s.version === version);
    if (!step) throw new Error(`No migration to shortlist version ${version}`);
    await step.migrate(db, tx);
  }
}
