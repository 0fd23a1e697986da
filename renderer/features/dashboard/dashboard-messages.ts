import type { DashboardFacts } from '../../../shared/dashboard';
import type { DecisionsSide } from '../../db/dashboard-sources';

/**
 * The dashboard page and its worker: the page says which database to read; the worker answers
 * with a glance at the decisions, then facts from the decisions alone, then (and after every
 * later change to the ledger) facts with the orders and returns joined in.
 */
export interface DashboardWorkerIn {
  type: 'start';
  dbName: string;
}

export type DashboardWorkerOut =
  /** First, before any big read: enough for the page to tell whether its kept copy of the decision facts still holds. */
  | ({ type: 'glance' } & Omit<DecisionsSide, 'decisions'>)
  /** `stamp`: of the decisions these facts come from (see decisionsStamp). */
  | { type: 'facts'; facts: DashboardFacts; stamp: string }
  | { type: 'error'; message: string };

/** The typed-array buffers inside facts, moved rather than copied across. */
export function transferables(facts: DashboardFacts): ArrayBuffer[] {
  const k = facts.returnKeys;
  const s = facts.sales;
  const arrays = [k.sku, k.reason, k.country, k.platform, ...(s ? [s.day, s.sku, s.country, s.platform, s.units] : [])];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
