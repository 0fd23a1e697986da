import { backupBytes, makeBackup } from '../../../shared/backup/envelope';
import type { AutoBackupResult, DesktopApi } from '../../../shared/bridge/desktop-api';
import { version as appVersion } from '../../../package.json';
import type { BeforeUpgrade } from '../../db/pre-upgrade';

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
    const backup = makeBackup(tables, await desktop.getSettings(), { appVersion, schemaVersion: fromVersion });
    await desktop.writeAutoBackup({ bytes: backupBytes(backup) as Uint8Array<ArrayBuffer> });
  };
}
