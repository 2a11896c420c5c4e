import { upgradeProviderV1 } from './migrations';
import { describeValue, findUnsafeShapes, issuesToProblems } from './problems';
import { BACKUP_FORMAT, CURRENT_VERSION, SHORTLIST_LIMITS, backupSchema, type Backup } from './schema';
import { futureTimestampProblems } from './import-guards';

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * Backups bigger than this are refused before parsing (measured in UTF-16 code units). It must hold
 * what the schema allows a shortlist to be with ordinary records (SHORTLIST_LIMITS: 100,000
 * providers with their visits): 50 MB did not, so this version wrote backups it then refused.
 */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;

/** From this share of the cap on, an export warns that the file is nearing what import accepts. */
const BACKUP_WARNING_SHARE = 0.8;

/** A warning for an exported backup's text that is close to (or past) the import cap, else undefined. */
export function backupSizeWarning(chars: number): string | undefined {
  if (chars < MAX_BACKUP_CHARS * BACKUP_WARNING_SHARE) return undefined;
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return chars > MAX_BACKUP_CHARS
    ? `This backup (${mb(chars)} MB) is larger than Knead to Know can import (${mb(MAX_BACKUP_CHARS)} MB). Export fewer providers, or delete old visits first.`
    : `This backup (${mb(chars)} MB) is close to the largest Knead to Know can import (${mb(MAX_BACKUP_CHARS)} MB).`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A file with more records than a shortlist may hold is refused on its counts alone: checking every
 * record of 100,001 providers first took 6 seconds to say the same thing.
 */
function tooManyRecords(raw: Record<string, unknown>): string | undefined {
  for (const key of ['providers', 'visits'] as const) {
    const records = raw[key];
    const max = SHORTLIST_LIMITS[key];
    if (Array.isArray(records) && records.length > max) {
      const count = (n: number) => n.toLocaleString('en-US');
      return `${key}: this file holds ${count(records.length)} ${key}, more than a shortlist can hold (${count(max)}).`;
    }
  }
  return undefined;
}

/**
 * Checks a whole backup before anything is written. Pure: returns the validated backup or
 * every problem found, as readable lines with paths.
 */
export function validateBackup(raw: unknown, now: Date = new Date()): Checked<Backup> {
  // Counted before anything walks every record.
  const tooMany = isPlainObject(raw) ? tooManyRecords(raw) : undefined;
  if (tooMany) return { ok: false, problems: [tooMany] };
  const unsafe = findUnsafeShapes(raw);
  if (unsafe.length > 0) return { ok: false, problems: unsafe };
  if (!isPlainObject(raw)) {
    return { ok: false, problems: [`This is not a Knead to Know backup: expected an object, found ${describeValue(raw)}.`] };
  }
  if (raw.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      problems: [`format: must be "${BACKUP_FORMAT}" (this file is not a Knead to Know backup)`],
    };
  }
  const version = raw.schemaVersion;
  if (typeof version === 'number' && version > CURRENT_VERSION) {
    return {
      ok: false,
      problems: [
        `schemaVersion: this backup was made by a newer version of Knead to Know (backup version ${version}; ` +
          `this version reads up to ${CURRENT_VERSION}). Update the extension, then import it again.`,
      ],
    };
  }
  // A version 1 backup holds providers in the old shape: bring them up as the database does.
  const input = version === 1 && Array.isArray(raw.providers) ? { ...raw, providers: raw.providers.map(upgradeProviderV1) } : raw;
  const result = backupSchema.safeParse(input);
  if (!result.success) return { ok: false, problems: issuesToProblems(result.error.issues, input) };
  const future = futureTimestampProblems(result.data, now);
  if (future.length > 0) return { ok: false, problems: future };
  return { ok: true, value: result.data };
}

/** Parses the text of a backup file and validates it; nothing is written. */
export function parseBackupText(text: string): Checked<Backup> {
  if (typeof text !== 'string') return { ok: false, problems: ['The file could not be read as text.'] };
  if (text.length > MAX_BACKUP_CHARS) {
    return { ok: false, problems: [`The file is too large (over ${MAX_BACKUP_CHARS / 1024 / 1024} MB) to be a Knead to Know backup.`] };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problems: ['The file is empty.'] };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    if (/end of JSON input|Unterminated|unexpected end/i.test(detail)) {
      return { ok: false, problems: [`The file is cut off: it ends in the middle of the data, so it is not valid JSON (${detail}).`] };
    }
    return { ok: false, problems: [`The file is not valid JSON (${detail}).`] };
  }
  return validateBackup(raw);
}

/**
 * The text of a backup to export, checked the way import will check it: a file this version
 * writes must be one it reads back. Providers left in an older shape (a version-1 record the
 * migration missed) are brought up first; a backup that still fails is refused with its problems
 * rather than written. `warning` is set when the text nears the import cap.
 */
export function exportableBackupText(backup: Backup): Checked<{ text: string; warning?: string }> {
  const upgraded = { ...backup, providers: backup.providers.map((p) => upgradeProviderV1(p)) };
  const text = JSON.stringify(upgraded);
  const checked = validateBackup(JSON.parse(text));
  if (!checked.ok) return checked;
  return { ok: true, value: { text, warning: backupSizeWarning(text.length) } };
}
