import { parseBackupText, validateBackup } from './backup';
import type { IDBPTransaction } from 'idb';
import { each, type ShortlistConnection, type ShortlistDB, type StoreName } from './db-open';
import type { Backup, ProviderRecord, VisitRecord } from './schema';

export type ImportResult = { ok: true; added: number; updated: number; skipped: number } | { ok: false; problems: string[] };

/**
 * What an import does with one record of the file: `add` a new one, `update` ours with a newer one,
 * leave ours when it is the `same` age, keep ours when it is `newer`, or refuse a visit whose id we
 * already have `under-another-provider` (it would move that visit).
 */
type Outcome = 'add' | 'update' | 'same' | 'ours-newer' | 'under-another-provider';
interface Decision<T> {
  incoming: T;
  existing?: T;
  outcome: Outcome;
}
interface MergePlan {
  providers: Decision<ProviderRecord>[];
  visits: Decision<VisitRecord>[];
}

function decide<T extends { updatedAt: string }>(incoming: T, existing: T | undefined): Decision<T> {
  if (!existing) return { incoming, outcome: 'add' };
  const theirs = Date.parse(incoming.updatedAt);
  const ours = Date.parse(existing.updatedAt);
  return { incoming, existing, outcome: theirs > ours ? 'update' : theirs === ours ? 'same' : 'ours-newer' };
}

/** The rule of every import: a record from the file replaces ours only if it is newer; nothing is deleted. */
function planMerge(backup: Backup, ourProviders: (ProviderRecord | undefined)[], ourVisits: (VisitRecord | undefined)[]): MergePlan {
  return {
    providers: backup.providers.map((p, i) => decide(p, ourProviders[i])),
    visits: backup.visits.map((v, i) => {
      const existing = ourVisits[i];
      // A visit id the shortlist already has under another provider is not moved there.
      if (existing && existing.providerId !== v.providerId) return { incoming: v, existing, outcome: 'under-another-provider' };
      return decide(v, existing);
    }),
  };
}

const writes = (outcome: Outcome) => outcome === 'add' || outcome === 'update';

async function readPlan(tx: IDBPTransaction<ShortlistDB, StoreName[], 'readonly' | 'readwrite'>, backup: Backup): Promise<MergePlan> {
  const providerStore = tx.objectStore('providers');
  const visitStore = tx.objectStore('visits');
  const [ourProviders, ourVisits] = await Promise.all([
    Promise.all(backup.providers.map((p) => providerStore.get(p.id))),
    Promise.all(backup.visits.map((v) => visitStore.get(v.id))),
  ]);
  return planMerge(backup, ourProviders, ourVisits);
}

function countOutcomes(plan: MergePlan): Extract<ImportResult, { ok: true }> {
  const all = [...plan.providers, ...plan.visits];
  const added = all.filter((d) => d.outcome === 'add').length;
  const updated = all.filter((d) => d.outcome === 'update').length;
  return { ok: true, added, updated, skipped: all.length - added - updated };
}

/** The provider fields that differ between ours and the file's (updatedAt aside), in the record's order. */
function changedFields(ours: ProviderRecord, theirs: ProviderRecord): (keyof ProviderRecord)[] {
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)] as (keyof ProviderRecord)[]);
  keys.delete('updatedAt');
  return [...keys].filter((key) => JSON.stringify(ours[key]) !== JSON.stringify(theirs[key]));
}

type RefusalReason = 'ours-newer' | 'under-another-provider';
/** What an import would change, shown to the patient before anything is written. */
export interface ImportPreview {
  providersAdded: { id: string; name: string }[];
  providersUpdated: { id: string; name: string; fields: (keyof ProviderRecord)[] }[];
  visitsAdded: number;
  visitsUpdated: number;
  /** Records identical in age to ours: nothing to do. */
  unchanged: number;
  /** Records of the file that will not be written, and why. */
  refused: { kind: 'provider' | 'visit'; id: string; name: string; date?: string; reason: RefusalReason }[];
}

function describePlan(plan: MergePlan): ImportPreview {
  const nameOf = new Map<string, string>();
  for (const d of plan.providers) nameOf.set(d.incoming.id, d.existing?.name ?? d.incoming.name);
  const preview: ImportPreview = { providersAdded: [], providersUpdated: [], visitsAdded: 0, visitsUpdated: 0, unchanged: 0, refused: [] };
  for (const { incoming, existing, outcome } of plan.providers) {
    if (outcome === 'add') preview.providersAdded.push({ id: incoming.id, name: incoming.name });
    else if (outcome === 'update' && existing) preview.providersUpdated.push({ id: incoming.id, name: existing.name, fields: changedFields(existing, incoming) });
    else if (outcome === 'same') preview.unchanged++;
    else preview.refused.push({ kind: 'provider', id: incoming.id, name: incoming.name, reason: 'ours-newer' });
  }
  for (const { incoming, outcome } of plan.visits) {
    if (outcome === 'add') preview.visitsAdded++;
    else if (outcome === 'update') preview.visitsUpdated++;
    else if (outcome === 'same') preview.unchanged++;
    else {
      const name = nameOf.get(incoming.providerId) ?? incoming.providerId;
      preview.refused.push({ kind: 'visit', id: incoming.id, name, date: incoming.date, reason: outcome as RefusalReason });
    }
  }
  return preview;
}

/** What applyImport wrote, record by record, with what was there before: enough to undo it exactly. */
export interface ImportUndo {
  providers: { before?: ProviderRecord; after: ProviderRecord }[];
  visits: { before?: VisitRecord; after: VisitRecord }[];
}
export interface UndoResult {
  restored: number;
  /** Records changed (or deleted) since the import: the patient's later work is left as it is. */
  kept: number;
}

const toUndo = <T>(decisions: Decision<T>[]) => decisions.filter((d) => writes(d.outcome)).map((d) => ({ before: d.existing, after: d.incoming }));

/**
 * Validated backups in, in one transaction each: preview (reads only), apply (returns what it wrote,
 * for undo) and undo. Throws ShortlistWriteError (with nothing written) if a write fails.
 */
export function backupImports(connection: ShortlistConnection) {
  const { db, write } = connection;

  async function applyImport(backup: Backup): Promise<{ result: Extract<ImportResult, { ok: true }>; undo: ImportUndo }> {
    return write(['providers', 'visits'], async (tx) => {
      // Planned again inside the write: the popup may have saved something since the preview.
      const plan = await readPlan(tx, backup);
      const providers = plan.providers.filter((d) => writes(d.outcome)).map((d) => d.incoming);
      const visits = plan.visits.filter((d) => writes(d.outcome)).map((d) => d.incoming);
      const providerStore = tx.objectStore('providers');
      const visitStore = tx.objectStore('visits');
      await Promise.all([each(providers, (p) => providerStore.put(p)), each(visits, (v) => visitStore.put(v))]);
      return { result: countOutcomes(plan), undo: { providers: toUndo(plan.providers), visits: toUndo(plan.visits) } };
    });
  }

  async function importBackup(raw: unknown): Promise<ImportResult> {
    const checked = validateBackup(raw);
    if (!checked.ok) return checked;
    return (await applyImport(checked.value)).result;
  }

  return {
    /** What importing this (validated) backup would change; nothing is written. */
    async previewImport(backup: Backup): Promise<ImportPreview> {
      const tx = db.transaction(['providers', 'visits'], 'readonly');
      const plan = await readPlan(tx, backup);
      await tx.done;
      return describePlan(plan);
    },

    /** Merges a validated backup (newer record wins, nothing deleted) and returns how to undo it. */
    applyImport,

    /**
     * Puts back what an import replaced and removes what it added, in one transaction. A record
     * changed or deleted since the import is left as the patient made it, and so is a provider the
     * import added that has since been given visits of its own.
     */
    async undoImport(undo: ImportUndo): Promise<UndoResult> {
      return write(['providers', 'visits'], async (tx) => {
        let restored = 0;
        let kept = 0;
        const visitStore = tx.objectStore('visits');
        const providerStore = tx.objectStore('providers');
        for (const { before, after } of undo.visits) {
          const current = await visitStore.get(after.id);
          if (!current || current.updatedAt !== after.updatedAt || current.providerId !== after.providerId) kept++;
          else {
            await (before ? visitStore.put(before) : visitStore.delete(after.id));
            restored++;
          }
        }
        for (const { before, after } of undo.providers) {
          const current = await providerStore.get(after.id);
          const unchangedSince = current !== undefined && current.updatedAt === after.updatedAt;
          const ownVisits = !before && unchangedSince ? await visitStore.index('providerId').count(after.id) : 0;
          if (!unchangedSince || ownVisits > 0) kept++;
          else {
            await (before ? providerStore.put(before) : providerStore.delete(after.id));
            restored++;
          }
        }
        return { restored, kept };
      });
    },

    /**
     * Validates the whole backup, then merges it in one transaction: a record from the file
     * replaces ours only if its updatedAt is newer; nothing is ever deleted.
     */
    importBackup,

    /** Reads a backup file's text (size-capped, JSON-checked), then imports it as importBackup does. */
    async importBackupText(text: string): Promise<ImportResult> {
      const checked = parseBackupText(text);
      if (!checked.ok) return checked;
      return importBackup(checked.value);
    },
  };
}
