import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HomeboundDb } from '../../../renderer/db/database';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';
import { PresetsRepo } from '../../../renderer/db/presets-repo';
import { OrdersRepo } from '../../../renderer/db/orders-repo';
import { decideReturn, prepare, type DecidePresets } from '../../../shared/decide';
import { aReturn } from '../../builders/decide';
import { RETURN_DEFAULTS } from '../../../shared/schemas/return';
import { salesDays, type SalesOrder } from '../../../shared/dashboard/sales-days';
import { skuDayRange } from '../../../shared/search/sku-days';

interface Fixture {
  version: number;
  products: { id: string }[];
  orders: { id: string }[];
  returns: { id: string }[];
}

/** Opens a database exactly as an older release did: only the schema versions it knew. */
async function databaseAt(version: number, fixture: Fixture, indexedDB: IDBFactory, more: Record<string, unknown[]> = {}): Promise<void> {
  const old = new Dexie('upgrade', { indexedDB, IDBKeyRange });
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
  await old.open();
  await old.table('products').bulkAdd(fixture.products);
  await old.table('orders').bulkAdd(fixture.orders);
  await old.table('returns').bulkAdd(fixture.returns);
  for (const [table, records] of Object.entries(more)) await old.table(table).bulkAdd(records);
  old.close();
}

describe('schema upgrades from real fixtures', () => {
  it('v1 → current keeps every record intact and gives returns an empty batch link', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8')) as Fixture;
    expect(fixture.version).toBe(1);
    const indexedDB = new IDBFactory();
    await databaseAt(1, fixture, indexedDB);

    const db = new HomeboundDb('upgrade', { indexedDB, IDBKeyRange });
    await db.open();
    expect(await db.products.toArray()).toEqual(fixture.products);
    expect(await db.orders.toArray()).toEqual(fixture.orders);
    const returns = await db.returns.toArray();
    expect(returns).toEqual(fixture.returns.map((r) => ({ ...r, batchId: null, ...RETURN_DEFAULTS })));
    // The new indexes answer queries over the upgraded records.
    expect(await db.returns.where('batchId').equals('x').count()).toBe(0);
    expect(await db.returns.where('locationId').equals('ru-moscow').count()).toBe(fixture.returns.filter((r) => (r as { locationId?: string }).locationId === 'ru-moscow').length);
    expect(await db.decisions.count()).toBe(0);
  });

  it('v2 → current gives each stored location every channel, so it decides as before', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/db/v2-presets.json', 'utf8')) as { version: number; presets: { id: string; presets: DecidePresets }[] };
    expect(fixture.version).toBe(2);
    const stored = fixture.presets[0]!;
    expect(stored.presets.locations.every((l) => !('channels' in l))).toBe(true);
    const indexedDB = new IDBFactory();
    const old = new Dexie('upgrade2', { indexedDB, IDBKeyRange });
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 2)) old.version(v.version).stores(v.stores);
    await old.open();
    await old.table('presets').add(stored);
    old.close();

    const db = new HomeboundDb('upgrade2', { indexedDB, IDBKeyRange });
    await db.open();
    const [record] = await db.presets.toArray();
    const all = { returnless: true, dispose: true, liquidate: true, relist: true };
    // Only the channels were added; the user's edit (Moscow without a liquidation rate) stays.
    expect(record).toEqual({ ...stored, presets: { ...stored.presets, locations: stored.presets.locations.map((l) => ({ ...l, channels: all })) } });
    const read = await new PresetsRepo(db).get();
    expect(read.locations.find((l) => l.id === 'ru-moscow')).toMatchObject({ liquidationRateBp: 0, channels: all });
    // Unchanged in effect: liquidation is still offered in Moscow (at rate 0), as v2 decided.
    const input = { ...aReturn({ locationId: 'ru-moscow', declaredCurrency: 'RUB', saleCurrency: 'RUB', exportDistrict: '9400' }) };
    expect(decideReturn(input, prepare(read), '2026-06-01').options.find((o) => o.kind === 'liquidate')?.allowed).toBe(true);
    db.close();
  });

  it('v2 → current gives every return one parcel and an unknown (assumed) refund, and changes nothing else', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/db/v2.json', 'utf8')) as Fixture;
    expect(fixture.version).toBe(2);
    const indexedDB = new IDBFactory();
    await databaseAt(2, fixture, indexedDB);

    const db = new HomeboundDb('upgrade', { indexedDB, IDBKeyRange });
    await db.open();
    expect(await db.orders.toArray()).toEqual(fixture.orders);
    const returns = await db.returns.toArray();
    expect(returns.length).toBe(fixture.returns.length);
    expect(returns).toEqual(fixture.returns.map((r) => ({ ...r, parcelCount: 1, refundMinor: null, refundDate: null, labelCostMinor: null, labelPaidBy: null, feesRefundedMinor: null, feesKeptMinor: null })));
    expect(await db.returns.where('batchId').equals('x').count()).toBe(0);
  });
});

describe('v2 → v5: countries as ISO alpha-2', () => {
  it('normalises buyer and location countries from a real v2 ledger and changes nothing else', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/db/v2-countries.json', 'utf8')) as Omit<Fixture, 'orders'> & {
      orders: { id: string; buyerCountry: string }[];
      presets: { id: string; presets: { locations: { country: string }[] } }[];
    };
    expect(fixture.version).toBe(2);
    const indexedDB = new IDBFactory();
    await databaseAt(2, fixture, indexedDB, { presets: fixture.presets });

    const db = new HomeboundDb('upgrade', { indexedDB, IDBKeyRange });
    await db.open();
    const orders = await db.orders.toArray();
    // As written in v2 → as stored now (worked by hand): XX names no country and is left for a person.
    expect(orders.slice(0, 8).map((o) => o.buyerCountry)).toEqual(['GB', 'GB', 'US', 'US', 'DE', 'XX', 'US', 'GB']);
    expect(orders.slice(8)).toEqual(fixture.orders.slice(8));
    expect(orders.map(({ buyerCountry: _c, ...rest }) => rest)).toEqual(fixture.orders.map(({ buyerCountry: _c, ...rest }) => rest));
    // "UK" and "GB" are one country now: the index finds both former spellings.
    expect(await db.orders.where('buyerCountry').equals('GB').count()).toBe(fixture.orders.filter((o) => ['UK', 'GB', 'uk '].includes(o.buyerCountry)).length);
    const presets = await db.presets.toArray();
    expect((presets[0] as unknown as (typeof fixture.presets)[number]).presets.locations[0]!.country).toBe('GB');
    // Version 4's new return fields come along; nothing else about a return changes.
    expect(await db.returns.toArray()).toEqual(fixture.returns.map((r) => ({ ...r, ...RETURN_DEFAULTS })));
    expect(await db.products.toArray()).toEqual(fixture.products);
  });
});

describe('v5 → v6: the units sold kept with the orders', () => {
  it('builds them from the orders of a real v5 ledger, equal to a fold from scratch, and changes no record', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/db/v5.json', 'utf8')) as Omit<Fixture, 'orders'> & { orders: (SalesOrder & { id: string })[] };
    expect(fixture.version).toBe(5);
    const indexedDB = new IDBFactory();
    await databaseAt(5, fixture, indexedDB);

    const db = new HomeboundDb('upgrade', { indexedDB, IDBKeyRange });
    await db.open();
    expect(await db.orders.toArray()).toEqual(fixture.orders);
    const kept = (await db.salesDays.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(kept).toEqual([...salesDays(fixture.orders).values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
    // Every unit of every line is counted once, and a later write keeps them (a new order's line adds to its row).
    const units = fixture.orders.reduce((n, o) => n + o.lines.reduce((m, l) => m + l.qty, 0), 0);
    expect(kept.reduce((n, r) => n + r.units, 0)).toBe(units);
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.delete(fixture.orders[0]!.id));
    expect((await db.salesDays.toArray()).reduce((n, r) => n + r.units, 0)).toBe(units - fixture.orders[0]!.lines.reduce((m, l) => m + l.qty, 0));
  });
});

describe('v6 → v7: the orders count kept with the orders', () => {
  it('counts the orders of a real v6 ledger, changes no record, and later writes keep the count', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/db/v6.json', 'utf8')) as Fixture & { salesDays: { id: string }[] };
    expect(fixture.version).toBe(6);
    const indexedDB = new IDBFactory();
    await databaseAt(6, fixture, indexedDB, { salesDays: fixture.salesDays });

    const db = new HomeboundDb('upgrade', { indexedDB, IDBKeyRange });
    await db.open();
    const orders = new OrdersRepo(db);
    expect(fixture.orders).toHaveLength(48);
    expect(await orders.count()).toBe(48);
    expect(await db.orders.toArray()).toEqual(fixture.orders);
    expect(await db.salesDays.toArray()).toEqual(fixture.salesDays);
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.bulkDelete(fixture.orders.slice(0, 3).map((o) => o.id)));
    expect(await orders.count()).toBe(45);
  });

  it('a ledger created at version 7 counts from none', async () => {
    const db = new HomeboundDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    const orders = new OrdersRepo(db);
    expect(await orders.count()).toBe(0);
    expect(await db.counts.count()).toBe(0);
  });
});

describe('v7 → v9 (and v8 → v9): each SKU\'s orders by day, for a search\'s first rows', () => {
  for (const from of [7, 8]) {
    it(`builds the rows from the orders of a real v7 ledger opened at v${from}, changes no record, and later writes keep them`, async () => {
      const fixture = JSON.parse(readFileSync('tests/fixtures/db/v7.json', 'utf8')) as Fixture & { salesDays: { id: string }[]; counts: { id: string }[] };
      expect(fixture.version).toBe(7);
      const indexedDB = new IDBFactory();
      // Version 8's keys (one per SKU and order, reverted): dropped by version 9.
      await databaseAt(from, fixture, indexedDB, { salesDays: fixture.salesDays, counts: fixture.counts, ...(from === 8 ? { skuDates: [{ id: 'CUP\u00002026-01-05\u0000X' }] } : {}) });

      const db = new HomeboundDb('upgrade', { indexedDB, IDBKeyRange });
      await db.open();
      expect(db.tables.map((t) => t.name)).not.toContain('skuDates');
      expect(await db.orders.toArray()).toEqual(fixture.orders);
      expect(await db.salesDays.toArray()).toEqual(fixture.salesDays);
      expect(await db.counts.toArray()).toEqual(fixture.counts);
      // ROBOT-VAC-S8 is on ten orders of the fixture: its rows give them by order date, ties by id.
      const orders = fixture.orders as unknown as { id: string; orderDate: string; skus: string[] }[];
      const robot = orders.filter((o) => o.skus.includes('ROBOT-VAC-S8')).sort((a, b) => (a.orderDate === b.orderDate ? (a.id < b.id ? -1 : 1) : a.orderDate < b.orderDate ? -1 : 1));
      expect(robot).toHaveLength(10);
      const read = async () => (await db.skuDays.where(':id').between(...skuDayRange('ROBOT-VAC-S8'), true, true).toArray()).flatMap((row) => row.ids);
      expect(await read()).toEqual(robot.map((o) => o.id));
      // One row per SKU and order date among the orders.
      expect(await db.skuDays.count()).toBe(new Set(orders.flatMap((o) => o.skus.map((sku) => `${sku} ${o.orderDate}`))).size);
      // Deleting the newest takes it out of its row.
      await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.delete(robot[9]!.id));
      expect(await read()).toEqual(robot.slice(0, 9).map((o) => o.id));
    });
  }
});
