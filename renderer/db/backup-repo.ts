import Dexie from 'dexie';
import { BACKUP_TABLES, type Backup } from '../../shared/backup/envelope';
import type { BackupTable } from '../../shared/backup/records';
import { writeBackupFile, type BackupWriter, type StreamHeader } from '../../shared/backup/stream-format';
import { isHeader, readStreamBackup } from '../../shared/backup/stream-reader';
import type { Settings } from '../../shared/bridge/settings';
import { version as appVersion } from '../../package.json';
import type { HomeboundDb } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema-versions';
import { guardStorage } from './storage-errors';
import { buildSkuDays, deferSkuDays } from './sku-days-keeper';
import { eachPage } from './table-reads';

/** Records read per page while backing up: a few MB of JSON, well inside one chunk's memory. */
export const BACKUP_PAGE = 2000;
/** How long one wait for the file (or the compressor) may keep a transaction open. */
const WAIT_MS = 5 * 60 * 1000;

export type Progress = (done: number, total: number) => void;

/**
 * Whole-database backup and restore, both streamed (shared/backup/stream-format.ts).
 *
 * Consistency: a backup reads every table page by page (primary-key ranges of BACKUP_PAGE)
 * inside ONE read-only transaction, a snapshot no concurrent write can tear. Handing a page to
 * the checksum and the compressor is not IndexedDB work, and awaiting it would let the
 * transaction auto-commit, so those waits go through Dexie.waitFor, which keeps the
 * transaction alive with no-op requests until the promise settles.
 *
 * All-or-nothing: a restore clears and refills every table in ONE read-write transaction
 * while the file is read (gunzip, verify, parse) chunk by chunk through the same
 * Dexie.waitFor — nothing but one chunk in memory, and a crash, a closed page or a refusal
 * half-way rolls back to the ledger as it was. (Chosen over staging tables, which would need
 * a schema version and double the disk use, and over a staging database, which cannot be
 * swapped in atomically: IndexedDB transactions never span databases.) The caller validates
 * the whole file first (checkStreamBackup) and keeps a backup taken just before, which is
 * what makes the restore undoable.
 */
export class BackupRepo {
  constructor(private readonly db: HomeboundDb) {}

  private tables() {
    return BACKUP_TABLES.map((t) => this.db.table(t));
  }

  /** The backed-up tables and what is kept with the orders (rebuilt as they are restored). */
  private writeTables() {
    return [...this.tables(), ...this.db.keptWithOrders];
  }

  /** Writes a streamed backup of the ledger through `writer`. */
  write(settings: Settings, writer: BackupWriter, onProgress?: Progress, now = new Date()): Promise<StreamHeader> {
    return this.db.transaction('r', this.tables(), async () => {
      const counts = {} as Record<BackupTable, number>;
      for (const t of BACKUP_TABLES) counts[t] = await this.db.table(t).count();
      const header: StreamHeader = { format: 'homebound-backup', version: 2, createdAt: now.toISOString(), appVersion, schemaVersion: CURRENT_SCHEMA_VERSION, counts, settings };
      await Dexie.waitFor(writer.header(header), WAIT_MS);
      const total = BACKUP_TABLES.reduce((n, t) => n + counts[t], 0);
      let done = 0;
      for (const t of BACKUP_TABLES) {
        await eachPage(this.db.table<{ id: string }, string>(t), BACKUP_PAGE, async (page) => {
          if (!page.length) return;
          await Dexie.waitFor(writer.add(t, page), WAIT_MS);
          done += page.length;
          onProgress?.(done, total);
        });
      }
      await Dexie.waitFor(writer.end(), WAIT_MS);
      return header;
    });
  }

  /** The whole backup file, chunk by chunk into gzip and a Blob. */
  async file(settings: Settings, onProgress?: Progress): Promise<{ blob: Blob; header: StreamHeader }> {
    const { blob, result } = await writeBackupFile((writer) => this.write(settings, writer, onProgress));
    return { blob, header: result };
  }

  async counts(): Promise<Record<string, number>> {
    const entries = await Promise.all(BACKUP_TABLES.map(async (t) => [t, await this.db.table(t).count()] as const));
    return Object.fromEntries(entries);
  }

  /**
   * Replaces every table with a streamed backup's records, reading `file` once more (check it
   * with checkStreamBackup first; the chain is verified again on the way, so a file changed
   * in between rolls back). Records are lifted to the current schema as they are read.
   */
  restore(file: ReadableStream<Uint8Array>, onProgress?: Progress): Promise<void> {
    return this.replaceEvery(async () => {
      const items = readStreamBackup(file, { currentSchema: CURRENT_SCHEMA_VERSION, check: false, onProgress });
      for (;;) {
        const next = await Dexie.waitFor(items.next(), WAIT_MS);
        if (next.done) break;
        if (!isHeader(next.value)) await this.db.table(next.value.table).bulkAdd(next.value.records);
      }
    });
  }

  /** Replaces every table with a version-1 backup's records (validated with readBackup). */
  replaceAll(backup: Backup): Promise<void> {
    return this.replaceEvery(async () => {
      for (const t of BACKUP_TABLES) await this.db.table(t).bulkAdd(backup.tables[t]);
    });
  }

  /**
   * One transaction: every table emptied, `write` fills them, then each SKU's days are built
   * once from the orders written (deferSkuDays), not kept chunk by chunk.
   */
  private replaceEvery(write: () => Promise<void>): Promise<void> {
    return guardStorage(() => this.db.transaction('rw', this.writeTables(), async (tx) => {
      deferSkuDays(tx.idbtrans);
      for (const t of BACKUP_TABLES) await this.db.table(t).clear();
      await write();
      await buildSkuDays(this.db.table('orders'), this.db.table('skuDays'));
    }));
  }
}
