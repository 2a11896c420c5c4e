// Reads and checks a backup file off the options page's main thread (see backup-check.ts): a file
// of 100,001 providers kept the page from answering for 6 seconds while it was parsed and refused.
import '@/lib/extension/zod-config';
import { readAndCheckBackup, type BackupCheckRequest } from './backup-check-core';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackupCheckRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  void readAndCheckBackup(event.data.file).then((outcome) => scope.postMessage(outcome));
};
