import { localToday } from '../../shared/dates';
import { orderDateErrors, returnDateErrors } from '../../shared/ledger/date-rules';
import type { Rejection } from '../../shared/import/cells';
import type { CatalogEntry } from '../../shared/import/defaults';
import type { ReturnCandidate } from '../../shared/import/map-returns';
import type { OrderCandidate } from '../../shared/import/map-orders';
import { mergeOrder } from '../../shared/import/merge';
import type { ImportPlan } from '../../shared/import/review';
import { newId } from '../../shared/ids';
import type { Order } from '../../shared/schemas/order';
import { RETURN_DEFAULTS, refundOverLine, type ReturnRecord } from '../../shared/schemas/return';
import { nowIso, type HomeboundDb } from './database';
import { withIndexes } from './orders-repo';
import { guardStorage } from './storage-errors';

/**
 * Writes an import: orders upserted by platform + order no. (lines by SKU), returns linked to
 * their order line by order no. + SKU and upserted by RMA no. Planning reads only; `commit`
 * plans again inside its one read-write transaction, so what is written is exactly what the
 * database held at that moment, and a failure anywhere rolls everything back. The import
 * worker is the caller, so chunks exist only to report progress and to honour a cancel,
 * which aborts the transaction and so also writes nothing.
 */
export type { ImportPlan } from '../../shared/import/review';

export interface CommitOptions {
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks; true aborts the whole transaction with ImportStopped. */
  shouldStop?: () => boolean;
}

export class ImportStopped extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ImportStopped';
  }
}

const CHUNK = 2000;
/**
 * Orders per write. Each write also rewrites the sales-day rows its orders move
 * (sales-days-keeper.ts), a cost per chunk: 100,000 new rows into a million in chunks of 2,000
 * spent 6.8 s of 75 there, in chunks of 10,000 1.2 s. Progress moves in tenths of 100,000.
 */
export const WRITE_CHUNK = 10_000;

export async function catalogEntries(db: HomeboundDb): Promise<CatalogEntry[]> {
  const products = await db.products.toArray();
  return products.map(({ id, sku, barcode, nameZh, nameEn, hsCode, unit, unitWeightG }) => ({ id, sku, barcode, nameZh, nameEn, hsCode, unit, unitWeightG }));
}

async function planOrders(db: HomeboundDb, candidates: readonly OrderCandidate[]) {
  const keys = candidates.map((c) => [c.input.platform, c.input.orderNo] as [string, string]);
  const existing = new Map<string, Order>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const found = await db.orders.where('[platform+orderNo]').anyOf(keys.slice(i, i + CHUNK)).toArray();
    for (const o of found) existing.set(`${o.platform}|${o.orderNo}`, o);
  }
  // An update may not cut a line below what has already come back of it.
  const returned = new Map<string, number>();
  const ids = [...existing.values()].map((o) => o.id);
  if (ids.length) await db.returns.where('orderId').anyOf(ids).each((r) => returned.set(r.lineId, (returned.get(r.lineId) ?? 0) + r.qty));
  const now = nowIso();
  const changed: Order[] = [];
  const fresh: Order[] = [];
  const rejected: Rejection[] = [];
  let added = 0, updated = 0, unchanged = 0;
  const today = localToday();
  for (const c of candidates) {
    const dates = orderDateErrors(c.input, today);
    if (dates.length) {
      for (const e of dates) rejected.push({ row: c.rows[0]!, field: e.field, key: e.key, params: e.params, value: c.input[e.field as 'orderDate' | 'exportDate'] });
      continue;
    }
    const old = existing.get(`${c.input.platform}|${c.input.orderNo}`);
    const merged = mergeOrder(old, c.input);
    if (merged.outcome === 'conflict') {
      for (const e of merged.errors) rejected.push({ row: c.rows[0]!, field: e.field, key: e.key, params: e.params });
      continue;
    }
    const { outcome, value } = merged;
    const short = value.lines.find((l) => l.qty < (returned.get(l.id) ?? 0));
    if (short) {
      rejected.push({ row: c.rows[0]!, field: 'qty', key: 'errors.belowReturned', params: { returned: returned.get(short.id) ?? 0 }, value: short.sku });
      continue;
    }
    if (outcome === 'unchanged') unchanged++;
    else if (outcome === 'new') {
      added++;
      fresh.push(withIndexes({ ...value, id: newId(), createdAt: now, updatedAt: now }));
    } else {
      updated++;
      changed.push(withIndexes({ ...value, id: old!.id, createdAt: old!.createdAt, updatedAt: now }));
    }
  }
  return { plan: { added, updated, unchanged, rejected, unlinked: [] } as ImportPlan, changed, fresh };
}

async function planReturns(db: HomeboundDb, candidates: readonly ReturnCandidate[], platform: string) {
  const now = nowIso();
  const today = localToday();
  const writes: ReturnRecord[] = [];
  const unlinked: ReturnCandidate[] = [];
  const rejected: Rejection[] = [];
  const used = new Map<string, number>();
  const seen = new Set<string>();
  let added = 0, unchanged = 0;
  for (const c of candidates) {
    const order = await db.orders.where('[platform+orderNo]').equals([platform, c.orderNo]).first();
    const line = order?.lines.find((l) => l.sku === c.sku);
    if (!order || !line) { unlinked.push(c); continue; }
    const [late] = returnDateErrors(c.requestedDate, order.orderDate, today);
    if (late) { rejected.push({ row: c.row, field: 'returnDate', key: late.key, params: late.params, value: c.requestedDate }); continue; }
    const same = await db.returns.where('rmaNo').equals(c.rmaNo).first();
    if (same || seen.has(c.rmaNo)) { unchanged++; continue; }
    seen.add(c.rmaNo);
    const key = `${order.id}|${line.id}`;
    if (!used.has(key)) {
      let qty = 0;
      await db.returns.where('[orderId+lineId]').equals([order.id, line.id]).each((r) => { qty += r.qty; });
      used.set(key, qty);
    }
    const already = used.get(key)!;
    if (already + c.qty > line.qty) {
      rejected.push({ row: c.row, field: 'qty', key: 'errors.overQuantity', params: { sold: line.qty, returned: already, max: Math.max(line.qty - already, 0) } });
      continue;
    }
    const refund = refundOverLine(c.money.refundMinor ?? null, line, order.currency);
    if (refund) { rejected.push({ row: c.row, ...refund }); continue; }
    used.set(key, already + c.qty);
    added++;
    writes.push({
      id: newId(), orderId: order.id, lineId: line.id, rmaNo: c.rmaNo, qty: c.qty, reason: c.reason, grade: c.grade, whereabouts: c.whereabouts,
      locationId: null, requestedDate: c.requestedDate, notes: c.notes, status: 'requested', history: [{ status: 'requested', at: now, note: '' }],
      createdAt: now, updatedAt: now, batchId: null, orderNo: order.orderNo, platform: order.platform, sku: line.sku,
      ...RETURN_DEFAULTS, ...c.money,
    });
  }
  return { plan: { added, updated: 0, unchanged, rejected, unlinked } as ImportPlan, writes };
}

export class ImportRepo {
  constructor(private readonly db: HomeboundDb) {}

  catalog(): Promise<CatalogEntry[]> {
    return catalogEntries(this.db);
  }

  async planOrders(candidates: readonly OrderCandidate[]): Promise<ImportPlan> {
    return (await this.db.transaction('r', this.db.orders, this.db.returns, () => planOrders(this.db, candidates))).plan;
  }

  async planReturns(candidates: readonly ReturnCandidate[], platform = 'amazon'): Promise<ImportPlan> {
    return (await this.db.transaction('r', this.db.orders, this.db.returns, () => planReturns(this.db, candidates, platform))).plan;
  }

  /** All or nothing: one transaction for the whole file. */
  commitOrders(candidates: readonly OrderCandidate[], options: CommitOptions = {}): Promise<ImportPlan> {
    return guardStorage(() => this.db.transaction('rw', [this.db.orders, this.db.returns, ...this.db.keptWithOrders], async () => {
      const { plan, changed, fresh } = await planOrders(this.db, candidates);
      // Orders new to the ledger are added: an add replaces no stored order, so the sales-days
      // keeper has none to read back (and a clash would fail the add, not overwrite).
      await this.writeChunks([
        [changed, (chunk) => this.db.orders.bulkPut(chunk)],
        [fresh, (chunk) => this.db.orders.bulkAdd(chunk)],
      ], options);
      return plan;
    }));
  }

  commitReturns(candidates: readonly ReturnCandidate[], platform = 'amazon', options: CommitOptions = {}): Promise<ImportPlan> {
    return guardStorage(() => this.db.transaction('rw', this.db.orders, this.db.returns, async () => {
      const { plan, writes } = await planReturns(this.db, candidates, platform);
      await this.writeChunks([[writes, (chunk) => this.db.returns.bulkAdd(chunk)]], options);
      return plan;
    }));
  }

  /** Each part's records written by its own call, in chunks; progress counts across the parts. */
  private async writeChunks<T>(parts: readonly (readonly [readonly T[], (chunk: T[]) => Promise<unknown>])[], { onProgress, shouldStop }: CommitOptions): Promise<void> {
    const total = parts.reduce((n, [records]) => n + records.length, 0);
    let done = 0;
    onProgress?.(0, total);
    for (const [records, write] of parts) {
      for (let i = 0; i < records.length; i += WRITE_CHUNK) {
        // Throwing inside the transaction aborts it: the chunks already written are rolled back.
        if (shouldStop?.()) throw new ImportStopped();
        const chunk = records.slice(i, i + WRITE_CHUNK);
        await write(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
    }
    if (shouldStop?.()) throw new ImportStopped();
  }
}
