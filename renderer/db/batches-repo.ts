import { ValidationFailed, parseOrThrow, type FieldError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { canMove, type ReturnStatus } from '../../shared/ledger/return-status';
import { BATCH_STATUSES, batchInput, type BatchInput, type BatchRecord, type BatchStatus } from '../../shared/schemas/batch';
import type { Order, OrderLine } from '../../shared/schemas/order';
import type { ReturnRecord } from '../../shared/schemas/return';
import { nowIso, type HomeboundDb } from './database';
import { guardStorage } from './storage-errors';

/**
 * Return batches (table `batches`) and the returns travelling in them (`returns.batchId`).
 * A batch and its members always change together, in one transaction: a return joins a
 * batch as `in_batch`, leaves it as `decided`, and follows each step of the batch's status.
 */

/** The step each member return takes when its batch reaches a status. */
const RETURN_STEP: Record<Exclude<BatchStatus, 'draft'>, ReturnStatus> = {
  submitted: 'in_transit',
  cleared: 'cleared',
  received: 'received_china',
};

/** A member return with the order line it came from: what totals and documents read. */
export interface BatchMember {
  ret: ReturnRecord;
  order: Order;
  line: OrderLine;
}

export function nextBatchStatus(status: BatchStatus): BatchStatus | null {
  return BATCH_STATUSES[BATCH_STATUSES.indexOf(status) + 1] ?? null;
}

export class BatchesRepo {
  constructor(private readonly db: HomeboundDb) {}

  /** Newest first. */
  async list(): Promise<BatchRecord[]> {
    return (await this.db.batches.orderBy('createdAt').toArray()).reverse();
  }

  get(id: string): Promise<BatchRecord | undefined> {
    return this.db.batches.get(id);
  }

  /** Returns that could join a batch at this location: decided and in no batch. */
  async candidates(locationId: string): Promise<ReturnRecord[]> {
    const rows = await this.db.returns.where('locationId').equals(locationId).toArray();
    return rows.filter((r) => r.status === 'decided' && r.batchId === null).sort((a, b) => a.rmaNo.localeCompare(b.rmaNo));
  }

  /** The batch's returns with their order lines, in the batch's order. */
  async members(batch: BatchRecord): Promise<BatchMember[]> {
    const rets = await this.db.returns.bulkGet(batch.returnIds);
    const orders = await this.db.orders.bulkGet(rets.map((r) => r?.orderId ?? ''));
    return rets.flatMap((ret, i) => {
      const order = orders[i];
      const line = order?.lines.find((l) => l.id === ret?.lineId);
      return ret && order && line ? [{ ret, order, line }] : [];
    });
  }

  /** "RR-2026-0007": one more than the highest number used this year. */
  async nextRequestNo(year: number): Promise<string> {
    const prefix = `RR-${year}-`;
    let highest = 0;
    await this.db.batches.where('requestNo').startsWith(prefix).each((b) => {
      const n = Number(b.requestNo.slice(prefix.length));
      if (Number.isSafeInteger(n) && n > highest) highest = n;
    });
    return `${prefix}${String(highest + 1).padStart(4, '0')}`;
  }

  async create(input: BatchInput): Promise<BatchRecord> {
    const value = parseOrThrow(batchInput, input);
    return this.write(async () => {
      await this.checkRequestNo(value.requestNo, null);
      const members = await this.checkReturns(value, null);
      const at = nowIso();
      const record: BatchRecord = { ...value, id: newId(), status: 'draft', history: [{ status: 'draft', at }], createdAt: at, updatedAt: at };
      await this.db.batches.add(record);
      await this.join(members, record, at);
      return record;
    });
  }

  /** Edits a draft; returns dropped from it go back to "decided", new ones join. */
  async update(id: string, input: BatchInput): Promise<BatchRecord> {
    const value = parseOrThrow(batchInput, input);
    return this.write(async () => {
      const current = await this.mustGetDraft(id);
      await this.checkRequestNo(value.requestNo, id);
      const members = await this.checkReturns(value, id);
      const at = nowIso();
      const record: BatchRecord = { ...current, ...value, updatedAt: at };
      await this.db.batches.put(record);
      const kept = new Set(value.returnIds);
      await this.leave(current.returnIds.filter((r) => !kept.has(r)), record.requestNo, at);
      await this.join(members.filter((r) => r.batchId !== id), record, at);
      return record;
    });
  }

  /**
   * Adds returns to a draft (the Returns page's bulk "add to batch"), as one edit of it: they
   * must be decided, free and at its location, or nothing changes. Hands back the draft's list
   * before, for the undo (`update` with it).
   */
  async addReturns(id: string, returnIds: readonly string[]): Promise<{ before: BatchRecord; after: BatchRecord }> {
    const before = await this.mustGetDraft(id);
    const { id: _id, status: _s, history: _h, createdAt: _c, updatedAt: _u, ...input } = before;
    const after = await this.update(id, { ...input, returnIds: [...before.returnIds, ...returnIds.filter((r) => !before.returnIds.includes(r))] });
    return { before, after };
  }

  /** One step forward (draft → submitted → cleared → received); every member moves with it. */
  moveStatus(id: string, to: BatchStatus): Promise<BatchRecord> {
    return this.write(async () => {
      const current = await this.mustGet(id);
      if (to === 'draft' || nextBatchStatus(current.status) !== to) {
        throw new ValidationFailed([{ field: 'status', key: 'requests:errors.badStep', params: { from: current.status, to } }]);
      }
      const step = RETURN_STEP[to];
      const rets = await this.db.returns.bulkGet(current.returnIds);
      const errors: FieldError[] = [];
      rets.forEach((r, i) => {
        if (!r || r.batchId !== id) errors.push({ field: `returnIds.${i}`, key: 'errors.notFound' });
        else if (!canMove(r.status, step)) errors.push({ field: `returnIds.${i}`, key: 'requests:errors.memberCannotMove', params: { rmaNo: r.rmaNo, from: r.status, to: step } });
      });
      if (errors.length) throw new ValidationFailed(errors);
      const at = nowIso();
      const record: BatchRecord = { ...current, status: to, history: [...current.history, { status: to, at }], updatedAt: at };
      await this.db.batches.put(record);
      await this.db.returns.bulkPut(rets.map((r) => moved(r!, step, record.requestNo, at)));
      return record;
    });
  }

  /** Deletes a draft and frees its returns; pass the result to restore() to undo. */
  remove(id: string): Promise<BatchRecord> {
    return this.write(async () => {
      const current = await this.mustGetDraft(id);
      await this.db.batches.delete(id);
      await this.leave(current.returnIds, current.requestNo, nowIso());
      return current;
    });
  }

  /** Puts a removed draft back, if its request no. is still free and its returns still wait for it. */
  restore(record: BatchRecord): Promise<void> {
    return this.write(async () => {
      if (await this.db.batches.get(record.id)) throw new ValidationFailed([{ field: 'requestNo', key: 'requests:errors.duplicateRequestNo', params: { requestNo: record.requestNo } }]);
      await this.checkRequestNo(record.requestNo, null);
      const members = await this.checkReturns(record, null);
      const at = nowIso();
      await this.db.batches.add({ ...record, updatedAt: at });
      await this.join(members, record, at);
    });
  }

  private async join(rets: ReturnRecord[], batch: BatchRecord, at: string) {
    await this.db.returns.bulkPut(rets.map((r) => ({ ...moved(r, 'in_batch', batch.requestNo, at), batchId: batch.id })));
  }

  private async leave(ids: string[], requestNo: string, at: string) {
    const rets = (await this.db.returns.bulkGet(ids)).filter((r): r is ReturnRecord => r !== undefined);
    // A member moved on by hand (Returns page) keeps its status; it only loses the link.
    await this.db.returns.bulkPut(rets.map((r) => ({ ...(r.status === 'in_batch' ? moved(r, 'decided', requestNo, at) : r), batchId: null })));
  }

  private async checkRequestNo(requestNo: string, selfId: string | null) {
    const same = await this.db.batches.where('requestNo').equals(requestNo).first();
    if (same && same.id !== selfId) throw new ValidationFailed([{ field: 'requestNo', key: 'requests:errors.duplicateRequestNo', params: { requestNo } }]);
  }

  /** Every listed return exists, waits at the batch's location, and is free (or already in this batch). */
  private async checkReturns(value: BatchInput, selfId: string | null): Promise<ReturnRecord[]> {
    const rets = await this.db.returns.bulkGet(value.returnIds);
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    rets.forEach((r, i) => {
      const field = `returnIds.${i}`;
      const id = value.returnIds[i] ?? '';
      if (seen.has(id)) return void errors.push({ field, key: 'requests:errors.listedTwice', params: { rmaNo: r?.rmaNo ?? id } });
      seen.add(id);
      if (!r) return void errors.push({ field, key: 'errors.notFound' });
      const params = { rmaNo: r.rmaNo };
      const ours = selfId !== null && r.batchId === selfId;
      if (r.batchId !== null && !ours) errors.push({ field, key: 'requests:errors.inOtherBatch', params });
      else if (!ours && r.status !== 'decided') errors.push({ field, key: 'requests:errors.notDecided', params });
      if (r.locationId !== value.locationId) errors.push({ field, key: 'requests:errors.otherLocation', params });
    });
    if (errors.length) throw new ValidationFailed(errors);
    return rets as ReturnRecord[];
  }

  private async mustGet(id: string): Promise<BatchRecord> {
    const current = await this.db.batches.get(id);
    if (!current) throw new ValidationFailed([{ field: 'requestNo', key: 'errors.notFound' }]);
    return current;
  }

  private async mustGetDraft(id: string): Promise<BatchRecord> {
    const current = await this.mustGet(id);
    if (current.status !== 'draft') throw new ValidationFailed([{ field: 'status', key: 'requests:errors.notDraft' }]);
    return current;
  }

  private write<T>(work: () => Promise<T>): Promise<T> {
    return guardStorage(() => this.db.transaction('rw', this.db.batches, this.db.returns, this.db.orders, work));
  }
}

function moved(r: ReturnRecord, status: ReturnStatus, note: string, at: string): ReturnRecord {
  return { ...r, status, history: [...r.history, { status, at, note }], updatedAt: at };
}
