/**
 * Each SKU's orders of one order date, their ids sorted: one row per SKU and day. Kept with
 * every write to orders (renderer/db/sku-days-keeper.ts), the rows give a SKU's newest orders
 * in the order-date index's order (date, then id) without reading every order of the SKU,
 * which takes Chromium seconds when a tenth of a million orders share it; a search's first
 * rows read them (renderer/db/first-matches.ts). A row per day, not per order: an import of
 * 10,000 orders writes a few hundred rows, not 10,000 more records.
 */
export interface SkuDay {
  /** The SKU, NUL, the order date (skuDayKey). */
  id: string;
  /** The orders' ids, sorted as IndexedDB sorts keys (by UTF-16 code unit, as `<` does). */
  ids: string[];
}

/** What a row is made of: an order as stored. */
export interface SkuDayOrder {
  id: string;
  skus: readonly string[];
  orderDate: string;
}

/** NUL sorts before any other character: one SKU's rows never mix with a longer SKU's that starts with it. */
export const skuDayKey = (sku: string, date: string): string => `${sku}\u0000${date}`;

/** The row keys an order is in: one per SKU. */
export const skuDayKeys = (order: SkuDayOrder): string[] => [...new Set(order.skus)].map((sku) => skuDayKey(sku, order.orderDate));

/** The SKU a row key is for. */
export const skuOfDay = (key: string): string => key.slice(0, key.indexOf('\u0000'));

/** The range of row keys holding one SKU's days, every date. */
export const skuDayRange = (sku: string): [string, string] => [`${sku}\u0000`, `${sku}\u0000\uffff`];

/** The rows of orders added one at a time (an upgrade reads a page at a time), from scratch. */
export function skuDayFold(): { add: (order: SkuDayOrder) => void; rows: () => SkuDay[] } {
  const rows = new Map<string, string[]>();
  return {
    add(order) {
      for (const key of skuDayKeys(order)) {
        const ids = rows.get(key);
        if (ids) ids.push(order.id);
        else rows.set(key, [order.id]);
      }
    },
    rows: () => [...rows].map(([id, ids]) => ({ id, ids: ids.sort(byKey) })),
  };
}

/** The rows of these orders, from scratch. */
export function skuDays(orders: Iterable<SkuDayOrder>): SkuDay[] {
  const fold = skuDayFold();
  for (const o of orders) fold.add(o);
  return fold.rows();
}

/** What a write moves, per row key: the ids that leave it and those that come. */
export type SkuDayMoves = Map<string, { gone: Set<string>; came: Set<string> }>;

/**
 * The moves of a write, from each order as it was and as it is after (either missing: an order
 * added or deleted). An edit that changes neither the SKUs nor the date moves nothing.
 */
export function skuDayMoves(changes: Iterable<readonly [SkuDayOrder | undefined, SkuDayOrder | undefined]>): SkuDayMoves {
  const moves: SkuDayMoves = new Map();
  const move = (key: string) => {
    let m = moves.get(key);
    if (!m) moves.set(key, (m = { gone: new Set(), came: new Set() }));
    return m;
  };
  for (const [before, after] of changes) {
    const id = (before ?? after)?.id;
    if (id === undefined) continue;
    const old = before ? skuDayKeys(before) : [];
    const now = after ? skuDayKeys(after) : [];
    for (const k of old) if (!now.includes(k)) move(k).gone.add(id);
    for (const k of now) if (!old.includes(k)) move(k).came.add(id);
  }
  return moves;
}

/** A row's ids after a move: those that left taken out, those that came merged in, still sorted. */
export function movedIds(stored: readonly string[], { gone, came }: { gone: ReadonlySet<string>; came: ReadonlySet<string> }): string[] {
  const kept = stored.filter((id) => !gone.has(id) && !came.has(id));
  const add = [...came].sort(byKey);
  const out: string[] = [];
  let i = 0;
  for (const id of add) {
    while (i < kept.length && kept[i]! < id) out.push(kept[i++]!);
    out.push(id);
  }
  while (i < kept.length) out.push(kept[i++]!);
  return out;
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
