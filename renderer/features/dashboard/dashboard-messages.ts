import type { DashboardFacts } from '../../../shared/dashboard';

/**
 * The dashboard page and its worker: the page says which database to read; the worker answers
 * with facts, first from the decisions alone, then (and after every later change to the
 * ledger) with the orders and returns joined in.
 */
export interface DashboardWorkerIn {
  type: 'start';
  dbName: string;
}

export type DashboardWorkerOut = { type: 'facts'; facts: DashboardFacts } | { type: 'error'; message: string };

/** The typed-array buffers inside facts, moved rather than copied across. */
export function transferables(facts: DashboardFacts): ArrayBuffer[] {
  const k = facts.returnKeys;
  const s = facts.sales;
  const arrays = [k.sku, k.reason, k.country, k.platform, ...(s ? [s.day, s.sku, s.country, s.platform, s.units] : [])];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
