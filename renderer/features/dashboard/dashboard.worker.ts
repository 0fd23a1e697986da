/// <reference lib="webworker" />
import { liveQuery } from 'dexie';
import { buildFacts } from '../../../shared/dashboard';
import { HomeboundDb } from '../../db/database';
import { DashboardLoader, dashboardSources, type DecisionsSide, type OrdersSide } from '../../db/dashboard-sources';
import { transferables, type DashboardWorkerIn, type DashboardWorkerOut } from './dashboard-messages';

/**
 * Reads the ledger for the dashboard off the window's thread: IndexedDB hands over 100,000
 * orders as objects built on the reading thread, which in the window would freeze it for
 * seconds. The decisions are read first and answered at once, so the savings chart paints
 * while the orders are still being read. Dexie's live queries re-run a step when another
 * thread (the window, an import worker) changes its tables.
 */
let decisions: DecisionsSide | undefined;
let orders: OrdersSide | undefined;
let ordersWatched = false;

function post(message: DashboardWorkerOut, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

function publish(): void {
  if (!decisions) return;
  const facts = buildFacts(dashboardSources(decisions, orders), orders?.orders ?? null);
  post({ type: 'facts', facts }, transferables(facts));
}

const fail = (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) });

self.onmessage = (event: MessageEvent<DashboardWorkerIn>) => {
  const loader = new DashboardLoader(new HomeboundDb(event.data.dbName));
  liveQuery(() => loader.decisionsSide()).subscribe({
    next: (side) => {
      decisions = side;
      publish();
      // The orders only after the decisions: one read at a time, so theirs is not held up.
      if (ordersWatched) return;
      ordersWatched = true;
      liveQuery(() => loader.ordersSide()).subscribe({
        next: (next) => {
          orders = next;
          publish();
        },
        error: fail,
      });
    },
    error: fail,
  });
};
