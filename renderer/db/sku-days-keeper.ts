import type { DBCoreTable, DBCoreTransaction, Table } from 'dexie';
import { movedIds, skuDayFold, skuDayMoves, type SkuDay, type SkuDayOrder } from '../../shared/search/sku-days';
import { eachPage } from './table-reads';

/**
 * The `skuDays` table (shared/search/sku-days.ts): each SKU's orders of one day, kept by the
 * orders' middleware (sales-days-keeper.ts) in the same transaction as every write to
 * `orders`, from the same old records. Version 9 builds it from the orders as they stand, and
 * so does a restore at its end (deferSkuDays).
 */
export const SKU_DAYS = 'skuDays';

/** Transactions that build the rows once at their end (buildSkuDays) instead of with each write. */
const deferred = new WeakSet<object>();

/**
 * For a transaction that writes every order anew (a restore): the rows are not kept write by
 * write, and the transaction must call buildSkuDays before it ends. A restore writes 2,000
 * orders at a time; when each chunk holds orders of every day, as the bench's ledger does,
 * keeping the rows rewrites every row once per chunk — 500 times at a million orders.
 */
export function deferSkuDays(trans: object): void {
  deferred.add(trans);
}

export const skuDaysDeferred = (trans: object): boolean => deferred.has(trans);

/** Builds the rows from the orders as stored (a page of 5,000 at a time), in place of any there were. */
export async function buildSkuDays<T extends SkuDayOrder, I>(orders: Table<T, string, I>, rows: Table<SkuDay, string, SkuDay>): Promise<void> {
  await rows.clear();
  const fold = skuDayFold();
  await eachPage(orders, 5000, (page) => page.forEach(fold.add));
  const all = fold.rows();
  for (let i = 0; i < all.length; i += 1000) await rows.bulkPut(all.slice(i, i + 1000));
}

/**
 * Moves the rows from the orders `before` a write to the orders `after` it (either may be
 * missing: an order added or deleted): one read of the rows the write touches, one write of
 * those that changed; a row left empty is deleted.
 */
export async function keepSkuDays(table: DBCoreTable, trans: DBCoreTransaction, changes: Iterable<readonly [SkuDayOrder | undefined, SkuDayOrder | undefined]>): Promise<void> {
  const moves = skuDayMoves(changes);
  if (moves.size === 0) return;
  const keys = [...moves.keys()];
  const stored = (await table.getMany({ trans, keys })) as (SkuDay | undefined)[];
  const put: SkuDay[] = [];
  const gone: string[] = [];
  keys.forEach((id, i) => {
    const ids = movedIds(stored[i]?.ids ?? [], moves.get(id)!);
    if (ids.length) put.push({ id, ids });
    else if (stored[i]) gone.push(id);
  });
  if (put.length) await table.mutate({ type: 'put', trans, values: put });
  if (gone.length) await table.mutate({ type: 'delete', trans, keys: gone });
}
