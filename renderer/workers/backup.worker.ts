/// <reference lib="webworker" />
import { backupBytes } from '../../shared/backup/envelope';
import { HomeboundDb } from '../db/database';
import { BackupRepo } from '../db/backup-repo';
import type { BackupWorkerIn, BackupWorkerOut } from './messages';

/**
 * An automatic backup reads and serialises the whole ledger: tens of megabytes of JSON, a
 * second or more of work that would stall the window every few hours if done there.
 */
self.onmessage = async (event: MessageEvent<BackupWorkerIn>) => {
  const db = new HomeboundDb(event.data.dbName);
  try {
    const bytes = backupBytes(await new BackupRepo(db).snapshot(event.data.settings));
    self.postMessage({ type: 'done', bytes } satisfies BackupWorkerOut, { transfer: [bytes.buffer] });
  } catch (error) {
    self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies BackupWorkerOut);
  } finally {
    db.close();
  }
};
