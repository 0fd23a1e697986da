import Dexie, { type DexieOptions } from 'dexie';
import { BACKUP_TABLES, type BackupTables } from '../../shared/backup/envelope';

/**
 * What a ledger held before this release upgrades its schema: read at the version it was
 * written with, so a backup of it restores into this release (readBackup knows how to lift
 * older records) and, if the upgrade ever went wrong, nothing of the old data is lost.
 */
export interface LedgerBeforeUpgrade {
  fromVersion: number;
  tables: BackupTables;
}

/** Called before an upgrade is let run; throwing stops the upgrade and leaves the ledger untouched. */
export type BeforeUpgrade = (old: LedgerBeforeUpgrade) => Promise<void>;

/**
 * Opens the existing database without declaring any schema (Dexie's dynamic mode), which
 * reads it as it is and can neither upgrade nor patch it. Tables a version did not have yet
 * come back empty, as a backup of that version would have them.
 */
export async function readLedgerAsStored(name: string, deps: DexieOptions, fromVersion: number): Promise<LedgerBeforeUpgrade> {
  const old = new Dexie(name, deps);
  try {
    await old.open();
    const present = new Set(old.tables.map((t) => t.name));
    const stored = BACKUP_TABLES.filter((t) => present.has(t));
    const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables;
    await old.transaction('r', stored, async () => {
      for (const t of stored) tables[t] = (await old.table(t).toArray()) as Record<string, unknown>[];
    });
    return { fromVersion, tables };
  } finally {
    old.close();
  }
}
