import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import { skuDateKeys } from '../../shared/search/order-match';

/**
 * Each SKU of each order with its order date and id (skuDateKeys), one row per key in the
 * `skuDates` table, kept by the orders' middleware (sales-days-keeper.ts) in the same
 * transaction as every write to `orders`, from the same old records. Read by a search's first
 * rows (first-matches.ts); version 8 builds it from the orders as they stand.
 */
export const SKU_DATES = 'skuDates';

export interface SkuDateRow {
  /** `SKU`, NUL, order date, NUL, order id. */
  id: string;
}

/** What the keys are made of: an order as stored. */
export interface SkuDateOrder {
  id: string;
  skus: readonly string[];
  orderDate: string;
}

export const skuDateRows = (order: SkuDateOrder): SkuDateRow[] => skuDateKeys(order).map((id) => ({ id }));

/**
 * Moves the table from the orders `before` a write to the orders `after` it (either may be
 * missing: an order added or deleted): keys that went are deleted, keys that came are put; an
 * edit that changes neither the SKUs nor the date writes nothing.
 */
export async function keepSkuDates(table: DBCoreTable, trans: DBCoreTransaction, changes: readonly (readonly [SkuDateOrder | undefined, SkuDateOrder | undefined])[]): Promise<void> {
  const gone: string[] = [];
  const came: SkuDateRow[] = [];
  for (const [before, after] of changes) {
    const old = before ? skuDateKeys(before) : [];
    const now = after ? skuDateKeys(after) : [];
    if (old.length === now.length && old.every((k, i) => k === now[i])) continue;
    const kept = new Set(now);
    const had = new Set(old);
    for (const k of old) if (!kept.has(k)) gone.push(k);
    for (const k of now) if (!had.has(k)) came.push({ id: k });
  }
  if (gone.length) await table.mutate({ type: 'delete', trans, keys: gone });
  if (came.length) await table.mutate({ type: 'put', trans, values: came });
}
