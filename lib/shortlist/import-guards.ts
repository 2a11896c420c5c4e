import type { Backup } from './schema';

/** A clock a little ahead of ours is normal; a record from further ahead would win every merge. */
const ALLOWED_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * Timestamps after `now` (beyond the allowed skew): an import keeps the newer of two records, so a
 * record dated in the year 9999 would replace the patient's own notes now and on every later import.
 */
export function futureTimestampProblems(backup: Backup, now: Date): string[] {
  const limit = now.getTime() + ALLOWED_CLOCK_SKEW_MS;
  const problems: string[] = [];
  const check = (where: string, records: readonly { createdAt?: string; updatedAt: string }[]) =>
    records.forEach((record, i) => {
      for (const field of ['createdAt', 'updatedAt'] as const) {
        const value = record[field];
        if (value && Date.parse(value) > limit) problems.push(`${where}[${i}].${field}: ${value} is in the future; check the computer's date`);
      }
    });
  check('providers', backup.providers);
  check('visits', backup.visits);
  return problems;
}
