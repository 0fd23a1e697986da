import type { IsoDate } from '../dates';
import { upcomingDeadlines, type Deadlines } from './deadlines';
import type { DashboardFacts, DecisionFact, ReturnFact } from './facts';
import { inRange, type DashboardFilters } from './filters';
import { MonthSpan, monthsBetween, type MonthKey } from './months';
import { aggregateDecisions, type DecisionAggregates } from './outcomes';
import { returnRates, type ReturnRates } from './return-rates';
import { routeMix, type RouteMix } from './routes-mix';
import { dayNumber, monthOfDay, soldUnits, type SalesTable } from './sales-table';

/** The dashboard's pure core: the page calls buildFacts once per data load, then this per filter change. */
export * from './facts';
export * from './return-facts';
export * from './filters';
export * from './months';
export * from './outcomes';
export * from './return-rates';
export * from './routes-mix';
export * from './deadlines';
export * from './sales-table';
export * from './sales-days';
export * from './decision-codec';

export interface DashboardData extends DecisionAggregates {
  months: MonthKey[];
  /** Null until the sold units are read (the slow part, loaded after the first charts). */
  rates: ReturnRates | null;
  routes: RouteMix;
  /** Null until the orders are read (they need export dates and sale prices). */
  deadlines: Deadlines | null;
  /**
   * Refunds to buyers of the returns in view, in fen (partial when a currency had no rate;
   * `assumed` of them had no refund recorded and count in full), the return labels the seller
   * paid and the marketplace fees kept: together the after-sales cost before any recovery.
   */
  refunds: { fen: number; unconverted: number; assumed: number; labelsFen: number; feesKeptFen: number } | null;
  /** A buyer-country filter cannot apply to decisions before the orders are read: wait for them. */
  decisionsPending: boolean;
  /** Nothing in the ledger at all (as opposed to nothing matching the filters). */
  ledgerEmpty: boolean;
}

export function aggregateDashboard(facts: DashboardFacts, f: DashboardFilters, today: IsoDate, sales: SalesTable | null = facts.sales): DashboardData {
  // Months follow the filter's range when it has one, otherwise the data's own extent.
  const span = new MonthSpan();
  // -1 = any; a filter value the sales never mention matches no row (-2).
  const code = (values: string[], wanted: string) => (wanted ? (values.indexOf(wanted) === -1 ? -2 : values.indexOf(wanted)) : -1);
  const sold = sales ? soldUnits(sales, f.from ? dayNumber(f.from) : 0, f.to ? dayNumber(f.to) : 0, code(sales.platforms, f.platform), code(sales.countries, f.country)) : null;
  if (sold?.firstDay) {
    span.see(monthOfDay(sold.firstDay));
    span.see(monthOfDay(sold.lastDay));
  }
  // Filters as plain values; the loops below run per return and per decision.
  const { platform, country, locationId } = f;
  const ranged = f.from !== '' || f.to !== '';
  // The overseas location says where returns wait; sales have none, so it narrows returns only.
  const open: ReturnFact[] = [];
  const cohort = new Int32Array(facts.returns.length);
  let inCohort = 0;
  let refundFen = 0;
  let unconverted = 0;
  let assumed = 0;
  let labelsFen = 0;
  let feesKeptFen = 0;
  for (let i = 0; i < facts.returns.length; i++) {
    const r = facts.returns[i]!;
    if ((platform && r.platform !== platform) || (country && r.country !== country) || (locationId && r.locationId !== locationId)) continue;
    open.push(r);
    if (ranged && !inRange(r.orderDate, f)) continue;
    cohort[inCohort++] = i;
    if (r.refundFen === null) unconverted += 1;
    else refundFen += r.refundFen;
    if (r.refundAssumed) assumed += 1;
    labelsFen += r.labelFen;
    feesKeptFen += r.feesKeptFen;
  }
  const decisionsPending = !facts.ordersLoaded && country !== '';
  const decisions: DecisionFact[] = [];
  if (!decisionsPending) {
    for (const d of facts.decisions) {
      if ((platform && d.platform !== platform) || (country && d.country !== country) || (locationId && d.locationId !== locationId)) continue;
      if (ranged && !inRange(d.date, f)) continue;
      decisions.push(d);
      span.see(d.date);
    }
  }
  const months = monthsBetween(f.from ? f.from.slice(0, 7) : span.first, f.to ? f.to.slice(0, 7) : span.last);
  return {
    months,
    ...aggregateDecisions(decisions, months),
    rates: sold && facts.ordersLoaded ? returnRates(sold, facts, cohort.subarray(0, inCohort)) : null,
    routes: routeMix(decisions, facts.routes),
    deadlines: facts.ordersLoaded ? upcomingDeadlines(open, today) : null,
    refunds: facts.ordersLoaded ? { fen: refundFen, unconverted, assumed, labelsFen, feesKeptFen } : null,
    decisionsPending,
    ledgerEmpty: facts.orderCount === 0 && facts.returns.length === 0,
  };
}
