import { check, clip, compact, type ShortlistConnection, type WriteTx } from './db-open';
import { normaliseProviderUrl } from './normalise-url';
import { addressFromLine, nameKey, sameProvider, withAlias, withSeenOn, fromListingsOnly, type ProviderIdentity } from './same-provider';
import { SHORTLIST_LIMITS as L, providerRecordSchema, type ProviderRecord, type SeenOn } from './schema';

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

/** What the patient writes into a record, empty, for a provider saved for the first time. */
export const newRecordFields = (stamp: string) => ({
  checklist: {},
  questions: {},
  notes: '',
  status: 'to-contact' as const,
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
});

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
export async function findSameProvider(
  tx: WriteTx,
  id: string,
  identity: ProviderIdentity,
  from: 'page' | 'listing',
): Promise<ProviderRecord | undefined> {
  const store = tx.objectStore('providers');
  return (await store.get(id)) ?? (await store.index('aliases').get(id)) ?? (await findByIdentity(tx, identity, from === 'page'));
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

/** Saving a directory's listing, and finding the record a page belongs to. */
export function listingEdits({ db, write }: ShortlistConnection) {
  return {
    /**
     * Saves a directory listing: its name, its provider page, the directory, the card's verdict and
     * reasons. Merges into the record of the same provider when there is one (same page, one of its
     * aliases, or same name with agreeing details): a "seen on" entry is added and details it lacks
     * are filled in; its verdict changes only if all it knows came from cards too.
     */
    async saveFromListing(listing: ListingToSave, now: Date = new Date()): Promise<ProviderRecord> {
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
          : {
              ...fields,
              name: fields.name ?? new URL(id).hostname,
              ...verdict,
              id,
              url: listing.link,
              credentials: [],
              evidenceSummary: [],
              seenOn: [seen],
              ...newRecordFields(stamp),
            };
        const valid = check(providerRecordSchema, compact(record));
        await tx.objectStore('providers').put(valid);
        return valid;
      });
    },

    /** The record for a page's address: saved under it, or under another address of the same provider. */
    async findForPage(url: string): Promise<ProviderRecord | undefined> {
      const id = normaliseProviderUrl(url);
      // One transaction for both reads: a save started after this lookup cannot slip in between.
      const store = db.transaction('providers').store;
      const [byId, byAlias] = await Promise.all([store.get(id), store.index('aliases').get(id)]);
      return byId ?? byAlias;
    },
  };
}
