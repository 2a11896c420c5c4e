import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { z } from 'zod';
import { runMigrations, type UpgradeDatabase, type UpgradeTransaction } from './migrations';
import { NotAWebPageError } from './normalise-url';
import { findUnsafeShapes, issuesToProblems } from './problems';
import { CURRENT_VERSION, type ProviderRecord, type VisitRecord } from './schema';

export const DB_NAME = 'knead-to-know';

export interface ShortlistDB extends DBSchema {
  providers: {
    key: string;
    value: ProviderRecord;
    indexes: { status: string; kind: string; state: string; updatedAt: string; name: string; aliases: string };
  };
  visits: {
    key: string;
    value: VisitRecord;
    indexes: { providerId: string };
  };
}
export type StoreName = 'providers' | 'visits';
export type WriteTx = IDBPTransaction<ShortlistDB, StoreName[], 'readwrite'>;

const QUOTA_MESSAGE =
  "Your browser's storage is full, so this change was not saved (nothing was half-saved). " +
  'Free up space, for example by clearing data other sites keep, then try again.';
const FAILED_MESSAGE = 'Your shortlist could not be saved just now, and nothing was changed. Please try again.';

/** A write that did not happen. Every write is one transaction, so nothing was half-written. */
export class ShortlistWriteError extends Error {
  readonly reason: 'quota' | 'failed';
  constructor(reason: 'quota' | 'failed', cause?: unknown) {
    super(reason === 'quota' ? QUOTA_MESSAGE : FAILED_MESSAGE, { cause });
    this.name = 'ShortlistWriteError';
    this.reason = reason;
  }
}

/** A record that would break the stored shape; nothing was written. */
export class ShortlistValidationError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`This could not be saved: ${problems.join('; ')}`);
    this.name = 'ShortlistValidationError';
    this.problems = problems;
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function errorName(error: unknown): string | undefined {
  return error !== null && typeof error === 'object' && 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

function toWriteError(...errors: unknown[]): ShortlistWriteError {
  const quota = errors.some((e) => QUOTA_NAMES.has(errorName(e) ?? ''));
  return new ShortlistWriteError(quota ? 'quota' : 'failed', errors.find((e) => e != null));
}

const noop = () => {};

/** Drops keys whose value is undefined, so optional fields are absent rather than undefined. */
/** Trimmed and cut to `max` characters; undefined when nothing is left. */
export function clip(text: string | undefined, max: number): string | undefined {
  const t = text?.trim();
  return t ? t.slice(0, max) : undefined;
}

export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Validates a record before it is written; throws ShortlistValidationError with readable problems. */
export function check<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const unsafe = findUnsafeShapes(value);
  if (unsafe.length > 0) throw new ShortlistValidationError(unsafe);
  const result = schema.safeParse(value);
  if (!result.success) throw new ShortlistValidationError(issuesToProblems(result.error.issues, value));
  return result.data;
}

/** Starts `op` on every item at once and waits for all; no promise is left unobserved. */
export async function each<T>(items: readonly T[], op: (item: T) => Promise<unknown>): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (const item of items) {
    const p = op(item);
    p.catch(noop);
    pending.push(p);
  }
  await Promise.all(pending);
}

/** An open database and the one way to write to it. */
export interface ShortlistConnection {
  readonly db: IDBPDatabase<ShortlistDB>;
  /**
   * Runs `work` in one readwrite transaction over `stores`: either all of it is written or none,
   * and a failure comes out as ShortlistWriteError (validation errors pass through as they are).
   */
  write<T>(stores: StoreName[], work: (tx: WriteTx) => Promise<T>): Promise<T>;
}

async function openAndMigrate(name: string): Promise<IDBPDatabase<ShortlistDB>> {
  let migrationError: unknown;
  let db: IDBPDatabase<ShortlistDB> | undefined;
  try {
    db = await openDB<ShortlistDB>(name, CURRENT_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        // If a migration fails the upgrade aborts and openDB rejects; that is the error callers see.
        tx.done.catch(noop);
        runMigrations(database as unknown as UpgradeDatabase, tx as unknown as UpgradeTransaction, oldVersion).catch((error: unknown) => {
          migrationError = error;
          try {
            tx.abort();
          } catch {
            // already finished
          }
        });
      },
      // Another tab wants a newer version: step aside rather than block its upgrade.
      blocking() {
        db?.close();
      },
    });
    return db;
  } catch (error) {
    throw migrationError ?? error;
  }
}

function writerFor(db: IDBPDatabase<ShortlistDB>): ShortlistConnection['write'] {
  return async function write<T>(stores: StoreName[], work: (tx: WriteTx) => Promise<T>): Promise<T> {
    let tx: WriteTx;
    try {
      tx = db.transaction(stores, 'readwrite');
    } catch (error) {
      throw toWriteError(error);
    }
    const done = tx.done;
    done.catch(noop);
    try {
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already committed or aborted
      }
      await done.catch(noop);
      if (error instanceof ShortlistValidationError || error instanceof NotAWebPageError) throw error;
      let txError: unknown;
      try {
        txError = tx.error;
      } catch {
        // not readable in this state
      }
      throw toWriteError(error, txError);
    }
  };
}

/** Opens (creating or upgrading) the shortlist database. */
export async function openConnection(name: string): Promise<ShortlistConnection> {
  const db = await openAndMigrate(name);
  return { db, write: writerFor(db) };
}
