import { dimensionIds } from '@/data/schemas';
import { questions } from '@/data/questions';
import { BACKUP_FORMAT, CURRENT_VERSION, type Backup, type ProviderRecord, type VisitRecord } from '@/lib/shortlist';

/** A small deterministic random source, so every run seeds the same shortlist. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}

const FIRST = ['Cedar', 'Willow', 'Aster', 'Birch', 'Harbor', 'Summit', 'River', 'Lotus', 'Pine', 'Maple', 'Juniper', 'Alder', 'Sage', 'Meadow', 'Bay', 'Quarry'];
const SECOND = ['Medical Massage', 'Day Spa', 'Bodywork', 'Physical Therapy & Massage', 'Wellness Studio', 'Massage Clinic', 'Rehab Massage', 'Spa & Salon'];
const CITIES = [
  ['Portland', 'OR'],
  ['Seattle', 'WA'],
  ['Tacoma', 'WA'],
  ['Phoenix', 'AZ'],
  ['Austin', 'TX'],
  ['Denver', 'CO'],
  ['Albany', 'NY'],
  ['Oakland', 'CA'],
] as const;
const TAGS = ['neck', 'low back', 'sciatica', 'insurance', 'near work', 'evenings', 'referral', 'parking', 'trigger points', 'post-surgery'];
const NOTES = [
  'Called on Tuesday; the front desk said they bill Regence directly and need a prescription from my doctor.',
  'Therapist has 1,000 hours of training and is board certified. Asked about SOAP notes: yes, every visit.',
  'Only relaxation packages on the menu; hot stones and aromatherapy. Probably not what my physician meant.',
  'Parking behind the building. First visit is a 30-minute assessment with range-of-motion measurements.',
  'They work with two orthopedic clinics nearby and send notes to the referring doctor after each visit.',
];
const KINDS = ['clinical-massage', 'clinical-massage', 'mixed-massage', 'recreational-massage'] as const;
const STATUSES = ['to-contact', 'contacted', 'booked', 'ruled-out'] as const;
const LABELS = ['Keeps SOAP notes', 'Names conditions it treats', 'Works with physicians', 'Bills insurance', 'Speaks of pampering and luxury', 'Treatment plan with goals'];

function uuid(rng: ReturnType<typeof random>): string {
  const hex = (n: number) => Array.from({ length: n }, () => rng.int(16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[rng.int(4)]}${hex(3)}-${hex(12)}`;
}

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A valid backup with `providerCount` providers and `visitsPerProvider` visits each, shaped like real use. */
export function benchBackup(providerCount: number, visitsPerProvider: number, seed = 42): Backup {
  const rng = random(seed);
  const start = Date.UTC(2024, 0, 1);
  const providers: ProviderRecord[] = [];
  const visits: VisitRecord[] = [];
  for (let i = 0; i < providerCount; i++) {
    const [city, state] = rng.pick(CITIES);
    const url = `https://www.provider-${i}.example/massage`;
    const created = start + rng.int(300) * 86_400_000;
    const updated = created + rng.int(60 * 86_400_000);
    const checklist: ProviderRecord['checklist'] = {};
    for (const d of dimensionIds) if (rng.next() < 0.4) checklist[d] = { answer: rng.pick(['clinical-like', 'spa-like', 'unknown'] as const), note: rng.next() < 0.3 ? 'Asked on the phone.' : '' };
    const answered: ProviderRecord['questions'] = {};
    for (const q of questions) if (rng.next() < 0.15) answered[q.id] = { asked: true, answer: 'They said yes, and showed me where to check.' };
    providers.push({
      id: url,
      url,
      name: `${rng.pick(FIRST)} ${rng.pick(SECOND)} ${i}`,
      phone: `(${200 + rng.int(700)}) 555-${String(rng.int(10_000)).padStart(4, '0')}`,
      address: { street: `${1 + rng.int(9000)} ${rng.pick(FIRST)} St`, locality: city, region: state, postalCode: String(10_000 + rng.int(89_999)) },
      state,
      kind: rng.pick(KINDS),
      confidence: Math.round(rng.next() * 100) / 100,
      credentials: [{ type: 'lmt', text: `LMT #${100_000 + i}`, licenseNumber: String(100_000 + i) }],
      evidenceSummary: Array.from({ length: 2 + rng.int(5) }, (_, k) => ({
        dimension: dimensionIds[(i + k) % dimensionIds.length]!,
        side: k % 3 === 2 ? ('recreational' as const) : ('clinical' as const),
        label: LABELS[(i + k) % LABELS.length]!,
      })),
      checklist,
      questions: answered,
      notes: rng.next() < 0.8 ? `${rng.pick(NOTES)} ${rng.next() < 0.5 ? rng.pick(NOTES) : ''}`.trim() : '',
      status: rng.pick(STATUSES),
      tags: Array.from(new Set(Array.from({ length: rng.int(4) }, () => rng.pick(TAGS)))),
      createdAt: iso(created),
      updatedAt: iso(updated),
    });
    for (let v = 0; v < visitsPerProvider; v++) {
      const when = created + (v + 1) * 7 * 86_400_000;
      const before = 4 + rng.int(7);
      visits.push({
        id: uuid(rng),
        providerId: url,
        date: day(when),
        painBefore: before,
        painAfter: Math.max(0, before - rng.int(5)),
        rangeOfMotion: rng.next() < 0.6 ? `Turns head ${30 + rng.int(50)}° to the left` : '',
        notes: rng.next() < 0.7 ? 'Trigger point work on the upper trapezius; sore the next day, then better.' : '',
        createdAt: iso(when),
        updatedAt: iso(when),
      });
    }
  }
  return { format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: iso(Date.UTC(2025, 5, 1)), providers, visits };
}
