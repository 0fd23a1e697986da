/** The keys of an order a search looks at, as the order's indexes hold them. */
export interface OrderSearchKeys {
  orderNo: string;
  waybillNo: string;
  skus: readonly string[];
  barcodes: readonly string[];
}

/** How a key matches what was typed: starts with it in any case (what a person or a scanner types), or is it exactly. */
export type KeyMatch = 'prefix' | 'exact';

/**
 * What an order search looks at, and how: order no., waybill and SKU by prefix in any case,
 * barcodes exactly; besides, the SKUs of the catalog's products whose names match (NAMED_IN).
 * The list reads these through the indexes (renderer/db/order-search.ts) and, for the first
 * rows of a long list, tests records against them (orderMatches).
 */
export const ORDER_SEARCH: readonly (readonly [keyof OrderSearchKeys, KeyMatch])[] = [
  ['orderNo', 'prefix'],
  ['waybillNo', 'prefix'],
  ['skus', 'prefix'],
  ['barcodes', 'exact'],
];

/** The key the catalog's SKUs found by product name are looked up in. */
export const NAMED_IN = 'skus' satisfies keyof OrderSearchKeys;

/** Without letters, case cannot matter (an index range then needs no any-case walk). */
export const caseless = (q: string): boolean => q.toLowerCase() === q.toUpperCase();

/** Whether one key matches `q` (trimmed) the way `how` says. */
export function keyMatches(key: string, q: string, how: KeyMatch): boolean {
  return how === 'exact' ? key === q : key.toLowerCase().startsWith(q.toLowerCase());
}

/** The filters a list query narrows by, each a field equal to the value chosen. */
export interface OrderFilters {
  search?: string;
  platform?: string;
  buyerCountry?: string;
}

/**
 * Whether an order matches a list query: its filters, and the search by ORDER_SEARCH or by a
 * SKU in `named` (the catalog's products the search names).
 */
export function orderMatches(order: OrderSearchKeys & { platform: string; buyerCountry: string }, query: OrderFilters, named: ReadonlySet<string>): boolean {
  if ((query.platform && order.platform !== query.platform) || (query.buyerCountry && order.buyerCountry !== query.buyerCountry)) return false;
  const q = query.search?.trim() ?? '';
  if (!q) return true;
  const keys = (field: keyof OrderSearchKeys): readonly string[] => {
    const value = order[field];
    return typeof value === 'string' ? [value] : value;
  };
  return ORDER_SEARCH.some(([field, how]) => keys(field).some((k) => keyMatches(k, q, how))) || keys(NAMED_IN).some((k) => named.has(k));
}

/**
 * An order's SKUs, each joined to its order date and id (`SKU`, NUL, `2026-05-01`, NUL, id):
 * kept in a table of their own (renderer/db/sku-dates-keeper.ts), they hold each SKU's orders
 * by date, ties by id as the order-date index has them, so a search's first rows read a SKU's
 * newest orders alone instead of every order of it (renderer/db/first-matches.ts). NUL sorts
 * before any other character: one SKU's keys never mix with a longer SKU's that starts with it.
 */
export function skuDateKeys(order: { id: string; skus: readonly string[]; orderDate: string }): string[] {
  return order.skus.map((sku) => `${sku}\u0000${order.orderDate}\u0000${order.id}`);
}

/** The range of skuDateKeys holding one SKU's orders, every date. */
export const skuDateRange = (sku: string): [string, string] => [`${sku}\u0000`, `${sku}\u0000\uffff`];

/** The order id a skuDateKeys key ends with. */
export const orderOfSkuDate = (key: string): string => key.slice(key.lastIndexOf('\u0000') + 1);
