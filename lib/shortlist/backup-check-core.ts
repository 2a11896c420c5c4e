import { parseBackupText, type Checked } from './backup';
import type { Backup } from './schema';

export interface BackupCheckRequest {
  file: Blob;
}
/** A checked backup, its problems, or `unreadable` when the file could not be read at all. */
export type BackupCheckOutcome = Checked<Backup> | { ok: false; unreadable: true };

/** Reads a chosen file's text and checks it as a backup; nothing is written. */
export async function readAndCheckBackup(file: Blob): Promise<BackupCheckOutcome> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, unreadable: true };
  }
  return parseBackupText(text);
}
