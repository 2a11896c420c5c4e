import { dimensionIds } from '@/data/schemas';
import type { Detection } from '@/lib/detect/schema';
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

// Cast: only kind, confidence, provider, credentials and evidence are read, and Detection grows.
/** A detection of a clinic page, for store tests; override what a test is about. */
export function sampleDetection(overrides: Partial<Detection> = {}): Detection {
  return {
    kind: 'clinical-massage',
    reason: 'scored',
    confidence: 0.8,
    url: 'https://example.com/',
    clinicalScore: 10,
    recreationalScore: 2,
    dimensionScores: Object.fromEntries(dimensionIds.map((d) => [d, { clinical: 0, recreational: 0 }])) as Detection['dimensionScores'],
    evidence: [
      { signalId: 'soap-notes', dimension: 'records', side: 'clinical', label: 'SOAP notes', weight: 2, snippet: 'we keep SOAP notes', where: 'body' },
      { signalId: 'soap-notes', dimension: 'records', side: 'clinical', label: 'SOAP notes', weight: 2, snippet: 'SOAP notes again', where: 'body' },
      { signalId: 'hot-stones', dimension: 'techniques', side: 'recreational', label: 'Hot stones', weight: 1, snippet: 'hot stones', where: 'body' },
    ],
    pageCues: { provider: [], counter: [] },
    ambiguous: [],
    provider: { name: 'Riverside Clinical Massage', phone: '(555) 010-2000', address: { street: '1 Main St', locality: 'Springfield', region: 'IL' }, state: 'IL' },
    credentials: [{ type: 'lmt', text: 'LMT #MA12345', licenseNumber: 'MA12345' }],
    hints: [],
    ...overrides,
  } as Detection;
}
