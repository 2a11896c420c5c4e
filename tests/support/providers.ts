import type { ProviderRecord } from '@/lib/shortlist';

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
