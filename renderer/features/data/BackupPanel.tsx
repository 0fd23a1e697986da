import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_TABLES, readBackup, type Backup } from '../../../shared/backup/envelope';
import { isStreamBackup, STREAM_EXTENSION, type StreamHeader } from '../../../shared/backup/stream-format';
import type { Settings } from '../../../shared/bridge/settings';
import { ValidationFailed } from '../../../shared/errors';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { BackupRepo } from '../../db/backup-repo';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema-versions';
import { useFormat } from '../../i18n/format';
import { runBackupWorker } from '../../workers/run-workers';
import { useAutoBackupStatus, writeAutoBackup } from './auto-backup';
import { uploadBlob } from '../../bridge/upload-blob';
import { fileName, MIME } from './save-file';

/** A file chosen to restore: a streamed backup (checked by a worker, restored from the file) or an older plain-JSON one. */
type Chosen = { kind: 'stream'; file: Blob; header: StreamHeader } | { kind: 'json'; backup: Backup };
type Phase = 'backup' | 'check' | 'restore';
const about = (c: Chosen) => (c.kind === 'stream' ? c.header : c.backup);

/**
 * Back up now; restore = validate the whole file (in a worker, chunk by chunk), show what it
 * holds beside what the app holds, and only on confirmation back up the current data (kept
 * for undo and download) and replace everything in one transaction. A refused file changes
 * nothing. Each long step shows its progress.
 */
export function BackupPanel({ settings, onSettings }: { settings: Settings; onSettings: (next: Settings) => void }) {
  const { t } = useTranslation('data');
  const { repos, desktop } = useServices();
  const notify = useToast();
  const fmt = useFormat();
  const dbName = repos.db.name;
  const backups = useMemo(() => new BackupRepo(repos.db), [repos.db]);
  const [pending, setPending] = useState<{ chosen: Chosen; current: Record<string, number> } | null>(null);
  const [before, setBefore] = useState<Chosen | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ phase: Phase; done: number; total: number } | null>(null);
  const auto = useAutoBackupStatus();
  const busy = progress !== null;
  const track = (phase: Phase) => (done: number, total: number) => setProgress({ phase, done, total });
  // In slices through the bridge: a backup of a million orders is never one array in the page.
  const save = async (stem: string, blob: Blob) => {
    const suggestedName = fileName(stem, STREAM_EXTENSION);
    const result = await uploadBlob(desktop, { purpose: 'save', suggestedName, mimeType: MIME[STREAM_EXTENSION] }, blob);
    return result.saved ? suggestedName : null;
  };

  const backUp = async (): Promise<Chosen> => {
    setProgress({ phase: 'backup', done: 0, total: 0 });
    const written = await runBackupWorker({ type: 'backup', dbName, settings }, track('backup'));
    if (written.type !== 'written') throw new Error(written.type);
    return { kind: 'stream', file: written.blob, header: written.header };
  };

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      // The transaction rolled back (a full disk, a record the database refuses): say so.
      setRefusal(t('backup.refused', { reason: error instanceof ValidationFailed ? t(`common:${error.errors[0]?.key ?? 'errors.invalid'}`, error.errors[0]?.params ?? {}) : String((error as Error).message ?? error) }));
    } finally {
      setProgress(null);
    }
  };

  const backupNow = () => run(async () => {
    const saved = await save('backup', ((await backUp()) as Extract<Chosen, { kind: 'stream' }>).file);
    if (saved) notify(t('backup.created', { file: saved }));
  });

  const choose = (file: File) => run(async () => {
    setRefusal(null);
    setPending(null);
    let chosen: Chosen;
    if (isStreamBackup(new Uint8Array(await file.slice(0, 2).arrayBuffer()))) {
      setProgress({ phase: 'check', done: 0, total: 0 });
      const checked = await runBackupWorker({ type: 'check', file, currentSchema: CURRENT_SCHEMA_VERSION }, track('check'));
      if (checked.type === 'refused') return setRefusal(t('backup.refused', { reason: t(checked.refusal.key, checked.refusal.params ?? {}) }));
      if (checked.type !== 'checked') throw new Error(checked.type);
      chosen = { kind: 'stream', file, header: checked.header };
    } else {
      // A version-1 backup is one JSON text, from before backups streamed: small enough to check here.
      const check = readBackup(new Uint8Array(await file.arrayBuffer()), CURRENT_SCHEMA_VERSION);
      if (!check.ok) return setRefusal(t('backup.refused', { reason: t(check.refusal.key, check.refusal.params ?? {}) }));
      chosen = { kind: 'json', backup: check.backup };
    }
    setPending({ chosen, current: await backups.counts() });
  });

  const replace = (chosen: Chosen, keepBefore: boolean) => run(async () => {
    const snapshot = await backUp();
    // On the desktop the data from before also goes to the backups folder, beyond this page's undo.
    if (snapshot.kind === 'stream') await writeAutoBackup(desktop, dbName, snapshot.file).catch((error: unknown) => console.error('backup before restore failed', error));
    setProgress({ phase: 'restore', done: 0, total: 0 });
    if (chosen.kind === 'json') await backups.replaceAll(chosen.backup);
    else await runBackupWorker({ type: 'restore', dbName, file: chosen.file }, track('restore'));
    const restored = about(chosen).settings;
    onSettings(await desktop.updateSettings({ language: restored.language, labelSize: restored.labelSize, seller: restored.seller, sites: restored.sites }));
    setBefore(keepBefore ? snapshot : null);
    setPending(null);
    notify(t(keepBefore ? 'backup.restored' : 'backup.undone'));
  });

  const shown = pending && about(pending.chosen);
  return (
    <section className="card data-backup">
      <h2>{t('backup.title')}</h2>
      <p className="muted">{t('backup.hint')}</p>
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void backupNow()}>{t('backup.create')}</button>
        <label className="data-file">
          <span>{t('backup.choose')}</span>
          <input type="file" disabled={busy} accept={`.${STREAM_EXTENSION},.json,application/json`} onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void choose(f); }} />
        </label>
      </div>
      {auto?.supported && (
        <p className="muted data-auto-backup" data-testid="auto-backup">
          {t('backup.auto', { folder: auto.folder, last: auto.last ? fmt.dateTime(auto.last) : t('backup.autoNever') })}
        </p>
      )}
      {progress && (
        <div className="data-progress" data-testid="backup-progress" data-phase={progress.phase}>
          <progress max={progress.total || 1} value={progress.done} />
          <span>{t('backup.progress', { phase: t(`backup.phase.${progress.phase}`), done: fmt.number(progress.done), total: fmt.number(progress.total) })}</span>
        </div>
      )}
      {refusal && <p className="notice" role="alert">{refusal}</p>}
      {pending && shown && (
        <div className="data-restore" data-testid="restore-preview">
          <p>{t('backup.contains', { date: fmt.dateTime(shown.createdAt), appVersion: shown.appVersion })}</p>
          <table className="plain-table">
            <thead><tr><th /><th>{t('backup.inFile')}</th><th>{t('backup.current')}</th></tr></thead>
            <tbody>{BACKUP_TABLES.map((tb) => <tr key={tb}><th>{t(`table.${tb}`)}</th><td>{fmt.number(shown.counts[tb])}</td><td>{fmt.number(pending.current[tb] ?? 0)}</td></tr>)}</tbody>
          </table>
          <div className="form-actions">
            <span className="spacer" />
            <button type="button" disabled={busy} onClick={() => setPending(null)}>{t('backup.cancel')}</button>
            <button type="button" className="primary danger" disabled={busy} onClick={() => void replace(pending.chosen, true)}>{t('backup.confirm')}</button>
          </div>
        </div>
      )}
      {before?.kind === 'stream' && (
        <div className="form-actions data-undo">
          <p>{t('backup.restored')}</p>
          <span className="spacer" />
          <button type="button" onClick={() => void save('before-restore', before.file)}>{t('backup.downloadBefore')}</button>
          <button type="button" disabled={busy} onClick={() => void replace(before, false)}>{t('backup.undo')}</button>
        </div>
      )}
    </section>
  );
}
