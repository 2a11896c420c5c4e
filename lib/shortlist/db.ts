import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { z } from 'zod';
import type { Detection } from '@/lib/detect/schema';
import { parseBackupText, validateBackup } from './backup';
import { runMigrations, type UpgradeDatabase, type UpgradeTransaction } from './migrations';
import { NotAWebPageError, normaliseProviderUrl } from './normalise-url';
import { findUnsafeShapes, issuesToProblems } from './problems';
import {
  BACKUP_FORMAT,
  CURRENT_VERSION,
  SHORTLIST_LIMITS as L,
  providerRecordSchema,
  visitRecordSchema,
  type Backup,
  type ProviderRecord,
  type SeenOn,
  type VisitRecord,
} from './schema';
import {
  addressFromLine,
  fromListingsOnly,
  nameKey,
  sameProvider,
  withAlias,
  withSeenOn,
  type ProviderIdentity,
} from './same-provider';

export { CURRENT_VERSION } from './schema';
export const DB_NAME = 'knead-to-know';

interface ShortlistDB extends DBSchema {
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
type StoreName = 'providers' | 'visits';
type WriteTx = IDBPTransaction<ShortlistDB, StoreName[], 'readwrite'>;

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

export type ProviderPatch = Partial<Omit<ProviderRecord, 'id' | 'url' | 'createdAt' | 'updatedAt'>>;
export type NewVisit = Omit<VisitRecord, 'id' | 'createdAt' | 'updatedAt' | 'rangeOfMotion' | 'notes'> & {
  rangeOfMotion?: string;
  notes?: string;
};
type VisitPatch = Partial<Omit<VisitRecord, 'id' | 'providerId' | 'createdAt' | 'updatedAt'>>;
/** What delete() removed, to hand back to restore() for undo. */
export interface DeletedProvider {
  provider: ProviderRecord;
  visits: VisitRecord[];
}
export type ImportResult = { ok: true; added: number; updated: number; skipped: number } | { ok: false; problems: string[] };

const noop = () => {};

/** Drops keys whose value is undefined, so optional fields are absent rather than undefined. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function check<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const unsafe = findUnsafeShapes(value);
  if (unsafe.length > 0) throw new ShortlistValidationError(unsafe);
  const result = schema.safeParse(value);
  if (!result.success) throw new ShortlistValidationError(issuesToProblems(result.error.issues, value));
  return result.data;
}

const clip = (text: string | undefined, max: number): string | undefined => {
  const t = text?.trim();
  return t ? t.slice(0, max) : undefined;
};

const byDate = (a: VisitRecord, b: VisitRecord) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/** Starts `op` on every item at once and waits for all; no promise is left unobserved. */
async function each<T>(items: readonly T[], op: (item: T) => Promise<unknown>): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (const item of items) {
    const p = op(item);
    p.catch(noop);
    pending.push(p);
  }
  await Promise.all(pending);
}

/** The fields a detection gives us; absent ones are left out so saved values are kept. */
function fromDetection(detection: Detection, url: string, id: string): Partial<ProviderRecord> & Pick<ProviderRecord, 'kind' | 'url'> {
  const { provider } = detection;
  const address = provider.address
    ? compact({
        street: clip(provider.address.street, L.addressPart),
        locality: clip(provider.address.locality, L.addressPart),
        region: clip(provider.address.region, L.addressPart),
        postalCode: clip(provider.address.postalCode, L.addressPart),
      })
    : undefined;
  const state = provider.state?.trim().toUpperCase();
  const seen = new Set<string>();
  const evidenceSummary: ProviderRecord['evidenceSummary'] = [];
  for (const e of detection.evidence) {
    const label = e.label.slice(0, L.evidenceLabel);
    const key = `${e.dimension}\u0000${e.side}\u0000${label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidenceSummary.push({ dimension: e.dimension, side: e.side, label });
    if (evidenceSummary.length >= L.evidence) break;
  }
  const trimmedUrl = url.trim();
  return compact({
    url: trimmedUrl.length <= L.url ? trimmedUrl : id,
    name: clip(provider.name, L.name),
    phone: clip(provider.phone, L.phone),
    address: address && Object.keys(address).length > 0 ? address : undefined,
    state: state && /^[A-Z]{2}$/.test(state) ? state : undefined,
    kind: detection.kind,
    confidence: Number.isFinite(detection.confidence) ? Math.min(1, Math.max(0, detection.confidence)) : 0,
    credentials: detection.credentials.slice(0, L.credentials).map((c) =>
      compact({
        type: c.type.slice(0, L.credentialType),
        text: c.text.slice(0, L.credentialText),
        licenseNumber: c.licenseNumber?.slice(0, L.licenseNumber),
        valid: c.valid,
      }),
    ),
    evidenceSummary,
  });
}

/** A listing of a directory's results page, as the background hands it over to be saved. */
export interface ListingToSave {
  name: string;
  /** The provider's page on the directory (or its own site), as the card links to it. */
  link: string;
  /** "Yelp", or the directory's host when we have no adapter for it. */
  directory: string;
  kind: ProviderRecord['kind'];
  strength: SeenOn['strength'];
  reasons: SeenOn['reasons'];
  /** The card's one-line address, if it shows one. */
  address?: string;
  phone?: string;
}

/** How sure a card's verdict is, on the same 0–1 scale as a page's confidence: a card never reaches "strong". */
const LISTING_CONFIDENCE: Record<SeenOn['strength'], number> = { clear: 0.45, leans: 0.3, unclear: 0.1 };

export type Shortlist = Awaited<ReturnType<typeof openShortlist>>;
type Database = IDBPDatabase<ShortlistDB>;

async function openDatabase(name: string): Promise<Database> {
  let migrationError: unknown;
  let db: Database | undefined;
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
  } catch (error) {
    throw migrationError ?? error;
  }
  return db;
}

/** Runs `work` in one readwrite transaction; any failure aborts it and surfaces as ShortlistWriteError. */
function writerFor(db: Database) {
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
type Write = ReturnType<typeof writerFor>;

/**
 * Applies a patch to one record in its own transaction, keeping the fields a patch may not
 * change and stamping updatedAt; validated before writing. Undefined if there is no such record.
 */
function patcherFor(write: Write) {
  return async function patchRecord<T>(
    storeName: StoreName,
    schema: z.ZodType<T>,
    id: string,
    patch: object,
    fixedFields: readonly string[],
    now: Date,
  ): Promise<T | undefined> {
    return write([storeName], async (tx): Promise<T | undefined> => {
      const store = tx.objectStore(storeName);
      const existing = (await store.get(id)) as Record<string, unknown> | undefined;
      if (!existing) return undefined;
      const fixed = Object.fromEntries(fixedFields.map((key) => [key, existing[key]]));
      const valid: T = check(schema, compact({ ...existing, ...patch, ...fixed, updatedAt: now.toISOString() }));
      await store.put(valid as never);
      return valid;
    });
  };
}

/**
 * Validates the whole backup, then merges it in one transaction: a record from the file
 * replaces ours only if its updatedAt is newer; nothing is ever deleted. Throws
 * ShortlistWriteError (with nothing written) if the write fails.
 */
function importerFor(write: Write) {
  return async function importBackup(raw: unknown): Promise<ImportResult> {
    const checked = validateBackup(raw);
    if (!checked.ok) return checked;
    const backup = checked.value;
    return write(['providers', 'visits'], async (tx) => {
      const providerStore = tx.objectStore('providers');
      const visitStore = tx.objectStore('visits');
      const [ourProviders, ourVisits] = await Promise.all([
        Promise.all(backup.providers.map((p) => providerStore.get(p.id))),
        Promise.all(backup.visits.map((v) => visitStore.get(v.id))),
      ]);
      const counts = { added: 0, updated: 0, skipped: 0 };
      /** The records from the file that win: new ones, and ones changed after ours. */
      const winners = <T extends { updatedAt: string }>(incoming: T[], ours: (T | undefined)[]): T[] =>
        incoming.filter((record, i) => {
          const existing = ours[i];
          const wins = !existing || Date.parse(record.updatedAt) > Date.parse(existing.updatedAt);
          counts[!existing ? 'added' : wins ? 'updated' : 'skipped']++;
          return wins;
        });
      const providers = winners(backup.providers, ourProviders);
      // A visit id the shortlist already has under another provider is not moved there.
      const sameOwner = backup.visits.map((v, i) => !ourVisits[i] || ourVisits[i].providerId === v.providerId);
      counts.skipped += sameOwner.filter((same) => !same).length;
      const visits = winners(
        backup.visits.filter((_, i) => sameOwner[i]),
        ourVisits.filter((_, i) => sameOwner[i]),
      );
      await Promise.all([each(providers, (p) => providerStore.put(p)), each(visits, (v) => visitStore.put(v))]);
      return { ok: true as const, ...counts };
    });
  };
}

/**
 * Rule 2 of same-provider.ts: a record with the same name whose known details agree. Reads names
 * through their index, values only on a name match. `listedOnly`: only records saved from a
 * directory listing (two pages of one site saved from the popup stay what they were: one record per page).
 */
async function findByIdentity(tx: WriteTx, identity: ProviderIdentity, listedOnly: boolean): Promise<ProviderRecord | undefined> {
  const wanted = identity.name ? nameKey(identity.name) : '';
  if (!wanted) return undefined;
  const store = tx.objectStore('providers');
  let cursor = await store.index('name').openKeyCursor();
  while (cursor) {
    if (nameKey(String(cursor.key)) === wanted) {
      const record = await store.get(cursor.primaryKey);
      if (record && (!listedOnly || record.seenOn?.length) && sameProvider(record, identity)) return record;
    }
    cursor = await cursor.continue();
  }
  return undefined;
}

/** The record a save with this normalised address (and these details) belongs to, if any. */
async function findSameProvider(
  tx: WriteTx,
  id: string,
  identity: ProviderIdentity,
  from: 'page' | 'listing',
): Promise<ProviderRecord | undefined> {
  const store = tx.objectStore('providers');
  return (await store.get(id)) ?? (await store.index('aliases').get(id)) ?? (await findByIdentity(tx, identity, from === 'page'));
}

const newRecordFields = (stamp: string) => ({
  checklist: {},
  questions: {},
  notes: '',
  status: 'to-contact' as const,
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
});

/**
 * Saves what a page shows about a provider. Identity is the normalised URL, or a record saved
 * earlier under another address of the same provider (a listing of it on a directory): then the
 * page's facts and evidence go into that record, its address becomes one of the record's aliases,
 * and everything the patient wrote (notes, visits, status, answers) and "seen on" stays.
 */
function detectionSaverFor(write: Write) {
  return async function saveFromDetection(detection: Detection, url: string, now: Date = new Date()): Promise<ProviderRecord> {
    // A results page lists many providers; it is never one of them.
    if (detection.listings || detection.page === 'results') {
      throw new ShortlistValidationError(['this page lists many providers; save one of its listings instead']);
    }
    const id = normaliseProviderUrl(url);
    const stamp = now.toISOString();
    const page = fromDetection(detection, url, id);
    return write(['providers'], async (tx) => {
      const store = tx.objectStore('providers');
      const existing = await findSameProvider(tx, id, page, 'page');
      let record: ProviderRecord;
      if (!existing) record = { name: new URL(id).hostname, ...page, id, ...newRecordFields(stamp) } as ProviderRecord;
      else if (existing.id === id) record = { ...existing, ...page, updatedAt: stamp };
      else {
        // The provider's own page, once saved, is the link the record opens; a directory link it had stays in "seen on".
        const url = fromListingsOnly(existing) ? page.url : existing.url;
        record = { ...existing, ...page, url, aliases: withAlias(existing, id), updatedAt: stamp };
      }
      const valid = check(providerRecordSchema, compact(record));
      await store.put(valid);
      return valid;
    });
  };
}

function listingFields(listing: ListingToSave) {
  const address = addressFromLine(listing.address);
  const region = address?.region;
  return compact({
    name: clip(listing.name, L.name),
    phone: clip(listing.phone, L.phone),
    address,
    state: region && /^[A-Z]{2}$/.test(region) ? region : undefined,
  });
}

/**
 * Saves a directory listing: its name, its provider page, the directory, the card's verdict and
 * reasons. Merges into the record of the same provider when there is one (same page, one of its
 * aliases, or same name with agreeing details): a "seen on" entry is added and details it lacks
 * are filled in; its verdict changes only if all it knows came from cards too.
 */
function listingSaverFor(write: Write) {
  return async function saveFromListing(listing: ListingToSave, now: Date = new Date()): Promise<ProviderRecord> {
    const id = normaliseProviderUrl(listing.link);
    const stamp = now.toISOString();
    const fields = listingFields(listing);
    const seen: SeenOn = {
      directory: listing.directory.slice(0, L.directory),
      link: listing.link,
      kind: listing.kind,
      strength: listing.strength,
      reasons: listing.reasons.slice(0, L.listingReasons),
      savedAt: stamp,
    };
    const verdict = { kind: listing.kind, confidence: LISTING_CONFIDENCE[listing.strength] };
    return write(['providers'], async (tx) => {
      const existing = await findSameProvider(tx, id, fields, 'listing');
      const record: ProviderRecord = existing
        ? {
            ...fields,
            ...existing,
            ...(fromListingsOnly(existing) ? verdict : {}),
            seenOn: withSeenOn(existing, seen),
            aliases: withAlias(existing, id),
            updatedAt: stamp,
          }
        : { ...fields, name: fields.name ?? new URL(id).hostname, ...verdict, id, url: listing.link, credentials: [], evidenceSummary: [], seenOn: [seen], ...newRecordFields(stamp) };
      const valid = check(providerRecordSchema, compact(record));
      await tx.objectStore('providers').put(valid);
      return valid;
    });
  };
}

function providerMethods(db: Database, write: Write, patchRecord: ReturnType<typeof patcherFor>) {
  return {
    saveFromDetection: detectionSaverFor(write),
    saveFromListing: listingSaverFor(write),

    async get(id: string): Promise<ProviderRecord | undefined> {
      return db.get('providers', id);
    },

    /** The record for a page's address: saved under it, or under another address of the same provider. */
    async findForPage(url: string): Promise<ProviderRecord | undefined> {
      const id = normaliseProviderUrl(url);
      // One transaction for both reads: a save started after this lookup cannot slip in between.
      const store = db.transaction('providers').store;
      const [byId, byAlias] = await Promise.all([store.get(id), store.index('aliases').get(id)]);
      return byId ?? byAlias;
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

    /** Changes the patient's fields; validated before writing. Undefined if there is no such provider. */
    async update(id: string, patch: ProviderPatch, now: Date = new Date()): Promise<ProviderRecord | undefined> {
      return patchRecord('providers', providerRecordSchema, id, patch, ['id', 'url', 'createdAt'], now);
    },
  };
}

function deletionMethods(write: Write) {
  return {
    /** Deletes a provider and its visits; returns them for restore(), or undefined if absent. */
    async delete(id: string): Promise<DeletedProvider | undefined> {
      return write(['providers', 'visits'], async (tx) => {
        const providers = tx.objectStore('providers');
        const visitStore = tx.objectStore('visits');
        const provider = await providers.get(id);
        if (!provider) return undefined;
        const visits = await visitStore.index('providerId').getAll(id);
        await each(visits, (v) => visitStore.delete(v.id));
        await providers.delete(id);
        return { provider, visits: visits.sort(byDate) };
      });
    },

    /** Undoes delete(): puts the provider and its visits back as they were. */
    async restore(deleted: DeletedProvider): Promise<void> {
      const provider = check(providerRecordSchema, deleted.provider);
      const visits = deleted.visits.map((v) => check(visitRecordSchema, v));
      await write(['providers', 'visits'], async (tx) => {
        const visitStore = tx.objectStore('visits');
        await tx.objectStore('providers').put(provider);
        await each(visits, (v) => visitStore.put(v));
      });
    },
  };
}

/** Puts a visit whose provider must exist, in one transaction. */
async function putVisitOfKnownProvider(write: Write, record: VisitRecord): Promise<void> {
  await write(['providers', 'visits'], async (tx) => {
    if ((await tx.objectStore('providers').count(record.providerId)) === 0) {
      throw new ShortlistValidationError(['providerId: that provider is not in your shortlist']);
    }
    await tx.objectStore('visits').put(record);
  });
}

function visitMethods(db: Database, write: Write, patchRecord: ReturnType<typeof patcherFor>) {
  return {
    async addVisit(visit: NewVisit, now: Date = new Date()): Promise<VisitRecord> {
      const stamp = now.toISOString();
      const record = check(
        visitRecordSchema,
        compact({ rangeOfMotion: '', notes: '', ...visit, id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp }),
      );
      await putVisitOfKnownProvider(write, record);
      return record;
    },

    async updateVisit(id: string, patch: VisitPatch, now: Date = new Date()): Promise<VisitRecord | undefined> {
      return patchRecord('visits', visitRecordSchema, id, patch, ['id', 'providerId', 'createdAt'], now);
    },

    /** Returns the deleted visit (for restoreVisit), or undefined if there was none. */
    async deleteVisit(id: string): Promise<VisitRecord | undefined> {
      return write(['visits'], async (tx) => {
        const store = tx.objectStore('visits');
        const existing = await store.get(id);
        if (existing) await store.delete(id);
        return existing;
      });
    },

    async restoreVisit(visit: VisitRecord): Promise<void> {
      await putVisitOfKnownProvider(write, check(visitRecordSchema, visit));
    },

    /** A provider's visits, oldest first. */
    async visitsFor(providerId: string): Promise<VisitRecord[]> {
      const visits = await db.getAllFromIndex('visits', 'providerId', providerId);
      return visits.sort(byDate);
    },
  };
}

/**
 * Opens (creating or upgrading) the shortlist database. Every method that writes uses one
 * transaction and throws ShortlistWriteError if it fails, with nothing written.
 */
export async function openShortlist(name: string = DB_NAME) {
  const db = await openDatabase(name);
  const write = writerFor(db);
  const patchRecord = patcherFor(write);
  const importBackup = importerFor(write);
  return {
    name,
    importBackup,
    close(): void {
      db.close();
    },
    ...providerMethods(db, write, patchRecord),
    ...deletionMethods(write),
    ...visitMethods(db, write, patchRecord),

    async exportBackup(now: Date = new Date()): Promise<Backup> {
      const tx = db.transaction(['providers', 'visits'], 'readonly');
      const [providers, visits] = await Promise.all([tx.objectStore('providers').getAll(), tx.objectStore('visits').getAll()]);
      await tx.done;
      return { format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: now.toISOString(), providers, visits };
    },

    /** Reads a backup file's text (size-capped, JSON-checked), then imports it as importBackup does. */
    async importBackupText(text: string): Promise<ImportResult> {
      const checked = parseBackupText(text);
      if (!checked.ok) return checked;
      return importBackup(checked.value);
    },
  };
}
