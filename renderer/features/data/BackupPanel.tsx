import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_TABLES, backupBytes, readBackup, type Backup } from '../../../shared/backup/envelope';
import type { Settings } from '../../../shared/bridge/settings';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { BackupRepo } from '../../db/backup-repo';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema-versions';
import { useFormat } from '../../i18n/format';
import { useAutoBackupStatus, writeAutoBackup } from './auto-backup';
import { saveBytes } from './save-file';
import { ValidationFailed } from '../../../shared/errors';

/**
 * Back up now; restore = validate the file, show what it holds beside what the app holds,
 * and only on confirmation snapshot the current data (kept for undo and download) and
 * replace everything in one transaction. A refused file changes nothing.
 */
export function BackupPanel({ settings, onSettings }: { settings: Settings; onSettings: (next: Settings) => void }) {
  const { t } = useTranslation('data');
  const { repos, desktop } = useServices();
  const notify = useToast();
  const fmt = useFormat();
  const backups = useMemo(() => new BackupRepo(repos.db), [repos.db]);
  const [pending, setPending] = useState<{ backup: Backup; current: Record<string, number> } | null>(null);
  const [before, setBefore] = useState<Backup | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const auto = useAutoBackupStatus();

  const backupNow = async () => {
    const saved = await saveBytes(desktop, 'backup', 'json', backupBytes(await backups.snapshot(settings)));
    if (saved) notify(t('backup.created', { file: saved }));
  };

  const choose = async (file: File) => {
    setRefusal(null);
    setPending(null);
    const check = readBackup(new Uint8Array(await file.arrayBuffer()), CURRENT_SCHEMA_VERSION);
    if (!check.ok) return setRefusal(t('backup.refused', { reason: t(check.refusal.key, check.refusal.params ?? {}) }));
    setPending({ backup: check.backup, current: await backups.counts() });
  };

  const replace = async (backup: Backup, keepBefore: boolean) => {
    setBusy(true);
    try {
      const snapshot = await backups.snapshot(settings);
      // On the desktop the data from before also goes to the backups folder, beyond this page's undo.
      await writeAutoBackup(desktop, repos.db.name, backupBytes(snapshot)).catch((error: unknown) => console.error('backup before restore failed', error));
      await backups.replaceAll(backup);
      onSettings(await desktop.updateSettings({ language: backup.settings.language, labelSize: backup.settings.labelSize, seller: backup.settings.seller }));
      setBefore(keepBefore ? snapshot : null);
      setPending(null);
      notify(t(keepBefore ? 'backup.restored' : 'backup.undone'));
    } catch (error) {
      // The transaction rolled back (a full disk, a record the database refuses): say so.
      setRefusal(t('backup.refused', { reason: error instanceof ValidationFailed ? t(`common:${error.errors[0]?.key ?? 'errors.invalid'}`, error.errors[0]?.params ?? {}) : String((error as Error).message ?? error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card data-backup">
      <h2>{t('backup.title')}</h2>
      <p className="muted">{t('backup.hint')}</p>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void backupNow()}>{t('backup.create')}</button>
        <label className="data-file">
          <span>{t('backup.choose')}</span>
          <input type="file" accept=".json,application/json" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void choose(f); }} />
        </label>
      </div>
      {auto?.supported && (
        <p className="muted data-auto-backup" data-testid="auto-backup">
          {t('backup.auto', { folder: auto.folder, last: auto.last ? fmt.dateTime(auto.last) : t('backup.autoNever') })}
        </p>
      )}
      {refusal && <p className="notice" role="alert">{refusal}</p>}
      {pending && (
        <div className="data-restore" data-testid="restore-preview">
          <p>{t('backup.contains', { date: fmt.dateTime(pending.backup.createdAt), appVersion: pending.backup.appVersion })}</p>
          <table className="plain-table">
            <thead><tr><th /><th>{t('backup.inFile')}</th><th>{t('backup.current')}</th></tr></thead>
            <tbody>{BACKUP_TABLES.map((tb) => <tr key={tb}><th>{t(`table.${tb}`)}</th><td>{fmt.number(pending.backup.counts[tb])}</td><td>{fmt.number(pending.current[tb] ?? 0)}</td></tr>)}</tbody>
          </table>
          <div className="form-actions">
            <span className="spacer" />
            <button type="button" onClick={() => setPending(null)}>{t('backup.cancel')}</button>
            <button type="button" className="primary danger" disabled={busy} onClick={() => void replace(pending.backup, true)}>{t('backup.confirm')}</button>
          </div>
        </div>
      )}
      {before && (
        <div className="form-actions data-undo">
          <p>{t('backup.restored')}</p>
          <span className="spacer" />
          <button type="button" onClick={() => void saveBytes(desktop, 'before-restore', 'json', backupBytes(before))}>{t('backup.downloadBefore')}</button>
          <button type="button" disabled={busy} onClick={() => void replace(before, false)}>{t('backup.undo')}</button>
        </div>
      )}
    </section>
  );
}
