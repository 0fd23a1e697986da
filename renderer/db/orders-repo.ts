import { ValidationFailed, parseOrThrow } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { orderInput, type Order, type OrderInput } from '../../shared/schemas/order';
import { nowIso, type HomeboundDb } from './database';
import { guardStorage } from './storage-errors';

export const ORDER_SORTS = ['orderDate', 'exportDate', 'orderNo'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];

export interface OrderQuery {
  search?: string;
  platform?: string;
  buyerCountry?: string;
  sort?: OrderSort;
}

/** Orders with their lines; platform + order no. is unique, as the marketplaces make it. */
export class OrdersRepo {
  constructor(private readonly db: HomeboundDb) {}

  async list(query: OrderQuery = {}): Promise<Order[]> {
    const sort = query.sort ?? 'orderDate';
    const q = query.search?.trim() ?? '';
    const keep = (o: Order) =>
      (!query.platform || o.platform === query.platform) && (!query.buyerCountry || o.buyerCountry === query.buyerCountry);
    if (!q) {
      // A plain index read is one getAll(); Dexie's reverse() and filter() would walk a cursor
      // record by record, which at 100,000 orders is seconds instead of a fraction of one.
      const rows = await this.db.orders.orderBy(sort).toArray();
      if (sort !== 'orderNo') rows.reverse();
      return query.platform || query.buyerCountry ? rows.filter(keep) : rows;
    }
    // A search hits the indexes a scanner or a person would type into: order no., waybill,
    // SKU prefixes and exact barcodes; the union is sorted in memory.
    const keys = new Set<string>();
    const collect = async (ids: Promise<string[]>) => (await ids).forEach((id) => keys.add(id));
    await Promise.all([
      collect(this.db.orders.where('orderNo').startsWithIgnoreCase(q).primaryKeys()),
      collect(this.db.orders.where('waybillNo').startsWithIgnoreCase(q).primaryKeys()),
      collect(this.db.orders.where('skus').startsWithIgnoreCase(q).primaryKeys()),
      collect(this.db.orders.where('barcodes').equals(q).primaryKeys()),
    ]);
    const found = (await this.db.orders.bulkGet([...keys])).filter((o): o is Order => !!o && keep(o));
    const dir = sort === 'orderNo' ? 1 : -1;
    return found.sort((a, b) => (a[sort] < b[sort] ? -dir : a[sort] > b[sort] ? dir : 0));
  }

  get(id: string): Promise<Order | undefined> {
    return this.db.orders.get(id);
  }

  /** The buyer countries that occur, for the filter; read from the index, not the records. */
  async countries(): Promise<string[]> {
    return (await this.db.orders.orderBy('buyerCountry').uniqueKeys()) as string[];
  }

  findByOrderNo(orderNo: string): Promise<Order[]> {
    return this.db.orders.where('orderNo').equalsIgnoreCase(orderNo.trim()).toArray();
  }

  async create(input: OrderInput): Promise<Order> {
    const value = parseOrThrow(orderInput, input);
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
    return this.write(async () => {
      const current = await this.db.orders.get(id);
      if (!current) throw new ValidationFailed([{ field: 'orderNo', key: 'errors.notFound' }]);
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
    return guardStorage(() => this.db.transaction('rw', this.db.orders, this.db.returns, work));
  }
}

export function withIndexes<T extends OrderInput>(order: T & { id: string; createdAt: string; updatedAt: string }): Order {
  return {
    ...order,
    skus: [...new Set(order.lines.map((l) => l.sku))],
    barcodes: [...new Set(order.lines.map((l) => l.barcode).filter(Boolean))],
  };
}
