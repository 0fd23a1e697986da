import { BACKUP_TABLES, makeBackup, type Backup, type BackupTables } from '../../shared/backup/envelope';
import type { Settings } from '../../shared/bridge/settings';
import { demoOrders } from '../bench/data';
import type { HomeboundDb } from '../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema-versions';

/**
 * A version-1 backup (one JSON text) of a test ledger, as the app wrote them before backups
 * streamed: what a seller's older backup files hold, which must still restore.
 */
export async function v1Backup(db: HomeboundDb, settings: Settings, now = new Date(), schemaVersion = CURRENT_SCHEMA_VERSION): Promise<Backup> {
  const tables = {} as BackupTables;
  for (const t of BACKUP_TABLES) tables[t] = (await db.table(t).toArray()) as Record<string, unknown>[];
  return makeBackup(tables, settings, { appVersion: '0.1.0', schemaVersion, now });
}

/** The bytes of a Blob, for tests that spoil them. */
export const blobBytes = async (blob: Blob): Promise<Uint8Array<ArrayBuffer>> => new Uint8Array(await blob.arrayBuffer());

/** A streamed backup's lines, uncompressed: what a test edits to damage one on purpose. */
export async function gunzipText(blob: Blob): Promise<string> {
  return new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

/** Lines back into a gzip file, without recomputing any checksum. */
export async function gzipText(text: string): Promise<Blob> {
  return new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).blob();
}

/**
 * `count` orders of the demo seller's year with unique platform + order no. (the demo
 * generator's Shopify numbers repeat past ~50,000 orders): a large ledger a backup can hold.
 */
export function largeLedgerOrders(count: number): Record<string, unknown>[] {
  const seen = new Set<string>();
  return demoOrders(count).map((o, i) => {
    const orderNo = seen.has(`${o.platform}|${o.orderNo}`) ? `${o.orderNo}-${i}` : o.orderNo;
    seen.add(`${o.platform}|${orderNo}`);
    return { ...o, orderNo };
  });
}
