import { localToday } from '../../shared/dates';
import { ValidationFailed, parseOrThrow, refuseAny } from '../../shared/errors';
import { returnDateErrors, stepDateErrors } from '../../shared/ledger/date-rules';
import { newId } from '../../shared/ids';
import { BATCH_DRIVEN, canMove, type ReturnStatus } from '../../shared/ledger/return-status';
import { refundOverLine, returnInput, type ReturnInput, type ReturnRecord } from '../../shared/schemas/return';
import { nowIso, type HomeboundDb } from './database';
import { OrdersRepo } from './orders-repo';
import { ProductsRepo } from './products-repo';
import { returnFilter, sortReturns, type ReturnQuery, type SearchHits } from './returns-query';
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
   * The matching returns, sorted by any column. The search also finds returns by their order's
   * waybill and by product name (Chinese, English, or pinyin initials: "lyej" finds 蓝牙耳机).
   */
  async list(query: ReturnQuery = {}): Promise<ReturnRecord[]> {
    const q = query.search?.trim() ?? '';
    const [inCountry, hits, rows] = await Promise.all([
      query.country ? this.db.orders.where('buyerCountry').equals(query.country).primaryKeys().then((k) => new Set(k)) : null,
      q ? this.searchHits(q) : null,
      this.db.returns.toArray(),
    ]);
    return sortReturns(rows.filter(returnFilter(query, inCountry, hits)), query.sort, query.desc);
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
