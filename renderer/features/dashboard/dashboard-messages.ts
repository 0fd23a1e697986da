import type { DashboardFacts } from '../../../shared/dashboard';
import type { Glance } from '../../db/dashboard-sources';

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
  | ({ type: 'glance' } & Glance)
  /** `stamp`: of the decisions these facts come from (see decisionsStamp). */
  | { type: 'facts'; facts: DashboardFacts; stamp: string }
  | { type: 'error'; message: string };

