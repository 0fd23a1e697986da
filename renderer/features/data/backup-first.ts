import { BACKUP_TABLES } from '../../../shared/backup/envelope';
import { writeBackupFile } from '../../../shared/backup/stream-format';
import type { AutoBackupResult, DesktopApi } from '../../../shared/bridge/desktop-api';
import { version as appVersion } from '../../../package.json';
import type { BeforeUpgrade } from '../../db/pre-upgrade';
import { uploadBlob } from '../../bridge/upload-blob';

/**
 * The desktop app copies the whole ledger into its backups folder before anything rewrites it
 * in bulk — a schema upgrade of a new release, an import — so a bad file or a bad release can
 * be undone from Settings › backups. The browser build has no backups folder: nothing to do.
 */
export class BackupFailed extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'BackupFailed';
  }
}

/** Runs `change` only after `backup` has written its file; a failed backup changes nothing. */
export async function backupFirst<T>(backup: () => Promise<AutoBackupResult>, change: () => Promise<T>): Promise<T> {
  try {
    await backup();
  } catch (error) {
    throw new BackupFailed(error instanceof Error ? error.message : String(error));
  }
  return change();
}

/** What main.tsx hands to openDatabase: the old ledger, stamped with the version it was written by. */
export function backupBeforeUpgrade(desktop: DesktopApi): BeforeUpgrade | undefined {
  if (desktop.kind !== 'electron') return undefined;
  return async ({ fromVersion, tables }) => {
    const settings = await desktop.getSettings();
    const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as Record<(typeof BACKUP_TABLES)[number], number>;
    const { blob } = await writeBackupFile(async (writer) => {
      await writer.header({ createdAt: new Date().toISOString(), appVersion, schemaVersion: fromVersion, counts, settings });
      for (const t of BACKUP_TABLES) await writer.add(t, tables[t]);
      await writer.end();
    });
    const kept = await uploadBlob(desktop, { purpose: 'autoBackup' }, blob);
    if (!kept.saved) throw new Error('the backup before the upgrade was not written');
  };
}
