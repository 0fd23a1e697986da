import { BACKUP_TABLES, makeBackup, type Backup, type BackupTables } from '../../shared/backup/envelope';
import type { Settings } from '../../shared/bridge/settings';
import { version as appVersion } from '../../package.json';
import type { HomeboundDb } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema-versions';
import { guardStorage } from './storage-errors';

/**
 * Whole-database backup and restore. A backup is read in one read-only transaction (a
 * consistent snapshot); a restore clears and refills every table in one read-write
 * transaction, so a failure leaves the data as it was. The caller keeps the snapshot taken
 * just before a restore, which is what makes the restore undoable.
 */
export class BackupRepo {
  constructor(private readonly db: HomeboundDb) {}

  private tables() {
    return BACKUP_TABLES.map((t) => this.db.table(t));
  }

  async snapshot(settings: Settings, now = new Date()): Promise<Backup> {
    const tables = await this.db.transaction('r', this.tables(), async () => {
      const out = {} as BackupTables;
      for (const t of BACKUP_TABLES) out[t] = (await this.db.table(t).toArray()) as Record<string, unknown>[];
      return out;
    });
    return makeBackup(tables, settings, { appVersion, schemaVersion: CURRENT_SCHEMA_VERSION, now });
  }

  async counts(): Promise<Record<string, number>> {
    const entries = await Promise.all(BACKUP_TABLES.map(async (t) => [t, await this.db.table(t).count()] as const));
    return Object.fromEntries(entries);
  }

  /** Replaces every table with the backup's records; validate it with readBackup first. */
  replaceAll(backup: Backup): Promise<void> {
    return guardStorage(() => this.db.transaction('rw', this.tables(), async () => {
      for (const t of BACKUP_TABLES) {
        await this.db.table(t).clear();
        await this.db.table(t).bulkAdd(backup.tables[t]);
      }
    }));
  }
}
