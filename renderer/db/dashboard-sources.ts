import type { DecidePresets } from '../../shared/decide';
import type { DashDecision, DashOrder, DashReturn } from '../../shared/dashboard/facts';
import type { ReturnsChange } from '../../shared/dashboard/return-facts';
import type { SalesDay } from '../../shared/dashboard/sales-days';
import type { DecisionRecord } from '../../shared/schemas/decision';
import type { Order } from '../../shared/schemas/order';
import type { ReturnRecord } from '../../shared/schemas/return';
import type { HomeboundDb } from './database';
import { PresetsRepo } from './presets-repo';
import { eachPage } from './table-reads';

/**
 * What the Dashboard charts, read-only, in two steps so the first charts do not wait for the
 * slowest read. The savings, recovery, outcome and route charts need only the decisions
 * (13,000 at a peak: a fifth of a second); rates, deadlines and refunds need the units sold
 * (kept by the ledger per day, platform, country and SKU: a few thousand rows however many
 * orders), the returns and the orders they came from. Each read runs in the dashboard's
 * worker in one transaction (one consistent picture); after a change the worker re-reads the
 * decisions or the units sold when their tables changed, and only the returns and orders written.
 */
export interface DecisionsSide {
  decisions: DashDecision[];
  /** See decisionsStamp. */
  stamp: string;
  presets: DecidePresets;
}

/** The decisions' stamp and the presets, without the decisions, and whether there are orders. */
export interface Glance extends Omit<DecisionsSide, 'decisions'> {
  /** Whether the ledger holds any order: a one-key read, where counting 100,000 takes IndexedDB a quarter of a second. */
  hasOrders: boolean;
}

/** The returns and only the orders they came from (by key: not every order). */
export interface ReturnsSide {
  orders: DashOrder[];
  returns: DashReturn[];
  /** SKUs of food products: they never get the tax exemption. */
  foodSkus: Set<string>;
}

/** The units sold the ledger keeps (sales-days.ts): a few thousand rows however many orders. */
export interface SalesSide {
  sales: SalesDay[];
  hasOrders: boolean;
}

/**
 * The oldest and newest decision ids (ULIDs sort by time) and how many there are. Decisions are
 * only ever added, never edited (only the whole ledger is replaced or cleared), so the same
 * stamp means the same decisions: what the dashboard's kept copy relies on. The count catches
 * a ledger restored from a backup that shares the first and last decision but not the rest.
 */
export function decisionsStamp(oldestId: string | undefined, newestId: string | undefined, count: number): string {
  return `${oldestId ?? ''}:${newestId ?? ''}:${count}`;
}

export class DashboardLoader {
  /** `pageSize`: rows read at a time (see eachPage). */
  constructor(private readonly db: HomeboundDb, private readonly pageSize = 5000) {}

  /** Reads no order: a live query of it is not run again when orders are written. */
  decisionsSide(): Promise<DecisionsSide> {
    const db = this.db;
    return db.transaction('r', [db.decisions, db.presets], async () => {
      const presetsRead = new PresetsRepo(db).get();
      const decisions: DashDecision[] = [];
      let oldest: string | undefined;
      let newest: string | undefined;
      // By id: the first page holds the oldest and the last page the newest.
      await eachPage(db.decisions, this.pageSize, (rows) => {
        oldest ??= rows[0]?.id;
        newest = rows.at(-1)?.id ?? newest;
        for (const d of rows) decisions.push(slimDecision(d));
      });
      return { decisions, stamp: decisionsStamp(oldest, newest, decisions.length), presets: await presetsRead };
    });
  }

  /**
   * Whether the decision facts kept from the last visit still hold (their stamp), and what
   * else the first charts need: single-key reads, not in one transaction, whose completion
   * IndexedDB would hold back behind the worker's big reads.
   */
  async glance(): Promise<Glance> {
    const db = this.db;
    const [oldest, newest, count, presets, anyOrder] = await Promise.all([
      db.decisions.orderBy(':id').firstKey(), db.decisions.orderBy(':id').lastKey(), db.decisions.count(), new PresetsRepo(db).get(), db.orders.limit(1).primaryKeys(),
    ]);
    return { stamp: decisionsStamp(oldest as string | undefined, newest as string | undefined, count), presets, hasOrders: anyOrder.length > 0 };
  }

  /**
   * Every return and the orders they name, by key. Read once; later changes are read by
   * returnsChange (the dashboard's worker learns their keys from Dexie's storagemutated event).
   */
  returnsSide(): Promise<ReturnsSide> {
    const db = this.db;
    return db.transaction('r', [db.orders, db.returns, db.products], async () => {
      const products = await db.products.toArray();
      const returns: DashReturn[] = [];
      const orders: DashOrder[] = [];
      const asked = new Set<string>();
      await eachPage(db.returns, this.pageSize, async (rows) => {
        const wanted: string[] = [];
        for (const r of rows) {
          returns.push(slimReturn(r));
          if (!asked.has(r.orderId)) wanted.push(r.orderId);
          asked.add(r.orderId);
        }
        for (const o of await db.orders.bulkGet(wanted)) if (o) orders.push(slimOrder(o));
      });
      return { orders, returns, foodSkus: new Set(products.filter((p) => p.food).map((p) => p.sku)) };
    });
  }

  /**
   * The returns with these ids as they now are (absent ones were deleted), the returns naming
   * these orders, and the orders all of those name: what patchReturnFacts needs after a change.
   */
  returnsChange(returnIds: readonly string[], orderIds: readonly string[]): Promise<ReturnsChange> {
    const db = this.db;
    return db.transaction('r', [db.orders, db.returns], async () => {
      const [byKey, byOrder] = await Promise.all([db.returns.bulkGet([...returnIds]), orderIds.length ? db.returns.where('orderId').anyOf([...orderIds]).toArray() : []]);
      const put = [...byKey.filter((r) => r !== undefined), ...byOrder].map(slimReturn);
      const deleted = returnIds.filter((_, i) => byKey[i] === undefined);
      const orders = await db.orders.bulkGet([...new Set(put.map((r) => r.orderId))]);
      return { put, deleted, orders: orders.filter((o) => o !== undefined).map(slimOrder) };
    });
  }

  salesSide(): Promise<SalesSide> {
    const db = this.db;
    return db.transaction('r', [db.orders, db.salesDays], async () => {
      const [sales, anyOrder] = await Promise.all([db.salesDays.toArray(), db.orders.limit(1).primaryKeys()]);
      return { sales, hasOrders: anyOrder.length > 0 };
    });
  }
}

function slimDecision(d: DecisionRecord): DashDecision {
  const { chosen: c, input: i } = d;
  return {
    returnId: d.returnId, decidedAt: d.decidedAt, on: d.on, baselineNetFen: d.baselineNetFen, disposeNetFen: d.disposeNetFen, savingsFen: d.savingsFen, savingsVsDisposeFen: d.savingsVsDisposeFen,
    chosen: { kind: c.kind, districtCode: c.districtCode, routeId: c.routeId, netFen: c.netFen, recoveryFen: c.recoveryFen, costLines: c.costLines },
    input: { qty: i.qty, unitWeightG: i.unitWeightG, goodsCostFen: i.goodsCostFen, platform: i.platform, locationId: i.locationId },
  };
}

function slimReturn(r: ReturnRecord): DashReturn {
  return {
    id: r.id, orderId: r.orderId, lineId: r.lineId, rmaNo: r.rmaNo, qty: r.qty, reason: r.reason, grade: r.grade, status: r.status, locationId: r.locationId,
    requestedDate: r.requestedDate, sku: r.sku, refundMinor: r.refundMinor, refundDate: r.refundDate, labelCostMinor: r.labelCostMinor, labelPaidBy: r.labelPaidBy, feesKeptMinor: r.feesKeptMinor,
  };
}

function slimOrder(o: Order): DashOrder {
  return {
    id: o.id, platform: o.platform, orderDate: o.orderDate, buyerCountry: o.buyerCountry, currency: o.currency, exportDate: o.exportDate, exportMode: o.exportMode,
    ...(o.zoneExitDate === undefined ? {} : { zoneExitDate: o.zoneExitDate }),
    lines: o.lines.map((l) => ({ id: l.id, sku: l.sku, qty: l.qty, unitPriceMinor: l.unitPriceMinor })),
  };
}
