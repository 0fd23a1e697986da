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
