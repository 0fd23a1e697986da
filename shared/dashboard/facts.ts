import type { DecidePresets, OptionKind, TransportMode } from '../decide';
import type { ReturnStatus } from '../ledger/return-status';
import type { DecisionRecord } from '../schemas/decision';
import type { Order, OrderLine } from '../schemas/order';
import type { ReturnRecord } from '../schemas/return';
import { returnFacts, type ReturnKeys, type ReturnsPart } from './return-facts';
import { salesTableOf, type SalesTable } from './sales-table';

/**
 * The dashboard reads the ledger once and flattens it into "facts": one small record per
 * order line, return and latest decision, with the joins (order → buyer country, route →
 * district and mode) done here. Aggregating per filter change then only loops over flat
 * arrays and compares strings, which keeps 100,000 orders well under the 100 ms budget.
 */

export type DashOrder = Pick<Order, 'id' | 'platform' | 'orderDate' | 'buyerCountry' | 'currency' | 'exportDate' | 'exportMode' | 'zoneExitDate'> & {
  lines: readonly Pick<OrderLine, 'id' | 'sku' | 'qty' | 'unitPriceMinor'>[];
};
export type DashReturn = Pick<ReturnRecord, 'id' | 'orderId' | 'lineId' | 'rmaNo' | 'qty' | 'reason' | 'grade' | 'status' | 'locationId' | 'requestedDate' | 'sku'>
  & Partial<Pick<ReturnRecord, 'refundMinor' | 'refundDate' | 'labelCostMinor' | 'labelPaidBy' | 'feesKeptMinor'>>;
export type DashDecision = Pick<DecisionRecord, 'returnId' | 'decidedAt' | 'on' | 'baselineNetFen' | 'disposeNetFen' | 'savingsFen' | 'savingsVsDisposeFen'> & {
  chosen: Pick<DecisionRecord['chosen'], 'kind' | 'districtCode' | 'routeId' | 'netFen' | 'recoveryFen' | 'costLines'>;
  input: Pick<DecisionRecord['input'], 'qty' | 'unitWeightG' | 'goodsCostFen' | 'platform' | 'locationId'>;
};

/**
 * What the dashboard reads first: returns and decisions. Orders come separately (reading
 * 100,000 of them takes IndexedDB seconds), so the decision charts need not wait for them.
 */
export interface DashboardSources {
  /**
   * How many orders the ledger holds, to tell an empty ledger from an empty filter. The app
   * passes 0 or 1: whether there are any (counting a million takes IndexedDB seconds).
   */
  orderCount: number;
  returns: readonly DashReturn[];
  decisions: readonly DashDecision[];
  /** SKUs of food products: they never get the tax exemption. */
  foodSkus: ReadonlySet<string>;
  presets: DecidePresets;
}

export interface ReturnFact {
  id: string;
  rmaNo: string;
  orderDate: string;
  requestedDate: string;
  platform: string;
  country: string;
  sku: string;
  reason: string;
  grade: string;
  units: number;
  locationId: string;
  status: ReturnStatus;
  exportDate: string;
  exportMode: string;
  food: boolean;
  /**
   * What the buyer was refunded, in fen: the recorded refund at the rate on its date, or —
   * when none is recorded (`refundAssumed`) — the full line value at the request date's rate.
   * Null = no rate.
   */
  refundFen: number | null;
  refundAssumed: boolean;
  /** The return label when the seller paid it, and the marketplace fees it kept, in fen. */
  labelFen: number;
  feesKeptFen: number;
  /** Last day of the tax exemption (null when its conditions fail) and of the 1-year right. */
  exemptionLastDay: string | null;
  rightLastDay: string;
}

export interface DecisionFact {
  returnId: string;
  date: string;
  platform: string;
  country: string;
  locationId: string;
  kind: OptionKind;
  districtCode: string;
  routeId: string;
  netFen: number;
  baselineNetFen: number;
  disposeNetFen: number;
  savingsFen: number;
  savingsVsDisposeFen: number;
  recoveryFen: number;
  /** Σ the chosen option's cost lines. */
  costFen: number;
  /** Goods cost of the returned units: what is lost when nothing is recovered. */
  goodsFen: number;
  units: number;
  weightG: number;
}

export interface RouteInfo { districtCode: string; mode: TransportMode; transitDays: number }

export interface DashboardFacts {
  orderCount: number;
  /** False until the orders are read: returns and buyer countries are not joined yet. */
  ordersLoaded: boolean;
  returns: ReturnFact[];
  returnKeys: ReturnKeys;
  /** Units sold (kept by the ledger, see sales-days.ts); null until they are read. */
  sales: SalesTable | null;
  decisions: DecisionFact[];
  routes: ReadonlyMap<string, RouteInfo>;
  presets: DecidePresets;
  /** Currencies of refunds that had no rate, so the page can say the total is partial. */
  missingRates: string[];
}

/**
 * `orders`: at least every order a return names (all of them, or only those: the dashboard
 * reads only those, beside the units sold the ledger keeps, `sales`); null = not read yet:
 * decision facts only, without buyer countries. `sales` defaults to the orders' own. The
 * same three steps the dashboard's worker takes one at a time, redoing only the step whose
 * part of the ledger changed (returnFacts, decisionFacts, joinFacts).
 */
export function buildFacts(src: DashboardSources, allOrders: readonly DashOrder[] | null, sales: SalesTable | null = allOrders && salesTableOf(allOrders)): DashboardFacts {
  const returns = allOrders ? returnFacts(src, allOrders) : null;
  return joinFacts(src, returns, decisionFacts(src.decisions), sales);
}

/**
 * The facts from their parts; each decision fact gets its return's buyer country (none until
 * the returns are read). `returns` null = orders not read yet.
 */
export function joinFacts(src: Pick<DashboardSources, 'orderCount' | 'presets'>, part: ReturnsPart | null, decisions: DecisionFact[], sales: SalesTable | null): DashboardFacts {
  if (part) for (const d of decisions) d.country = part.countryOf.get(d.returnId) ?? '';
  const none = new Int32Array(0);
  return {
    orderCount: src.orderCount, ordersLoaded: part !== null, returns: part?.returns ?? [], decisions, routes: routesOf(src.presets),
    presets: src.presets, missingRates: part?.missingRates ?? [], sales,
    returnKeys: part?.returnKeys ?? { sku: none, reason: none, country: none, platform: none, skus: [], reasons: [], countries: [], platforms: [] },
  };
}

/**
 * What buildFacts gives before the orders are read, from decision facts worked out earlier
 * (the copy the dashboard keeps between visits) and the current presets.
 */
export function decisionsOnlyFacts(decisions: DecisionFact[], presets: DecidePresets, orderCount: number): DashboardFacts {
  return joinFacts({ orderCount, presets }, null, decisions, null);
}

function routesOf(presets: DecidePresets): Map<string, RouteInfo> {
  return new Map(presets.routes.map((r) => [r.id, { districtCode: r.districtCode, mode: r.mode, transitDays: r.transitDays }]));
}

/**
 * Only the latest decision per return counts: a return decided twice was handled once. By
 * return id, in order of each return's first decision; buyer countries are filled in later.
 */
export function latestByReturn<D extends { returnId: string; decidedAt: string }>(all: readonly D[]): Map<string, D> {
  const latest = new Map<string, D>();
  for (const d of all) {
    const seen = latest.get(d.returnId);
    if (!seen || d.decidedAt >= seen.decidedAt) latest.set(d.returnId, d);
  }
  return latest;
}

/** The latest decision per return as facts (buyer countries filled in by joinFacts). */
export function decisionFacts(all: readonly DashDecision[]): DecisionFact[] {
  const latest = latestByReturn(all);
  const facts: DecisionFact[] = [];
  for (const d of latest.values()) {
    let costFen = 0;
    for (const c of d.chosen.costLines) costFen += c.fen;
    facts.push({
      returnId: d.returnId, date: d.on, platform: d.input.platform, country: '', locationId: d.input.locationId,
      kind: d.chosen.kind, districtCode: d.chosen.districtCode ?? '', routeId: d.chosen.routeId ?? '',
      netFen: d.chosen.netFen, baselineNetFen: d.baselineNetFen, disposeNetFen: d.disposeNetFen,
      savingsFen: d.savingsFen, savingsVsDisposeFen: d.savingsVsDisposeFen, recoveryFen: d.chosen.recoveryFen, costFen,
      goodsFen: d.input.goodsCostFen * d.input.qty, units: d.input.qty, weightG: d.input.unitWeightG * d.input.qty,
    });
  }
  return facts;
}
