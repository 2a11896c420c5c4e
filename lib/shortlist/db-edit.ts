import type { z } from 'zod';
import type { Detection } from '@/lib/detect/schema';
import { check, clip, compact, each, ShortlistValidationError, type ShortlistConnection, type StoreName } from './db-open';
import { findSameProvider, newRecordFields } from './db-listing';
import { byDate } from './db-query';
import { normaliseProviderUrl } from './normalise-url';
import { fromListingsOnly, withAlias } from './same-provider';
import { SHORTLIST_LIMITS as L, providerRecordSchema, visitRecordSchema, type ProviderRecord, type VisitRecord } from './schema';

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

function addressFrom(provider: Detection['provider']): ProviderRecord['address'] {
  if (!provider.address) return undefined;
  const address = compact({
    street: clip(provider.address.street, L.addressPart),
    locality: clip(provider.address.locality, L.addressPart),
    region: clip(provider.address.region, L.addressPart),
    postalCode: clip(provider.address.postalCode, L.addressPart),
  });
  return Object.keys(address).length > 0 ? address : undefined;
}

/** One line per dimension, side and label, up to the stored limit. */
function evidenceSummaryFrom(detection: Detection): ProviderRecord['evidenceSummary'] {
  const seen = new Set<string>();
  const summary: ProviderRecord['evidenceSummary'] = [];
  for (const e of detection.evidence) {
    const label = e.label.slice(0, L.evidenceLabel);
    const key = `${e.dimension}\u0000${e.side}\u0000${label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    summary.push({ dimension: e.dimension, side: e.side, label });
    if (summary.length >= L.evidence) break;
  }
  return summary;
}

/** The fields a detection gives us; absent ones are left out so saved values are kept. */
function fromDetection(detection: Detection, url: string, id: string): Partial<ProviderRecord> & Pick<ProviderRecord, 'kind' | 'url'> {
  const { provider } = detection;
  const state = provider.state?.trim().toUpperCase();
  const trimmedUrl = url.trim();
  return compact({
    url: trimmedUrl.length <= L.url ? trimmedUrl : id,
    name: clip(provider.name, L.name),
    phone: clip(provider.phone, L.phone),
    address: addressFrom(provider),
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
    evidenceSummary: evidenceSummaryFrom(detection),
  });
}

/**
 * Applies a patch to one record in its own transaction, keeping the fields a patch may not
 * change and stamping updatedAt; validated before writing. Undefined if there is no such record.
 */
function patchRecord<T>(
  { write }: ShortlistConnection,
  storeName: StoreName,
  schema: z.ZodType<T>,
  { id, patch, fixedFields, now }: { id: string; patch: object; fixedFields: readonly string[]; now: Date },
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
}

/** Writes of one provider at a time: what the patient saves, edits, deletes and restores. */
export function providerEdits(connection: ShortlistConnection) {
  const { write } = connection;
  return {
    /**
     * Saves what a page shows about a provider. Identity is the normalised URL, or a record saved
     * earlier under another address of the same provider (a listing of it on a directory): then the
     * page's facts and evidence go into that record, its address becomes one of the record's aliases,
     * and everything the patient wrote (notes, visits, status, answers) and "seen on" stays.
     */
    async saveFromDetection(detection: Detection, url: string, now: Date = new Date()): Promise<ProviderRecord> {
      // A results page lists many providers; it is never one of them.
      if (detection.listings || detection.page === 'results') {
        throw new ShortlistValidationError(['this page lists many providers; save one of its listings instead']);
      }
      const id = normaliseProviderUrl(url);
      const stamp = now.toISOString();
      const page = fromDetection(detection, url, id);
      return write(['providers'], async (tx) => {
        const existing = await findSameProvider(tx, id, page, 'page');
        let record: ProviderRecord;
        if (!existing) record = { name: new URL(id).hostname, ...page, id, ...newRecordFields(stamp) } as ProviderRecord;
        else if (existing.id === id) record = { ...existing, ...page, updatedAt: stamp };
        else {
          // The provider's own page, once saved, is the link the record opens; a directory link it had stays in "seen on".
          const ownUrl = fromListingsOnly(existing) ? page.url : existing.url;
          record = { ...existing, ...page, url: ownUrl, aliases: withAlias(existing, id), updatedAt: stamp };
        }
        const valid = check(providerRecordSchema, compact(record));
        await tx.objectStore('providers').put(valid);
        return valid;
      });
    },

    /** Changes the patient's fields; validated before writing. Undefined if there is no such provider. */
    async update(id: string, patch: ProviderPatch, now: Date = new Date()): Promise<ProviderRecord | undefined> {
      return patchRecord(connection, 'providers', providerRecordSchema, { id, patch, fixedFields: ['id', 'url', 'createdAt'], now });
    },

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

/** Puts a visit whose provider must already be saved. */
function putVisitOfSavedProvider({ write }: ShortlistConnection, record: VisitRecord): Promise<void> {
  return write(['providers', 'visits'], async (tx) => {
    if ((await tx.objectStore('providers').count(record.providerId)) === 0) {
      throw new ShortlistValidationError(['providerId: that provider is not in your shortlist']);
    }
    await tx.objectStore('visits').put(record);
  });
}

/** Writes of one visit at a time. */
export function visitEdits(connection: ShortlistConnection) {
  return {
    async addVisit(visit: NewVisit, now: Date = new Date()): Promise<VisitRecord> {
      const stamp = now.toISOString();
      const record = check(
        visitRecordSchema,
        compact({ rangeOfMotion: '', notes: '', ...visit, id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp }),
      );
      await putVisitOfSavedProvider(connection, record);
      return record;
    },

    async updateVisit(id: string, patch: VisitPatch, now: Date = new Date()): Promise<VisitRecord | undefined> {
      return patchRecord(connection, 'visits', visitRecordSchema, { id, patch, fixedFields: ['id', 'providerId', 'createdAt'], now });
    },

    /** Returns the deleted visit (for restoreVisit), or undefined if there was none. */
    async deleteVisit(id: string): Promise<VisitRecord | undefined> {
      return connection.write(['visits'], async (tx) => {
        const store = tx.objectStore('visits');
        const existing = await store.get(id);
        if (existing) await store.delete(id);
        return existing;
      });
    },

    async restoreVisit(visit: VisitRecord): Promise<void> {
      await putVisitOfSavedProvider(connection, check(visitRecordSchema, visit));
    },
  };
}
