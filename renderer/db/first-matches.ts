import type { HomeboundDb } from './database';
import type { OrderQuery } from './orders-repo';
import { sortOrders, type IndexedOrderSort } from './order-sort';
import { anyCasePrefix, FEW_KEYS } from './order-search';
import { NAMED_IN, ORDER_SEARCH, keyMatches, orderMatches } from '../../shared/search/order-match';
import { skuDayRange, skuOfDay, type SkuDay } from '../../shared/search/sku-days';
import type { Order } from '../../shared/schemas/order';
import { presentRecords } from './table-reads';

/**
 * A search's first rows, before its count: the beginning of the list it will show, found
 * from a few hundred records. Reading every match of a SKU that a tenth of a million orders
 * share takes Chromium seconds, in one request that holds up every other.
 *
 * In the default order, newest first by order date, each SKU the search names is read from
 * the kept rows of each SKU's orders by day (sku-days-keeper.ts) for its newest orders alone, beside the few orders
 * whose order no., waybill or barcode match; a SKU none of the newest orders carry is found as
 * fast as one they all do. In any other order, or when the search names too many SKUs or
 * order numbers, the top `budget` orders of the sort are tested record by record.
 *
 * Every id returned is a match, in the list's order, and the ids are the list's beginning:
 * nothing not read can come before the last of them. Records are tested with the one rule,
 * orderMatches.
 *
 * @param budget about how many records are read
 */
export async function firstMatches(db: HomeboundDb, query: OrderQuery, sort: IndexedOrderSort, desc: boolean, named: Promise<string[]>, budget: number): Promise<string[]> {
  const q = query.search?.trim() ?? '';
  const bySku = sort === 'orderDate' ? await newestBySku(db, q, desc, named, budget) : undefined;
  if (bySku) return beginning(bySku.orders, bySku.lastRead, query, new Set(await named), desc);
  const top = db.orders.orderBy(sort);
  const [ids, skus] = await Promise.all([(desc ? top.reverse() : top).limit(budget).primaryKeys(), named]);
  const names = new Set(skus);
  return (await presentRecords(db.orders, ids)).filter((o) => orderMatches(o, query, names)).map((o) => o.id);
}

/**
 * The orders that can begin the list by order date: every order whose other keys match, and
 * each matching SKU's newest orders; `lastRead`: for each SKU with more orders than were read,
 * the last one read. Undefined when the search names more SKUs than a distinct-key walk
 * allows, or more orders by their other keys than the budget.
 */
async function newestBySku(db: HomeboundDb, q: string, desc: boolean, named: Promise<string[]>, budget: number): Promise<{ orders: Order[]; lastRead: string[] } | undefined> {
  const [prefixed, extra] = await Promise.all([distinctSkus(db, q), named]);
  if (!prefixed) return undefined;
  const others = await Promise.all(ORDER_SEARCH.filter(([index]) => index !== NAMED_IN).map(([index, how]) => {
    const where = db.orders.where(index);
    return (how === 'exact' ? where.equals(q) : anyCasePrefix(where, q)).limit(budget + 1).primaryKeys() as Promise<string[]>;
  }));
  if (others.some((ids) => ids.length > budget)) return undefined;
  const skus = [...new Set([...prefixed, ...extra])];
  const each = Math.max(1, Math.floor(budget / Math.max(1, skus.length)));
  const newest = await Promise.all(skus.map((sku) => newestOfSku(db, sku, desc, each)));
  const lastRead = newest.filter((ids) => ids.length === each).map((ids) => ids[ids.length - 1]!);
  return { orders: await presentRecords(db.orders, [...new Set([...others.flat(), ...newest.flat()])]), lastRead };
}

/**
 * Up to `each` of a SKU's orders in the list's order by date (ties by id, turned around when
 * newest first), from its newest (or oldest) days' rows, read one row at a time until enough.
 */
async function newestOfSku(db: HomeboundDb, sku: string, desc: boolean, each: number): Promise<string[]> {
  const ids: string[] = [];
  const range = db.skuDays.where(':id').between(...skuDayRange(sku), true, true);
  await (desc ? range.reverse() : range).until(() => ids.length >= each).each((row: SkuDay) => {
    ids.push(...(desc ? row.ids.slice(-(each - ids.length)).reverse() : row.ids.slice(0, each - ids.length)));
  });
  return ids;
}

/**
 * The SKUs of orders starting with `q` in any case, from the kept rows' keys, or undefined
 * when the any-case range holds more than FEW_KEYS SKUs. One request per SKU, each for the
 * first key past the SKU before: in Chromium a cursor's continue() to a key steps over every
 * entry on the way, a new range seeks.
 */
async function distinctSkus(db: HomeboundDb, q: string): Promise<string[] | undefined> {
  // Every casing of `q` sorts between these two (code points: capitals first).
  const last = `${q.toLowerCase()}\uffff`;
  const skus: string[] = [];
  let after: string | undefined;
  for (let seen = 0; seen <= FEW_KEYS; seen++) {
    const range = after === undefined ? db.skuDays.where(':id').between(q.toUpperCase(), last, true, true) : db.skuDays.where(':id').between(after, last, false, true);
    const [key] = await range.limit(1).primaryKeys();
    if (key === undefined) return skus;
    const sku = skuOfDay(key);
    if (keyMatches(sku, q, 'prefix')) skus.push(sku);
    after = skuDayRange(sku)[1];
  }
  return undefined;
}

/** The matches among `orders` in the list's order, up to the first order after which some SKU's orders were not read. */
function beginning(orders: Order[], lastRead: readonly string[], query: OrderQuery, names: ReadonlySet<string>, desc: boolean): string[] {
  const ids = sortOrders(orders, 'orderDate', desc);
  const cut = Math.min(ids.length - 1, ...lastRead.map((id) => ids.indexOf(id)));
  const byId = new Map(orders.map((o) => [o.id, o]));
  return ids.slice(0, cut + 1).filter((id) => orderMatches(byId.get(id)!, query, names));
}
