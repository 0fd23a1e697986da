import { everyIdInOrder, type OnPart, type SortedSource } from './matches-in-order';
import { localToday } from '../../shared/dates';
import { ValidationFailed, parseOrThrow, refuseAny } from '../../shared/errors';
import { returnDateErrors, stepDateErrors } from '../../shared/ledger/date-rules';
import { newId } from '../../shared/ids';
import { BATCH_DRIVEN, canMove, type ReturnStatus } from '../../shared/ledger/return-status';
import { refundOverLine, returnInput, type ReturnInput, type ReturnRecord } from '../../shared/schemas/return';
import { nowIso, type HomeboundDb } from './database';
import { anyCasePrefix } from './order-search';
import { OrdersRepo } from './orders-repo';
import { ProductsRepo } from './products-repo';
import { PENDING_STATUSES } from './decide-sources';
import { sortPairs } from './order-sort';
import { defaultReturnDesc, isIndexedReturnSort, narrowsReturns, NO_LOCATION, PENDING, returnFilter, returnSortValue, type ReturnQuery, type ReturnSort, type SearchHits } from './returns-query';
import { sortedKeys } from './sorted-keys';
import { anyWrite, eachPage, presentRecords } from './table-reads';
import { guardStorage } from './storage-errors';

export { RETURN_SORTS, type ReturnQuery, type ReturnSort } from './returns-query';

export interface Returnable {
  sold: number;
  returned: number;
  max: number;
}

/** Returns against order lines, each with its dated status history. */
export class ReturnsRepo {
  constructor(private readonly db: HomeboundDb) {}

  /**
   * The matching returns, sorted by any column; for short lists (the list page reads ids, then
   * pages of records). The search also finds returns by their order's waybill and by product
   * name (Chinese, English, or pinyin initials: "lyej" finds 蓝牙耳机).
   */
  async list(query: ReturnQuery = {}): Promise<ReturnRecord[]> {
    return this.byIds(await this.ids(query));
  }

  /**
   * The ids of the matching returns in the query's order, equal values by id. With no filter and
   * a sort with an index, straight from the index (sortedIds; `sorted` when the caller shares
   * a read), its first ids and the count given to `onPart` as they arrive. Else the returns a filter's index allows (all, without one) are read a chunk at a
   * time, and each that passes returnFilter kept as its id and sort value only.
   */
  async ids(query: ReturnQuery = {}, sorted?: SortedSource, onPart?: OnPart): Promise<string[]> {
    const sort = query.sort ?? 'requestedDate';
    const desc = query.desc ?? defaultReturnDesc(sort);
    if (!narrowsReturns(query)) {
      const all: SortedSource = sorted ?? ((onChunk) => this.sortedIds(sort, onChunk, undefined, undefined, desc));
      return everyIdInOrder(all, () => this.count(), onPart);
    }
    const q = query.search?.trim() ?? '';
    const [inCountry, hits] = await Promise.all([
      query.country ? this.db.orders.where('buyerCountry').equals(query.country).primaryKeys().then((k) => new Set(k)) : null,
      q ? this.searchHits(q) : null,
    ]);
    return this.scan(returnFilter(query, inCountry, hits), sort, desc, await (q && hits ? this.searching(q, hits) : this.candidates(query)));
  }

  /** Every id in the sort's order: from the sort's index a chunk at a time (sortedKeys), or from each return's value. */
  sortedIds(sort: ReturnSort, onChunk?: (ids: readonly string[]) => Promise<void> | void, chunk = 2000, first = 400, desc = defaultReturnDesc(sort)): Promise<string[]> {
    if (!isIndexedReturnSort(sort)) return this.scan(() => true, sort, desc);
    return sortedKeys(this.db.returns, sort, onChunk, chunk, first, desc);
  }

  count(): Promise<number> {
    return this.db.returns.count();
  }

  /** The returns with these ids, in the same order; an id deleted meanwhile is left out. */
  byIds(ids: readonly string[]): Promise<ReturnRecord[]> {
    return presentRecords(this.db.returns, ids);
  }

  /** Answers at once; a live query on it re-runs on any write to the returns (see OrdersRepo.anyChange). */
  anyChange(): Promise<void> {
    return anyWrite(this.db.returns);
  }

  /** Reads the candidates (all returns by id, without) a chunk at a time, keeping the ids of those kept, sorted. */
  private async scan(keep: (r: ReturnRecord) => boolean, sort: ReturnSort, desc: boolean, candidates?: readonly string[], chunk = 2000): Promise<string[]> {
    const pairs: [string, string | number][] = [];
    const take = (rows: readonly ReturnRecord[]) => {
      for (const r of rows) if (keep(r)) pairs.push([r.id, returnSortValue(r, sort)]);
    };
    if (candidates) for (let i = 0; i < candidates.length; i += chunk) take(await this.byIds(candidates.slice(i, i + chunk)));
    else await eachPage(this.db.returns, chunk, take);
    return sortPairs(pairs, desc);
  }

  /**
   * The ids one filter allows, from its index, to read fewer returns: undefined when no filter
   * has an index (no location and the search are not indexed alone). A superset: returnFilter decides.
   */
  private candidates(query: ReturnQuery): Promise<string[]> | undefined {
    const returns = this.db.returns;
    if (query.orderId) return returns.where('orderId').equals(query.orderId).primaryKeys();
    if (query.sku) return returns.where('sku').equals(query.sku).primaryKeys();
    if (query.location && query.location !== NO_LOCATION) return returns.where('locationId').equals(query.location).primaryKeys();
    if (query.status) return returns.where('status').anyOf(query.status === PENDING ? [...PENDING_STATUSES] : [query.status]).primaryKeys();
    if (query.from || query.to) return returns.where('requestedDate').between(query.from || '', query.to || '\uffff', true, true).primaryKeys();
    if (query.platform) return returns.where('platform').equals(query.platform).primaryKeys();
    return undefined;
  }

  /**
   * The returns a search can find, from the indexes: RMA no., order no. and SKU prefixes (any
   * case), the orders found by waybill, the SKUs found by product name. Undefined (read every
   * return) when the waybill finds too many orders to look up one by one.
   */
  private async searching(q: string, hits: SearchHits): Promise<string[] | undefined> {
    if (hits.orderIds.size > 5000) return undefined;
    const returns = this.db.returns;
    const prefix = (index: 'rmaNo' | 'orderNo' | 'sku') => anyCasePrefix(returns.where(index), q).primaryKeys();
    const found = await Promise.all([prefix('rmaNo'), prefix('orderNo'), prefix('sku'),
      hits.orderIds.size > 0 ? returns.where('orderId').anyOf([...hits.orderIds]).primaryKeys() : [],
      hits.skus.size > 0 ? returns.where('sku').anyOf([...hits.skus]).primaryKeys() : []]);
    return [...new Set(found.flat())];
  }

  private async searchHits(q: string): Promise<SearchHits> {
    const [orderIds, skus] = await Promise.all([
      new OrdersRepo(this.db).withWaybill(q),
      new ProductsRepo(this.db).skusNamed(q),
    ]);
    return { orderIds: new Set(orderIds), skus: new Set(skus) };
  }

  /** The return a scanned RMA no. (or an FBA license plate, imported as the RMA no.) names. */
  findByRma(code: string): Promise<ReturnRecord | undefined> {
    return this.db.returns.where('rmaNo').equals(code.trim()).first();
  }

  get(id: string): Promise<ReturnRecord | undefined> {
    return this.db.returns.get(id);
  }

  /** How many units of a line can still come back, leaving out the return being edited. */
  async returnable(orderId: string, lineId: string, excludeReturnId: string | null = null): Promise<Returnable> {
    const order = await this.db.orders.get(orderId);
    const sold = order?.lines.find((l) => l.id === lineId)?.qty ?? 0;
    let returned = 0;
    await this.db.returns.where('[orderId+lineId]').equals([orderId, lineId]).each((r) => {
      if (r.id !== excludeReturnId) returned += r.qty;
    });
    return { sold, returned, max: Math.max(sold - returned, 0) };
  }

  async create(input: ReturnInput): Promise<ReturnRecord> {
    const value = parseOrThrow(returnInput, input);
    return this.write(async () => {
      const copied = await this.checkAgainstOrder(value, null);
      const now = nowIso();
      const record: ReturnRecord = {
        ...value, ...copied, id: newId(), status: 'requested', batchId: null,
        history: [{ status: 'requested', at: requestedAt(value.requestedDate, now), note: '' }], createdAt: now, updatedAt: now,
      };
      await this.db.returns.add(record);
      return record;
    });
  }

  async update(id: string, input: ReturnInput): Promise<ReturnRecord> {
    const value = parseOrThrow(returnInput, input);
    return this.write(async () => {
      const current = await this.mustGet(id);
      const copied = await this.checkAgainstOrder(value, id);
      const now = nowIso();
      // While it is only requested, its first step follows the request date.
      const history = current.history.length === 1 && current.status === 'requested'
        ? [{ ...current.history[0]!, at: requestedAt(value.requestedDate, now) }] : current.history;
      const record: ReturnRecord = { ...current, ...value, ...copied, history, updatedAt: now };
      await this.db.returns.put(record);
      return record;
    });
  }

  /**
   * Moves a return one step in its life and records when (`at`, an ISO timestamp; now by
   * default), refusing steps the map forbids and dates before the previous step.
   */
  moveStatus(id: string, to: ReturnStatus, note = '', when?: string): Promise<ReturnRecord> {
    return this.write(async () => {
      const current = await this.mustGet(id);
      // While it travels in a batch, the batch moves it (Requests page), so the two never disagree.
      if (current.batchId !== null && BATCH_DRIVEN.has(current.status)) {
        throw new ValidationFailed([{ field: 'status', key: 'errors.movedByBatch' }]);
      }
      if (!canMove(current.status, to)) {
        throw new ValidationFailed([{ field: 'status', key: 'errors.badTransition', params: { from: current.status, to } }]);
      }
      const now = nowIso();
      const at = when ?? now;
      refuseAny(stepDateErrors(at, current.history.at(-1)?.at ?? '', now));
      const record: ReturnRecord = { ...current, status: to, history: [...current.history, { status: to, at, note }], updatedAt: at };
      await this.db.returns.put(record);
      return record;
    });
  }

  remove(id: string): Promise<ReturnRecord | undefined> {
    return this.write(async () => {
      const current = await this.db.returns.get(id);
      if (current) await this.db.returns.delete(id);
      return current;
    });
  }

  restore(record: ReturnRecord): Promise<void> {
    return this.write(async () => {
      await this.checkAgainstOrder(record, record.id);
      await this.db.returns.put(record);
    });
  }

  private async mustGet(id: string): Promise<ReturnRecord> {
    const current = await this.db.returns.get(id);
    if (!current) throw new ValidationFailed([{ field: 'rmaNo', key: 'errors.notFound' }]);
    return current;
  }

  private async checkAgainstOrder(value: ReturnInput, selfId: string | null) {
    const order = await this.db.orders.get(value.orderId);
    if (!order) throw new ValidationFailed([{ field: 'orderId', key: 'errors.notFound' }]);
    const line = order.lines.find((l) => l.id === value.lineId);
    if (!line) throw new ValidationFailed([{ field: 'lineId', key: 'errors.notFound' }]);
    refuseAny(returnDateErrors(value.requestedDate, order.orderDate, localToday()));
    const sameRma = await this.db.returns.where('rmaNo').equals(value.rmaNo).first();
    if (sameRma && sameRma.id !== selfId) {
      throw new ValidationFailed([{ field: 'rmaNo', key: 'errors.duplicateRma', params: { rmaNo: value.rmaNo } }]);
    }
    const room = await this.returnable(value.orderId, value.lineId, selfId);
    if (value.qty > room.max) {
      throw new ValidationFailed([{ field: 'qty', key: 'errors.overQuantity', params: { ...room } }]);
    }
    const refund = refundOverLine(value.refundMinor, line, order.currency);
    if (refund) throw new ValidationFailed([refund]);
    return { orderNo: order.orderNo, platform: order.platform, sku: line.sku };
  }

  private write<T>(work: () => Promise<T>): Promise<T> {
    return guardStorage(() => this.db.transaction('rw', this.db.orders, this.db.returns, work));
  }
}

/** When a return was requested: the start of its request day, or now when that is today. */
function requestedAt(requestedDate: string, now: string): string {
  const start = new Date(`${requestedDate}T00:00:00`).toISOString();
  return start < now && requestedDate < localToday() ? start : now;
}
