/// <reference lib="webworker" />
import { checkStreamBackup } from '../../shared/backup/stream-reader';
import { ValidationFailed } from '../../shared/errors';
import { BackupRepo } from '../db/backup-repo';
import { HomeboundDb } from '../db/database';
import type { BackupWorkerIn, BackupWorkerOut } from './messages';

/**
 * Backups, their checks and restores read or write the whole ledger: seconds of work at a
 * million orders, kept off the window. Progress is posted per chunk.
 */
const post = (message: BackupWorkerOut) => self.postMessage(message);
const progress = (done: number, total: number) => post({ type: 'progress', done, total });

async function run(job: BackupWorkerIn): Promise<BackupWorkerOut> {
  if (job.type === 'check') {
    const checked = await checkStreamBackup(job.file.stream(), { currentSchema: job.currentSchema, check: true, onProgress: progress });
    return checked.ok ? { type: 'checked', header: checked.header } : { type: 'refused', refusal: checked.refusal };
  }
  const db = new HomeboundDb(job.dbName);
  try {
    const repo = new BackupRepo(db);
    if (job.type === 'backup') {
      const { blob, header } = await repo.file(job.settings, progress);
      return { type: 'written', blob, header };
    }
    await repo.restore(job.file.stream(), progress);
    return { type: 'restored' };
  } finally {
    db.close();
  }
}

self.onmessage = async (event: MessageEvent<BackupWorkerIn>) => {
  try {
    post(await run(event.data));
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error), errors: error instanceof ValidationFailed ? error.errors : undefined });
  }
};
