import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { addSales, applySales, type SalesDay, type SalesOrder } from '../../shared/dashboard/sales-days';
import { COUNTS, keepOrderCount } from './order-count';
import { SKU_DAYS, keepSkuDays, skuDaysDeferred } from './sku-days-keeper';
import type { SkuDayOrder } from '../../shared/search/sku-days';

/**
 * Keeps the `salesDays` table (shared/dashboard/sales-days.ts) equal to the units sold by the
 * stored orders, in the same transaction as every write to `orders` — imports, edits,
 * deletes, bulk actions, the demo, a restore — so no write path can forget it. A middleware
 * under Dexie's table API sees every one of those writes; a transaction that writes orders
 * must therefore include `salesDays`, and one that does not fails loudly. Only the schema's
 * own upgrades skip it: version 6 builds the table from the orders as they stand. The same
 * writes keep the orders' count (order-count.ts, table `counts`) and each SKU's orders by date
 * (sku-days-keeper.ts, table `skuDays`), from the same old records.
 */
export const SALES_DAYS = 'salesDays';

/** DBCoreRangeType.Range and .Any (a const enum, which this build cannot import). */
const RANGE = 2;
const ANY = 3;
/** Fewer keys than this are read one by one. */
const SPAN_READ_FROM = 64;

/** One write to the sales rows at a time per transaction: each reads the rows the one before wrote. */
const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();

function storesOf(trans: DBCoreTransaction): { mode: string; has: (name: string) => boolean } {
  const idb = trans as unknown as IDBTransaction;
  return { mode: idb.mode, has: (name) => idb.objectStoreNames.contains(name) };
}

/** The tables the middleware keeps beside `orders`. */
interface Kept {
  days: DBCoreTable;
  counts: DBCoreTable;
  skuDays: DBCoreTable;
}

async function mutateKeeping(orders: DBCoreTable, { days, counts, skuDays }: Kept, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const change = new Map<string, SalesDay>();
  if (req.type === 'deleteRange') {
    // Every order (a clear, as a restore does): every row goes too, without reading the orders.
    if (req.range.type === ANY) {
      const res = await orders.mutate(req);
      await days.mutate({ type: 'deleteRange', trans, range: req.range });
      await skuDays.mutate({ type: 'deleteRange', trans, range: req.range });
      await keepOrderCount(counts, trans, 'clear');
      return res;
    }
    const before = await orders.query({ trans, query: { index: orders.schema.primaryKey, range: req.range }, values: true });
    for (const o of before.result as SalesOrder[]) addSales(change, o, -1);
    const res = await orders.mutate(req);
    await write(days, trans, change);
    if (!skuDaysDeferred(trans)) await keepSkuDays(skuDays, trans, (before.result as SkuDayOrder[]).map((o) => [o, undefined] as const));
    await keepOrderCount(counts, trans, -before.result.length);
    return res;
  }
  const keys = req.type === 'delete' ? req.keys : req.type === 'put' ? (req.keys ?? req.values.map((v: { id: string }) => v.id)) : undefined;
  const before = keys ? ((await readMany(orders, trans, keys)) as (SalesOrder | undefined)[]) : [];
  const res = await orders.mutate(req);
  const count = req.type === 'delete' ? req.keys.length : req.values.length;
  let orderCount = 0;
  const moved: [SkuDayOrder | undefined, SkuDayOrder | undefined][] = [];
  for (let i = 0; i < count; i++) {
    if (res.failures[i]) continue;
    const old = before[i];
    const now = req.type === 'delete' ? undefined : (req.values[i] as SalesOrder & SkuDayOrder);
    if (old) addSales(change, old, -1);
    if (now) addSales(change, now, 1);
    moved.push([old as SkuDayOrder | undefined, now]);
    orderCount += (now ? 1 : 0) - (old ? 1 : 0);
  }
  await write(days, trans, change);
  if (!skuDaysDeferred(trans)) await keepSkuDays(skuDays, trans, moved);
  await keepOrderCount(counts, trans, orderCount);
  return res;
}

/**
 * The stored records of these keys. An import puts thousands of new orders, and the rows they
 * move are much of the table: one read of the keys' span (when it holds few others) replaces a
 * read per key, which cost as much as the write itself.
 */
async function readMany(table: DBCoreTable, trans: DBCoreTransaction, keys: readonly string[]): Promise<unknown[]> {
  if (keys.length < SPAN_READ_FROM) return table.getMany({ trans, keys: [...keys] });
  let lower = keys[0]!;
  let upper = lower;
  for (const k of keys) {
    if (k < lower) lower = k;
    if (k > upper) upper = k;
  }
  const query = { index: table.schema.primaryKey, range: { type: RANGE, lower, upper, lowerOpen: false, upperOpen: false } };
  if ((await table.count({ trans, query })) > 2 * keys.length) return table.getMany({ trans, keys: [...keys] });
  const found = new Map<string, unknown>();
  for (const r of (await table.query({ trans, query, values: true })).result as { id: string }[]) found.set(r.id, r);
  return keys.map((k) => found.get(k));
}

async function write(days: DBCoreTable, trans: DBCoreTransaction, change: Map<string, SalesDay>): Promise<void> {
  const moved = [...change.values()].filter((c) => c.units !== 0);
  if (moved.length === 0) return;
  const stored = (await readMany(days, trans, moved.map((c) => c.id))) as (SalesDay | undefined)[];
  const put: SalesDay[] = [];
  const gone: string[] = [];
  moved.forEach((c, i) => {
    const next = applySales(stored[i], c);
    if (next) put.push(next);
    else gone.push(c.id);
  });
  if (put.length) await days.mutate({ type: 'put', trans, values: put });
  if (gone.length) await days.mutate({ type: 'delete', trans, keys: gone });
}

export const salesDaysKeeper: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'salesDaysKeeper',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'orders') return table;
        return {
          ...table,
          mutate(req) {
            const stores = storesOf(req.trans);
            if (stores.mode === 'versionchange') return table.mutate(req);
            const missing = [SALES_DAYS, COUNTS, SKU_DAYS].filter((t) => !stores.has(t));
            if (missing.length) return Promise.reject(new Error(`Orders written in a transaction without the ${missing.join(', ')} table`));
            const queued = (queues.get(req.trans) ?? Promise.resolve()).then(() => mutateKeeping(table, { days: down.table(SALES_DAYS), counts: down.table(COUNTS), skuDays: down.table(SKU_DAYS) }, req));
            queues.set(req.trans, queued.catch(() => undefined));
            return queued;
          },
        };
      },
    };
  },
};
