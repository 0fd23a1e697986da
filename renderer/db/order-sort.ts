import type { Order } from '../../shared/schemas/order';

/** Columns the orders list sorts by through an index of the ledger. */
export const INDEXED_ORDER_SORTS = ['orderDate', 'exportDate', 'orderNo', 'platform', 'buyerCountry', 'waybillNo'] as const;
/** Columns with no index: a worker reads every order to sort them (order-sort.worker.ts). */
export const COMPUTED_ORDER_SORTS = ['product', 'sku', 'total', 'exportMode', 'exportDistrict'] as const;
export const ORDER_SORTS = [...INDEXED_ORDER_SORTS, ...COMPUTED_ORDER_SORTS] as const;
export type IndexedOrderSort = (typeof INDEXED_ORDER_SORTS)[number];
export type ComputedOrderSort = (typeof COMPUTED_ORDER_SORTS)[number];
export type OrderSort = (typeof ORDER_SORTS)[number];

export function isIndexedSort(sort: OrderSort): sort is IndexedOrderSort {
  return (INDEXED_ORDER_SORTS as readonly string[]).includes(sort);
}

/** Dates list newest first unless turned around; everything else A→Z, smallest first. */
export function defaultDesc(sort: OrderSort): boolean {
  return sort === 'orderDate' || sort === 'exportDate';
}

/**
 * The value an order sorts by. Product: the first line's Chinese name (then SKU); total: the
 * lines' sum in the order's own currency, in minor units.
 */
export function orderSortValue(o: Order, sort: OrderSort): string | number {
  switch (sort) {
    case 'product': return o.lines[0]?.nameZh ?? '';
    case 'sku': return o.lines[0]?.sku ?? '';
    case 'total': return o.lines.reduce((s, l) => s + l.qty * l.unitPriceMinor, 0);
    default: return o[sort];
  }
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ids in the sort's order, equal values by id, from [id, value] pairs. Text compares as the
 * indexes do (code points), or with `collate` (product names) by the Chinese collation, pinyin
 * order: ranked once per distinct value, as 100,000 collator calls per comparison would be slow.
 */
export function sortPairs(pairs: [string, string | number][], desc: boolean, collate = false): string[] {
  const texts = [...new Set(pairs.flatMap(([, v]) => (typeof v === 'string' ? [v] : [])))];
  texts.sort(collate ? new Intl.Collator('zh-CN', { numeric: true }).compare : byCodePoint);
  const rank = new Map(texts.map((v, i) => [v, i]));
  const dir = desc ? -1 : 1;
  const keyed = pairs.map(([id, v]) => ({ id, k: typeof v === 'number' ? v : rank.get(v)! }));
  keyed.sort((a, b) => dir * (a.k - b.k || byCodePoint(a.id, b.id)));
  return keyed.map((x) => x.id);
}

/** The ids of these orders in the sort's order (what the indexes or the worker give for all of them). */
export function sortOrders(orders: readonly Order[], sort: OrderSort, desc: boolean): string[] {
  return sortPairs(orders.map((o) => [o.id, orderSortValue(o, sort)]), desc, sort === 'product');
}
