import { localToday } from '../../shared/dates';
import { ValidationFailed, parseOrThrow, refuseAny } from '../../shared/errors';
import { orderDateErrors } from '../../shared/ledger/date-rules';
import { newId } from '../../shared/ids';
import { orderInput, type Order, type OrderInput } from '../../shared/schemas/order';
import { nowIso, type HomeboundDb } from './database';
import { defaultDesc, isIndexedSort, orderSortValue, sortOrders, sortPairs, type OrderSort } from './order-sort';
import { sortedKeys } from './sorted-keys';
import { anyWrite, eachPage, presentRecords } from './table-reads';
import { guardStorage } from './storage-errors';
import { ORDERS_COUNTED } from './order-count';
import { everyIdInOrder, matchesInOrder, type Matches, type OnPart, type SortedSource } from './matches-in-order';
import { matchingSets, prefixKeys, skusNamed } from './order-search';
import { firstMatches } from './first-matches';

export { ORDER_SORTS, type OrderSort } from './order-sort';

export interface OrderQuery {
  search?: string;
  platform?: string;
  buyerCountry?: string;
  sort?: OrderSort;
  /** Direction; by default dates newest first, the rest A→Z (defaultDesc). */
  desc?: boolean;
}

/** Orders with their lines; platform + order no. is unique, as the marketplaces make it. */
export class OrdersRepo {
  /**
   * @param inMemory up to this many matches are read and sorted in memory, not through the sort index
   * @param topTested about how many records a search reads for its first rows (firstMatches)
   */
  constructor(private readonly db: HomeboundDb, private readonly inMemory = 2000, private readonly topTested = 400) {}

  /**
   * The matching orders in the query's order; for short lists (the list page reads ids, then
   * pages of records). `limit` reads only the first records: a lookup box showing 8 of 100,000
   * matches must not read the other 99,992.
   */
  async list(query: OrderQuery = {}, limit?: number): Promise<Order[]> {
    const ids = await this.ids(query);
    return this.byIds(limit === undefined ? ids : ids.slice(0, limit));
  }

  /**
   * The ids of the matching orders in display order: newest first by order or export date, or
   * by order no.; equal dates keep the index's order (by id). Read from the indexes, never the
   * records, except a few thousand matches, which are sorted in memory. `sorted` gives every id
   * in the sort's order (`sortedIds`, or a read the caller shares), calling its `onChunk` with
   * the ids known so far as they arrive. With `onPart`, a long list is shown as it is read: the
   * first matching ids and how many match in all (the kept count, or the matches' own), after
   * each chunk that adds some; the list ends as soon as every match is known. A search shows
   * its first rows first, with no count yet (firstMatches).
   */
  async ids(query: OrderQuery = {}, sorted?: SortedSource, onPart?: OnPart): Promise<string[]> {
    const sort = query.sort ?? 'orderDate';
    const desc = query.desc ?? defaultDesc(sort);
    const all: SortedSource = sorted ?? ((onChunk) => this.sortedIds(sort, onChunk, undefined, undefined, desc));
    const q = query.search?.trim();
    const named = q ? skusNamed(this.db, q) : undefined;
    // A search's first rows come before its count; later parts wait until they show as many.
    const early = named && onPart && isIndexedSort(sort) ? await firstMatches(this.db, query, sort, desc, named, this.topTested) : [];
    if (early.length > 0) await onPart!(early, undefined);
    const found = await this.matches(query, named);
    if (!found) return everyIdInOrder(all, () => this.count(), onPart);
    if (found.few) return sortOrders(await this.byIds(found.few), sort, desc);
    return matchesInOrder(found, all, onPart && (async (ids, count) => { if (ids.length >= early.length) await onPart(ids, count); }));
  }

  /**
   * The orders a query's filters and search allow (`has`) and how many, undefined when every
   * order does; `few`: all of them, when few enough to read and sort in memory. `named`: the
   * catalog's SKUs the search names, when already asked for.
   */
  async matches(query: OrderQuery, named?: Promise<string[]>): Promise<Matches | undefined> {
    const within = (await matchingSets(this.db, query, named)).sort((a, b) => a.size - b.size);
    if (within.length === 0) return undefined;
    const [smallest, ...others] = within as [Set<string>, ...Set<string>[]];
    const has = (id: string) => within.every((s) => s.has(id));
    const count = others.length === 0 ? smallest.size : [...smallest].filter(has).length;
    return { has, count, few: count <= this.inMemory ? [...smallest].filter(has) : undefined };
  }

  /**
   * Every id in the sort's order, read from the sort index a chunk at a time (sortedKeys):
   * `onChunk` gets the ids read so far after each chunk but the last. A column without an
   * index is sorted from every order's value (computedIds), in a worker when the list page asks.
   */
  async sortedIds(sort: OrderSort, onChunk?: (ids: readonly string[]) => Promise<void> | void, chunk = 2000, first = 400, desc = defaultDesc(sort)): Promise<string[]> {
    if (!isIndexedSort(sort)) return this.computedIds(sort, desc);
    return sortedKeys(this.db.orders, sort, onChunk, chunk, first, desc);
  }

  /** Every id sorted by a column without an index: reads each order once, a chunk at a time, keeping only its value. */
  async computedIds(sort: OrderSort, desc: boolean, chunk = 5000): Promise<string[]> {
    const pairs: [string, string | number][] = [];
    await eachPage(this.db.orders, chunk, (rows) => {
      for (const o of rows) pairs.push([o.id, orderSortValue(o, sort)]);
    });
    return sortPairs(pairs, desc, sort === 'product');
  }

  /** How many orders there are, as kept with every write (order-count.ts): one record, never a count of the store. */
  async count(): Promise<number> {
    return (await this.db.counts.get(ORDERS_COUNTED))?.count ?? 0;
  }

  /** The orders with these ids, in the same order; an id deleted meanwhile is left out. */
  byIds(ids: readonly string[]): Promise<Order[]> {
    return presentRecords(this.db.orders, ids);
  }

  /**
   * Answers at once, and a live query watching it re-runs on any write to the orders (it reads
   * the whole table's key range, one record of it): for lists too long to read inside one.
   */
  anyChange(): Promise<void> {
    return anyWrite(this.db.orders);
  }

  /** The ids of orders whose waybill starts with `q` (any case): how returns are found by waybill. */
  withWaybill(q: string): Promise<string[]> {
    return prefixKeys(this.db, 'waybillNo', q);
  }

  get(id: string): Promise<Order | undefined> {
    return this.db.orders.get(id);
  }

  /**
   * The buyer countries that occur, for the filter, from the index. Each step seeks past the
   * country found last: a dozen short reads, where a unique-key cursor steps over every order
   * (a second at 100,000, holding up every other read).
   */
  async countries(): Promise<string[]> {
    const found: string[] = [];
    let next = await this.db.orders.orderBy('buyerCountry').limit(1).keys();
    while (next.length > 0) {
      const country = next[0] as string;
      found.push(country);
      next = await this.db.orders.where('buyerCountry').above(country).limit(1).keys();
    }
    return found;
  }

  /** The orders a scanned code names exactly: by order no. or by waybill (tracking) no. */
  async findByScan(code: string): Promise<Order[]> {
    const c = code.trim();
    if (!c) return [];
    const [byNo, byWaybill] = await Promise.all([this.db.orders.where('orderNo').equalsIgnoreCase(c).toArray(), this.db.orders.where('waybillNo').equalsIgnoreCase(c).toArray()]);
    return [...new Map([...byNo, ...byWaybill].map((o) => [o.id, o])).values()];
  }

  findByOrderNo(orderNo: string): Promise<Order[]> {
    return this.db.orders.where('orderNo').equalsIgnoreCase(orderNo.trim()).toArray();
  }

  async create(input: OrderInput): Promise<Order> {
    const value = parseOrThrow(orderInput, input);
    refuseAny(orderDateErrors(value, localToday()));
    return this.write(async () => {
      await this.assertUnique(value, null);
      const now = nowIso();
      const record = withIndexes({ ...value, id: newId(), createdAt: now, updatedAt: now });
      await this.db.orders.add(record);
      return record;
    });
  }

  async update(id: string, input: OrderInput): Promise<Order> {
    const value = parseOrThrow(orderInput, input);
    refuseAny(orderDateErrors(value, localToday()));
    return this.write(async () => {
      const current = await this.db.orders.get(id);
      if (!current) throw new ValidationFailed([{ field: 'orderNo', key: 'errors.notFound' }]);
      // Its returns were requested after the order: a later order date would put one before it.
      const earliest = await this.db.returns.where('orderId').equals(id).filter((r) => r.requestedDate < value.orderDate).first();
      if (earliest) throw new ValidationFailed([{ field: 'orderDate', key: 'errors.afterReturnDate', params: { date: earliest.requestedDate, rmaNo: earliest.rmaNo } }]);
      await this.assertUnique(value, id);
      await this.assertLinesCoverReturns(id, value);
      const record = withIndexes({ ...current, ...value, updatedAt: nowIso() });
      await this.db.orders.put(record);
      // Returns copy the order no. and platform for search; keep them in step.
      await this.db.returns.where('orderId').equals(id).modify({ orderNo: record.orderNo, platform: record.platform });
      return record;
    });
  }

  /** Refuses while returns point at the order, so no return is ever orphaned. */
  remove(id: string): Promise<Order | undefined> {
    return this.write(async () => {
      const count = await this.db.returns.where('orderId').equals(id).count();
      if (count > 0) throw new ValidationFailed([{ field: 'orderNo', key: 'errors.orderHasReturns', params: { count } }]);
      const current = await this.db.orders.get(id);
      if (current) await this.db.orders.delete(id);
      return current;
    });
  }

  restore(record: Order): Promise<void> {
    return this.write(async () => {
      await this.assertUnique(record, record.id);
      await this.db.orders.put(record);
    });
  }

  private async assertUnique(value: Pick<OrderInput, 'platform' | 'orderNo'>, selfId: string | null): Promise<void> {
    const same = await this.db.orders.where('[platform+orderNo]').equals([value.platform, value.orderNo]).first();
    if (same && same.id !== selfId) {
      throw new ValidationFailed([{ field: 'orderNo', key: 'errors.duplicateOrder', params: { orderNo: value.orderNo } }]);
    }
  }

  /** An edit may not drop a line, or cut its quantity, below what has been returned of it. */
  private async assertLinesCoverReturns(id: string, value: OrderInput): Promise<void> {
    const returned = new Map<string, number>();
    await this.db.returns.where('orderId').equals(id).each((r) => returned.set(r.lineId, (returned.get(r.lineId) ?? 0) + r.qty));
    for (const [lineId, qty] of returned) {
      const index = value.lines.findIndex((l) => l.id === lineId);
      const line = value.lines[index];
      if (!line || line.qty < qty) {
        throw new ValidationFailed([{ field: `lines.${Math.max(index, 0)}.qty`, key: 'errors.belowReturned', params: { returned: qty } }]);
      }
    }
  }

  private write<T>(work: () => Promise<T>): Promise<T> {
    return guardStorage(() => this.db.transaction('rw', [this.db.orders, ...this.db.keptWithOrders, this.db.returns], work));
  }
}

export function withIndexes<T extends OrderInput>(order: T & { id: string; createdAt: string; updatedAt: string }): Order {
  return {
    ...order,
    skus: [...new Set(order.lines.map((l) => l.sku))],
    barcodes: [...new Set(order.lines.map((l) => l.barcode).filter(Boolean))],
  };
}
