import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { backupBytes, readBackup } from '../../../shared/backup/envelope';
import { salesDays } from '../../../shared/dashboard/sales-days';
import { ValidationFailed } from '../../../shared/errors';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { BackupRepo } from '../../../renderer/db/backup-repo';
import { ImportRepo } from '../../../renderer/db/import-repo';
import { DEFAULT_IMPORT_DEFAULTS } from '../../../shared/import/defaults';
import { parseImport } from '../../../shared/import/run-import';
import { HomeboundDb } from '../../../renderer/db/database';
import { OrdersRepo } from '../../../renderer/db/orders-repo';
import { loadDemoData } from '../../../renderer/db/demo-repo';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema-versions';
import type { HomeboundDb as Db } from '../../../renderer/db/database';
import { v1Backup } from '../../builders/backup';
import { aLine, anOrder } from '../../builders/ledger';
import { freshRepositories } from './test-db';
import { buildSkuDays, deferSkuDays } from '../../../renderer/db/sku-days-keeper';
import { skuDays } from '../../../shared/search/sku-days';

/** The kept rows, and the same rows folded from scratch from the orders stored (sales-days.ts). */
async function keptAndFolded(db: Db) {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const kept = (await db.salesDays.toArray()).sort(byId);
  const folded = [...salesDays(await db.orders.toArray()).values()].filter((r) => r.units !== 0).sort(byId);
  return { kept, folded };
}

/** The rows of each SKU's orders by day kept (skuDays), and those of the orders as stored, from scratch: equal after any write. */
async function keptAndStoredKeys(db: Db) {
  const kept = await db.skuDays.toArray();
  const stored = skuDays(await db.orders.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { kept, stored };
}

const arbInput = fc.record({
  platform: fc.constantFrom('amazon', 'temu', 'ebay'),
  orderDate: fc.constantFrom('2026-01-05', '2026-01-06', '2026-02-10'),
  buyerCountry: fc.constantFrom('US', 'DE', 'GB'),
  lines: fc.array(fc.record({ sku: fc.constantFrom('CUP-A', 'CUP-B', 'LAMP'), qty: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 3 }),
});
type Input = typeof arbInput extends fc.Arbitrary<infer T> ? T : never;

const arbStep = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('create' as const), input: arbInput }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), input: arbInput }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('bulkRemoveThenUndo' as const), count: fc.integer({ min: 1, max: 3 }), undo: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('demo' as const), seed: fc.integer({ min: 1, max: 9 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('backupThenRestore' as const), between: arbInput }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const) }) },
);

describe('the units sold, the orders count and each SKU\'s orders by day kept with the orders (salesDays, counts, skuDays)', () => {
  it('equal the units folded from scratch, the count and the SKU days of the stored orders after any sequence of writes', async () => {
    await fc.assert(fc.asyncProperty(fc.array(arbStep, { minLength: 1, maxLength: 8 }), async (steps) => {
      const repos = freshRepositories();
      const { db } = repos;
      let n = 0;
      const order = (i: Input) => anOrder({ ...i, orderNo: `P-${++n}`, lines: i.lines.map((l) => aLine(l)) });
      const ids = async () => (await db.orders.toCollection().primaryKeys()).sort();
      // A write the app refuses (an order with returns cannot be deleted) changes nothing: checked all the same.
      const refused = (e: unknown) => {
        if (!(e instanceof ValidationFailed)) throw e;
      };
      for (const step of steps) {
        const all = await ids();
        await apply(step, all).catch(refused);
        const { kept, folded } = await keptAndFolded(db);
        expect(kept).toEqual(folded);
        expect(await repos.orders.count()).toBe(await db.orders.count());
        const keys = await keptAndStoredKeys(db);
        expect(keys.kept).toEqual(keys.stored);
      }
      async function apply(step: (typeof steps)[number], all: string[]) {
        if (step.kind === 'create') await repos.orders.create(order(step.input));
        else if (step.kind === 'update' && all.length) await repos.orders.update(all[step.pick % all.length]!, order(step.input));
        else if (step.kind === 'remove' && all.length) await repos.orders.remove(all[step.pick % all.length]!);
        else if (step.kind === 'bulkRemoveThenUndo' && all.length) {
          const removed = await repos.bulk.removeOrders(all.slice(0, step.count));
          if (step.undo) await repos.bulk.restoreOrders(removed);
        } else if (step.kind === 'demo') await loadDemoData(db, step.seed, 12);
        else if (step.kind === 'backupThenRestore') {
          const backup = await v1Backup(db, DEFAULT_SETTINGS);
          await repos.orders.create(order(step.between));
          const check = readBackup(backupBytes(backup), CURRENT_SCHEMA_VERSION);
          if (!check.ok) throw new Error(`backup unreadable: ${JSON.stringify(check)}`);
          await new BackupRepo(db).replaceAll(check.backup);
        } else if (step.kind === 'clear') await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
      }
    }), { numRuns: 40 });
  });

  it('follow every kind of write Dexie makes: modify, delete by query, a failed bulk add caught inside the transaction', async () => {
    const { db, orders } = freshRepositories();
    const a = await orders.create(anOrder({ orderNo: 'A', lines: [aLine({ sku: 'CUP-A', qty: 2 })] }));
    await orders.create(anOrder({ orderNo: 'B', buyerCountry: 'DE', lines: [aLine({ sku: 'CUP-A', qty: 1 }), aLine({ sku: 'LAMP', qty: 5 })] }));
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], async () => {
      await db.orders.where('buyerCountry').equals('DE').modify({ orderDate: '2026-03-01' });
      await db.orders.bulkAdd([{ ...a }, { ...a, id: 'NEW', orderNo: 'C' }]).catch(() => undefined);
    });
    // Worked by hand: A (US, 2 × CUP-A), B moved to March (1 × CUP-A, 5 × LAMP), C a copy of A; the duplicate of A failed.
    expect((await db.salesDays.toArray()).map((r) => [r.day, r.country, r.sku, r.units]).sort()).toEqual([
      ['2026-03-01', 'DE', 'CUP-A', 1], ['2026-03-01', 'DE', 'LAMP', 5], ['2026-05-02', 'US', 'CUP-A', 4],
    ]);
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.where('orderNo').anyOf('A', 'C').delete());
    const { kept, folded } = await keptAndFolded(db);
    expect(kept).toEqual(folded);
    expect(kept).toHaveLength(2);
    // A, B and C stored, the duplicate of A refused; then A and C deleted: B is left, its rows
    // moved to its new date by the modify, A's and C's day (2026-05-02) gone with them.
    expect(await orders.count()).toBe(1);
    const b = (await db.orders.toArray())[0]!.id;
    expect((await keptAndStoredKeys(db)).kept).toEqual([{ id: 'CUP-A\u00002026-03-01', ids: [b] }, { id: 'LAMP\u00002026-03-01', ids: [b] }]);
  });

  it('follow an order import (a real marketplace file), and its re-import', async () => {
    const repos = freshRepositories();
    const importer = new ImportRepo(repos.db);
    const bytes = new Uint8Array(readFileSync('tests/fixtures/import/amazon-all-orders.txt'));
    const parse = async () => (await parseImport({ bytes, mapping: null, kind: 'orders', defaults: { ...DEFAULT_IMPORT_DEFAULTS, hsCode: '9405110000', unitWeightG: 900 }, catalog: await importer.catalog() })).orders!.orders;
    await repos.orders.create(anOrder({ orderNo: 'BEFORE' }));
    await importer.commitOrders(await parse());
    await importer.commitOrders(await parse());
    let { kept, folded } = await keptAndFolded(repos.db);
    expect(kept).toEqual(folded);
    expect(await repos.db.orders.count()).toBe(4);
    expect(await repos.orders.count()).toBe(4);
    // A file with one order changed (2 cups → 3) and one new (a copy of its row under another
    // no.): the new order is added, the changed one put over the stored one, in one transaction.
    const text = readFileSync('tests/fixtures/import/amazon-all-orders.txt', 'utf8');
    const first = text.split('\n')[1]!;
    const mixed = `${text.trimEnd()}\n${first.replace('113-0000001-0000001', '113-0000009-0000009')}\n`.replace('\t2\tUSD\t39.98', '\t3\tUSD\t59.97');
    const candidates = (await parseImport({ bytes: new TextEncoder().encode(mixed), mapping: null, kind: 'orders', defaults: { ...DEFAULT_IMPORT_DEFAULTS, hsCode: '9405110000', unitWeightG: 900 }, catalog: await importer.catalog() })).orders!.orders;
    expect(await importer.commitOrders(candidates)).toMatchObject({ added: 1, updated: 1, unchanged: 2 });
    ({ kept, folded } = await keptAndFolded(repos.db));
    expect(kept).toEqual(folded);
    const keys = await keptAndStoredKeys(repos.db);
    expect(keys.kept).toEqual(keys.stored);
    // Five orders, 113-…2 with two lines of two SKUs: six SKUs on orders, in five rows, as the
    // copy 113-…9 shares its day and SKU with 113-…1.
    expect(keys.kept).toHaveLength(5);
    const copies = await repos.db.orders.where('orderNo').anyOf('113-0000001-0000001', '113-0000009-0000009').primaryKeys();
    expect((await repos.db.skuDays.get('CUP-THM-500\u00002026-04-05'))?.ids).toEqual(copies.sort());
    expect(await repos.db.orders.count()).toBe(5);
    expect(await repos.orders.count()).toBe(5);
    // Worked by hand: that day's cups are 113-…1's 3 (was 2) plus the copy's 2 (replace changed the first row only).
    expect(kept.find((r) => r.day === '2026-04-05' && r.sku === 'CUP-THM-500')?.units).toBe(5);
  });

  it('follow bulk writes of many orders, read by the span of their keys or key by key', async () => {
    const { db } = freshRepositories();
    const at = '2026-05-02T00:00:00.000Z';
    const stored = (n: number, sku: string, qty: number) => ({ ...anOrder({ orderNo: `B-${n}`, lines: [aLine({ sku, qty })] }), id: `K${String(n).padStart(5, '0')}`, createdAt: at, updatedAt: at, skus: [sku], barcodes: [] });
    const put = (orders: ReturnType<typeof stored>[]) => db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.bulkPut(orders));
    // Every even key from 0 to 398, then a put over 100..299 (half of it stored, half new): the span holds few others.
    await put(Array.from({ length: 200 }, (_, i) => stored(2 * i, 'CUP-A', 1)));
    await put(Array.from({ length: 200 }, (_, i) => stored(100 + i, 'LAMP', 2)));
    let { kept, folded } = await keptAndFolded(db);
    expect(kept).toEqual(folded);
    // 70 keys spread over the whole table: their span holds many others, so they are read one by one.
    await put(Array.from({ length: 70 }, (_, i) => stored(i * 5, 'CUP-B', 3)));
    ({ kept, folded } = await keptAndFolded(db));
    expect(kept).toEqual(folded);
    expect(kept.reduce((n, r) => n + r.units, 0)).toBe((await db.orders.toArray()).reduce((n, o) => n + o.lines[0]!.qty, 0));
    // Worked by hand: 200 even keys 0..398; 100..299 adds its 100 odd keys; the multiples of 5 up
    // to 345 add the odd ones outside 100..299: 5, 15 … 95 and 305 … 345, 15 more.
    expect(await new OrdersRepo(db).count()).toBe(315);
  });

  it('refuse an order written without them in the transaction, and change nothing', async () => {
    const db = new HomeboundDb('alone', { indexedDB: new IDBFactory(), IDBKeyRange });
    const { orders } = freshRepositories();
    const o = await orders.create(anOrder());
    await expect(db.orders.add(o)).rejects.toThrow(/salesDays, counts, skuDays/);
    await expect(db.transaction('rw', db.orders, db.salesDays, () => db.orders.add(o))).rejects.toThrow(/counts, skuDays/);
    expect(await db.orders.count()).toBe(0);
  });

  it("leave each SKU's days to be built once at the end of a transaction that defers them (a restore), as from scratch", async () => {
    const { db, orders } = freshRepositories();
    const kept = await orders.create(anOrder({ orderNo: 'KEPT', lines: [aLine({ sku: 'LAMP' })] }));
    // Two more as stored: CUP-A on KEPT's day and on 1 March.
    const more = [{ orderNo: 'A', orderDate: kept.orderDate }, { orderNo: 'B', orderDate: '2026-03-01' }].map((o) => ({ ...o, lines: [{ ...kept.lines[0]!, sku: 'CUP-A' }], skus: ['CUP-A'] }));
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], async (tx) => {
      deferSkuDays(tx.idbtrans);
      await db.orders.bulkAdd(more.map((o, i) => ({ ...kept, ...o, id: `0${i}` })));
      // Not kept write by write: only KEPT's row, from before.
      expect((await db.skuDays.toArray()).map((r) => r.ids)).toEqual([[kept.id]]);
      await buildSkuDays(db.table('orders'), db.table('skuDays'));
    });
    const { kept: rows, stored } = await keptAndStoredKeys(db);
    expect(rows).toEqual(stored);
    expect(rows).toHaveLength(3);
    // Later transactions keep them again.
    await orders.remove(kept.id);
    expect((await keptAndStoredKeys(db)).kept.map((r) => r.id)).toEqual(['CUP-A\u00002026-03-01', `CUP-A\u0000${kept.orderDate}`]);
  });
});
