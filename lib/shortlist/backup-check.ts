import { readAndCheckBackup, type BackupCheckOutcome } from './backup-check-core';

export type { BackupCheckOutcome } from './backup-check-core';

/** Lets the page paint and answer input before a long piece of work that cannot be cut up. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function checkInWorker(file: Blob): Promise<BackupCheckOutcome> {
  // A module worker bundled by vite into the extension's own files: allowed by `script-src 'self'`
  // in Chrome's MV3 pages and in Firefox, and it evaluates no code from strings.
  const worker = new Worker(new URL('./backup-check.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<BackupCheckOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BackupCheckOutcome>) => resolve(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the backup check could not start'));
    };
    worker.postMessage({ file });
  }).finally(() => worker.terminate());
}

/**
 * Reads and checks a backup file without holding up the page: JSON.parse and the schema check of a
 * file of 100,000 providers take seconds and cannot be sliced, so they run in a worker. Where no
 * worker can start (a test DOM), the same check runs here after the page has had its turn.
 */
export async function checkBackupFile(file: Blob): Promise<BackupCheckOutcome> {
  if (typeof Worker === 'function') {
    try {
      return await checkInWorker(file);
    } catch (error) {
      console.warn('Knead to Know: the backup was checked on the page, as its worker did not start:', error);
    }
  }
  await nextTask();
  return readAndCheckBackup(file);
}
