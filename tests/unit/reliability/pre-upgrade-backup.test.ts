import { RETURN_DEFAULTS } from '../../../shared/schemas/return';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkStreamBackup, isHeader, readStreamBackup } from '../../../shared/backup/stream-reader';
import type { DesktopApi } from '../../../shared/bridge/desktop-api';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { installedVersion, openDatabase } from '../../../renderer/db/open-database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';
import { backupBeforeUpgrade, BackupFailed, backupFirst } from '../../../renderer/features/data/backup-first';

interface Fixture { version: number; products: { id: string }[]; orders: { id: string }[]; returns: { id: string }[] }
const fixture = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8')) as Fixture;

/** A ledger as the first release left it: schema v1 and the fixture's records. */
async function v1Ledger(indexedDB: IDBFactory): Promise<void> {
  const old = new Dexie('homebound', { indexedDB, IDBKeyRange });
  old.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
  await old.open();
  await old.table('products').bulkAdd(fixture.products);
  await old.table('orders').bulkAdd(fixture.orders);
  await old.table('returns').bulkAdd(fixture.returns);
  old.close();
}

/** The desktop bridge as the preload offers it, writing backups into memory (`keep` runs as an upload finishes). */
function fakeDesktop(keep: () => Promise<void> = async () => undefined): DesktopApi & { written: Uint8Array[] } {
  const written: Uint8Array[] = [];
  const parts: Uint8Array[] = [];
  return {
    kind: 'electron', written,
    getSettings: async () => DEFAULT_SETTINGS,
    beginUpload: async () => ({ upload: 'upload-0001' }),
    appendUpload: async ({ bytes }: { bytes: Uint8Array }) => void parts.push(bytes),
    finishUpload: async ({ abort }: { abort?: boolean }) => {
      if (abort) return { saved: false };
      await keep();
      written.push(new Uint8Array(await new Blob(parts.splice(0) as Uint8Array<ArrayBuffer>[]).arrayBuffer()));
      return { saved: true, path: '/backups/x.hbbackup', at: '2026-11-23T00:00:00.000Z' };
    },
  } as unknown as DesktopApi & { written: Uint8Array[] };
}

describe('the backup before a schema upgrade (desktop)', () => {
  it('writes the v1 ledger, exactly as stored, before the upgrade runs; the backup restores into this release', async () => {
    const indexedDB = new IDBFactory();
    await v1Ledger(indexedDB);
    const desktop = fakeDesktop(async () => {
      // At the moment the backup is written the ledger is still the old version.
      expect(await installedVersion(indexedDB, 'homebound')).toBe(10);
    });
    const result = await openDatabase({ indexedDB, IDBKeyRange, beforeUpgrade: backupBeforeUpgrade(desktop) });
    expect(result.ok).toBe(true);
    expect(desktop.written).toHaveLength(1);

    // The streamed format, read the way a restore reads it: checked in full, then record by record.
    const file = () => new Blob([desktop.written[0]! as Uint8Array<ArrayBuffer>]).stream();
    const checked = await checkStreamBackup(file(), { currentSchema: CURRENT_SCHEMA_VERSION, check: true });
    if (!checked.ok) throw new Error(`backup refused: ${checked.refusal.key}`);
    expect(checked.header.schemaVersion).toBe(1);
    const tables: Record<string, unknown[]> = { orders: [], products: [], returns: [] };
    for await (const item of readStreamBackup(file(), { currentSchema: CURRENT_SCHEMA_VERSION, check: false })) if (!isHeader(item)) tables[item.table]!.push(...item.records);
    expect(tables.orders).toEqual(fixture.orders);
    expect(tables.products).toEqual(fixture.products);
    // Lifted to this release's shape on the way in, as the upgrade itself does: the batch link
    // (v2), one parcel and an unknown refund (v4).
    expect(tables.returns).toEqual(fixture.returns.map((r) => ({ ...r, batchId: null, ...RETURN_DEFAULTS })));
    expect(checked.header.counts).toMatchObject({ orders: fixture.orders.length, decisions: 0, batches: 0 });
    if (result.ok) result.db.close();
  });

  it('leaves the ledger un-upgraded when the backup cannot be written, and upgrades only when the user says so', async () => {
    const indexedDB = new IDBFactory();
    await v1Ledger(indexedDB);
    const desktop = fakeDesktop(async () => { throw new Error('ENOSPC: no space left on device'); });
    const refused = await openDatabase({ indexedDB, IDBKeyRange, beforeUpgrade: backupBeforeUpgrade(desktop) });
    expect(refused).toMatchObject({ ok: false, reason: 'backupFailed', detail: 'ENOSPC: no space left on device' });
    expect(await installedVersion(indexedDB, 'homebound')).toBe(10);

    if (refused.ok || refused.reason !== 'backupFailed') throw new Error('expected a refusal');
    const opened = await refused.proceed();
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(await opened.db.orders.count()).toBe(fixture.orders.length);
      opened.db.close();
    }
    expect(await installedVersion(indexedDB, 'homebound')).toBe(CURRENT_SCHEMA_VERSION * 10);
  });

  it('backs up nothing when there is nothing to upgrade: a new ledger, or one already current', async () => {
    const indexedDB = new IDBFactory();
    const beforeUpgrade = vi.fn(async () => undefined);
    const first = await openDatabase({ indexedDB, IDBKeyRange, beforeUpgrade });
    if (first.ok) first.db.close();
    const again = await openDatabase({ indexedDB, IDBKeyRange, beforeUpgrade });
    if (again.ok) again.db.close();
    expect(beforeUpgrade).not.toHaveBeenCalled();
  });

  it('is the desktop app\'s: the browser build has no backups folder', () => {
    expect(backupBeforeUpgrade({ ...fakeDesktop(), kind: 'browser' })).toBeUndefined();
  });
});

describe('backupFirst (before an import writes)', () => {
  it('runs the change only after the backup is written', async () => {
    const order: string[] = [];
    const result = await backupFirst(async () => { order.push('backup'); return { saved: true, path: 'p', at: 'a' }; }, async () => { order.push('import'); return 42; });
    expect(result).toBe(42);
    expect(order).toEqual(['backup', 'import']);
  });

  it('changes nothing when the backup fails, and says why', async () => {
    const change = vi.fn(async () => 1);
    await expect(backupFirst(async () => { throw new Error('disk full'); }, change)).rejects.toEqual(new BackupFailed('disk full'));
    expect(change).not.toHaveBeenCalled();
  });
});
