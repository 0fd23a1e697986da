import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { upgradeRecord } from '../../../shared/backup/upgrades';
import type { BackupTable, Rec } from '../../../shared/backup/records';
import { HomeboundDb } from '../../../renderer/db/database';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';

/**
 * A backup written by an older release restores through `upgradeRecord`; a database of that
 * release opens through the Dexie upgrades. Both must give the same records, from the same
 * fixture: a version-2 ledger with countries as v2 let them be typed ("UK", "usa", "美国"),
 * locations without channels and returns without parcel or refund fields.
 */
const fixture = JSON.parse(readFileSync('tests/fixtures/db/v2-countries.json', 'utf8')) as { version: number } & Record<BackupTable, Rec[]>;
const TABLES: BackupTable[] = ['products', 'orders', 'returns', 'presets'];

async function openedByDexie(): Promise<Record<string, Rec[]>> {
  const indexedDB = new IDBFactory();
  const old = new Dexie('upgrade', { indexedDB, IDBKeyRange });
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 2)) old.version(v.version).stores(v.stores);
  await old.open();
  for (const table of TABLES) await old.table(table).bulkAdd(structuredClone(fixture[table]));
  old.close();
  const db = new HomeboundDb('upgrade', { indexedDB, IDBKeyRange });
  await db.open();
  const out: Record<string, Rec[]> = {};
  for (const table of TABLES) out[table] = (await db.table(table).toArray()) as Rec[];
  db.close();
  return out;
}

describe('record upgrades of a restored backup', () => {
  it('bring a version-2 backup to the same records as the Dexie upgrade of a version-2 database', async () => {
    expect(fixture.version).toBe(2);
    const byDexie = await openedByDexie();
    for (const table of TABLES) {
      const restored = structuredClone(fixture[table]).map((r) => upgradeRecord(table, r, 2));
      expect(restored, table).toEqual(byDexie[table]);
    }
  });

  it('v2 → now, worked by hand: "UK" is GB, a location gets every channel, a return one parcel and an unknown refund', () => {
    const order = upgradeRecord('orders', { id: 'o', buyerCountry: 'UK' }, 2);
    expect(order.buyerCountry).toBe('GB');
    // Text that names no country is left for a person to fix.
    expect(upgradeRecord('orders', { id: 'o', buyerCountry: 'XX' }, 2).buyerCountry).toBe('XX');
    const presets = upgradeRecord('presets', { id: 'p', presets: { locations: [{ id: 'l', country: 'usa' }] } }, 2);
    expect(presets.presets).toEqual({ locations: [{ id: 'l', country: 'US', channels: { returnless: true, dispose: true, liquidate: true, relist: true } }] });
    const ret = upgradeRecord('returns', { id: 'r', batchId: 'b1', parcelCount: 3 }, 2);
    expect(ret).toMatchObject({ batchId: 'b1', parcelCount: 3, refundMinor: null, labelPaidBy: null });
    // A record from this release passes unchanged.
    expect(upgradeRecord('returns', { id: 'r', parcelCount: 2 }, 5)).toEqual({ id: 'r', parcelCount: 2 });
  });
});
