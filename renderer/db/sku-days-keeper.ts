import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import { movedIds, skuDayMoves, type SkuDay, type SkuDayOrder } from '../../shared/search/sku-days';

/**
 * The `skuDays` table (shared/search/sku-days.ts): each SKU's orders of one day, kept by the
 * orders' middleware (sales-days-keeper.ts) in the same transaction as every write to
 * `orders`, from the same old records. Version 8 builds it from the orders as they stand.
 */
export const SKU_DAYS = 'skuDays';

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
