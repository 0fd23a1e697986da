/**
 * Issue 17: a figure for backup and restore of a large ledger in Node on fake-indexeddb, the
 * version-1 way (every table into arrays, one JSON string, parse it whole, one bulkAdd per
 * table) against the streamed way (pages → gzip JSON Lines → validate chunk by chunk →
 * restore chunk by chunk in one transaction). Not part of npm test (no timing assertions):
 *   node --expose-gc --input-type=module -e "await (await import('vite')).runnerImport('./tests/tools/measure-backup.ts')" -- --orders 100000 --way stream
 * Prints time and peak JS heap above the loaded ledger (fake-indexeddb keeps the ledger on
 * the same heap) for each step, as JSON.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { BACKUP_TABLES, backupBytes, makeBackup, readBackup, type BackupTables } from '../../shared/backup/envelope';
import { checkStreamBackup } from '../../shared/backup/stream-reader';
import { DEFAULT_SETTINGS } from '../../shared/bridge/settings';
import { BackupRepo } from '../../renderer/db/backup-repo';
import { HomeboundDb } from '../../renderer/db/database';
import { loadDemoData } from '../../renderer/db/demo-repo';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema-versions';
import { largeLedgerOrders } from '../builders/backup';

const arg = (name: string, fallback: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1]! : fallback; };
const orders = Number(arg('orders', '100000'));
const way = arg('way', 'stream');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const open = () => new HomeboundDb(`m-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().heapUsed); };
const timer = setInterval(sample, 2);
async function step<T>(name: string, out: Record<string, unknown>, work: () => Promise<T>): Promise<T> {
  gc();
  const base = process.memoryUsage().heapUsed;
  peak = base;
  const started = performance.now();
  const result = await work();
  sample();
  out[name] = { ms: Math.round(performance.now() - started), peakHeapAboveMB: Math.round((peak - base) / 1e6) };
  return result;
}

const source = open();
const loadStart = performance.now();
// The demo catalog and its year at 1,200 orders (returns, decisions), then `orders` more orders.
await loadDemoData(source, 2026, 1200);
for (let i = 0, all = largeLedgerOrders(orders); i < all.length; i += 10_000) await source.table('orders').bulkAdd(all.slice(i, i + 10_000).map((o) => ({ ...o, id: `big-${String(o.id)}`, orderNo: `B${String(o.orderNo)}` })));
const counts = Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await source.table(t).count()])));
const out: Record<string, unknown> = { way, counts, loadMs: Math.round(performance.now() - loadStart) };
const target = open();
if (way === 'json') {
  const bytes = await step('backup', out, async () => {
    const tables = {} as BackupTables;
    await source.transaction('r', BACKUP_TABLES.map((t) => source.table(t)), async () => {
      for (const t of BACKUP_TABLES) tables[t] = (await source.table(t).toArray()) as Record<string, unknown>[];
    });
    sample();
    return backupBytes(makeBackup(tables, DEFAULT_SETTINGS, { appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION }));
  });
  out.fileMB = +(bytes.byteLength / 1e6).toFixed(1);
  const check = await step('check', out, async () => readBackup(bytes, CURRENT_SCHEMA_VERSION));
  if (!check.ok) throw new Error(JSON.stringify(check.refusal));
  await step('restore', out, () => new BackupRepo(target).replaceAll(check.backup));
} else {
  const repo = new BackupRepo(source);
  const { blob } = await step('backup', out, () => repo.file(DEFAULT_SETTINGS, sample));
  out.fileMB = +(blob.size / 1e6).toFixed(1);
  const check = await step('check', out, () => checkStreamBackup(blob.stream(), { currentSchema: CURRENT_SCHEMA_VERSION, check: true, onProgress: sample }));
  if (!check.ok) throw new Error(JSON.stringify(check.refusal));
  await step('restore', out, () => new BackupRepo(target).restore(blob.stream(), sample));
}
out.restoredOrders = await target.orders.count();
clearInterval(timer);
console.log(JSON.stringify(out));
