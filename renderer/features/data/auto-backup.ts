import { useEffect, useState } from 'react';
import type { AutoBackupResult, AutoBackupStatus, DesktopApi } from '../../../shared/bridge/desktop-api';
import { useServices } from '../../app/services';
import { uploadBlob } from '../../bridge/upload-blob';
import { runBackupWorker } from '../../workers/run-workers';

/**
 * The page's half of automatic backups: the desktop shell asks (every few hours, on quit),
 * a worker snapshots the ledger, and the shell writes and rotates the file. Mounted once at
 * the app's root with `<AutoBackup />`, so requests are answered whichever page is open.
 */
const written = new Set<() => void>();

/** Hands a streamed backup file to the shell (`file`, or a new backup of the ledger made by a worker). */
export async function writeAutoBackup(desktop: DesktopApi, dbName: string, file?: Blob): Promise<AutoBackupResult> {
  if (desktop.kind !== 'electron') return { saved: false, reason: 'unsupported' };
  let blob = file;
  if (!blob) {
    const written = await runBackupWorker({ type: 'backup', dbName, settings: await desktop.getSettings() });
    if (written.type !== 'written') throw new Error(`backup worker answered ${written.type}`);
    blob = written.blob;
  }
  // The compressed file crosses the bridge in slices, never whole and never as text.
  const result = await uploadBlob(desktop, { purpose: 'autoBackup' }, blob);
  if (!result.saved) return { saved: false, reason: 'unsupported' };
  for (const listener of written) listener();
  return result;
}

export function AutoBackup(): null {
  const { desktop, repos } = useServices();
  const dbName = repos.db.name;
  useEffect(() => desktop.onBackupRequest(() => {
    // Nothing to show the user on a failure here: the next request tries again, and the manual backup remains.
    writeAutoBackup(desktop, dbName).catch((error: unknown) => console.error('automatic backup failed', error));
  }), [desktop, dbName]);
  return null;
}

/** The folder and the time of the newest automatic backup, kept current as backups are written. */
export function useAutoBackupStatus(): AutoBackupStatus | null {
  const { desktop } = useServices();
  const [status, setStatus] = useState<AutoBackupStatus | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () => {
      desktop.autoBackupStatus().then((s) => { if (live) setStatus(s); }, () => undefined);
    };
    refresh();
    written.add(refresh);
    return () => {
      live = false;
      written.delete(refresh);
    };
  }, [desktop]);
  return status;
}
