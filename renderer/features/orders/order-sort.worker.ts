/// <reference lib="webworker" />
import { HomeboundDb } from '../../db/database';
import type { ComputedOrderSort } from '../../db/order-sort';
import { OrdersRepo } from '../../db/orders-repo';

export interface SortRequest {
  id: number;
  dbName: string;
  sort: ComputedOrderSort;
}
export type SortAnswer = { id: number; ids: string[] } | { id: number; error: string };

/**
 * Sorts the orders by a column that has no index (product name, total…): reading 100,000
 * orders builds 100,000 objects on the reading thread, which in the window would freeze it for
 * seconds. Answers every id, A→Z; the page turns the list around for Z→A.
 */
let db: HomeboundDb | undefined;

self.onmessage = async (event: MessageEvent<SortRequest>) => {
  const { id, dbName, sort } = event.data;
  try {
    db ??= new HomeboundDb(dbName);
    const ids = await new OrdersRepo(db).computedIds(sort, false);
    self.postMessage({ id, ids } satisfies SortAnswer);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies SortAnswer);
  }
};
