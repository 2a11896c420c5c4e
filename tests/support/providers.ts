import { BACKUP_FORMAT, CURRENT_VERSION, openShortlist, type ProviderRecord, type VisitRecord } from '@/lib/shortlist';


/** A valid provider record for tests; `overrides` replace fields, `id` and `url` follow `slug`. */
export function providerRecord(slug: string, overrides: Partial<ProviderRecord> = {}): ProviderRecord {
  const url = `https://${slug}.example/`;
  return {
    id: url,
    url,
    name: slug,
    kind: 'clinical-massage',
    confidence: 0.8,
    credentials: [],
    evidenceSummary: [],
    checklist: {},
    questions: {},
    notes: '',
    status: 'to-contact',
    tags: [],
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
    ...overrides,
  };
}

/** A valid visit record for tests. */
export function visitRecord(providerId: string, date: string, overrides: Partial<VisitRecord> = {}): VisitRecord {
  return {
    id: crypto.randomUUID(),
    providerId,
    date,
    rangeOfMotion: '',
    notes: '',
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
    ...overrides,
  };
}

let dbCounter = 0;
/** A database name no other test uses. */
export const uniqueDbName = (label: string) => `shortlist-${label}-${++dbCounter}-${Math.random().toString(36).slice(2)}`;

/** Writes the records into the named shortlist (through the import, which validates them). */
export async function seed(dbName: string, providers: ProviderRecord[], visits: VisitRecord[] = []): Promise<void> {
  const shortlist = await openShortlist(dbName);
  try {
    const result = await shortlist.importBackup({ format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: '2025-01-01T10:00:00.000Z', providers, visits });
    if (!result.ok) throw new Error(result.problems.join('\n'));
  } finally {
    shortlist.close();
  }
}

/** Runs `work` on the named shortlist and closes it. */
export async function withShortlist<T>(dbName: string, work: (s: Awaited<ReturnType<typeof openShortlist>>) => Promise<T>): Promise<T> {
  const shortlist = await openShortlist(dbName);
  try {
    return await work(shortlist);
  } finally {
    shortlist.close();
  }
}
