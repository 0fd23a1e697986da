import type { DBCoreTable, DBCoreTransaction } from 'dexie';

/**
 * How many orders the ledger holds, kept in the `counts` table by the same middleware and in
 * the same transaction as every write to `orders` (sales-days-keeper.ts), so the orders list
 * shows its true length at once: Chromium's IndexedDB takes seconds to count a million records.
 * Version 7 builds it from the orders as they stand; a ledger created at version 7 or later
 * starts with no row, which means none.
 */
export const COUNTS = 'counts';
export const ORDERS_COUNTED = 'orders';

export interface StoreCount {
  /** The store counted (only `orders` so far). */
  id: string;
  count: number;
}

/** Adds `change` orders to the kept count ('clear': every order went). */
export async function keepOrderCount(counts: DBCoreTable, trans: DBCoreTransaction, change: number | 'clear'): Promise<void> {
  if (change === 0) return;
  let count = 0;
  if (change !== 'clear') {
    const [stored] = (await counts.getMany({ trans, keys: [ORDERS_COUNTED] })) as (StoreCount | undefined)[];
    count = (stored?.count ?? 0) + change;
  }
  await counts.mutate({ type: 'put', trans, values: [{ id: ORDERS_COUNTED, count } satisfies StoreCount] });
}
