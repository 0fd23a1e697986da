/// <reference lib="webworker" />
import { liveQuery } from 'dexie';
import { buildFacts, salesTable } from '../../../shared/dashboard';
import { HomeboundDb } from '../../db/database';
import { DashboardLoader, dashboardSources, type DecisionsSide, type OrdersSide } from '../../db/dashboard-sources';
import { transferables, type DashboardWorkerIn, type DashboardWorkerOut } from './dashboard-messages';
import { memoStamp, writeMemo } from './facts-memo';

/**
 * Reads the ledger for the dashboard off the window's thread: IndexedDB hands over the
 * returns and their orders (200,000 each at the largest ledgers) as objects built on the
 * reading thread, which in the window would freeze it for seconds. A glance comes first (the page may still hold these decisions' facts from the
 * last visit, see facts-memo), then the decisions, answered at once so the savings chart paints
 * while the orders are still being read. Dexie's live queries re-run a step when another
 * thread (the window, an import worker) changes its tables.
 */
let decisions: DecisionsSide | undefined;
let orders: OrdersSide | undefined;
let ordersWatched = false;
/** The stamp of the decision facts kept for the next visit (facts-memo). */
let kept: Promise<string | null> | undefined;

function post(message: DashboardWorkerOut, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

function publish(): void {
  if (!decisions) return;
  const facts = buildFacts(dashboardSources(decisions, orders), orders?.orders ?? null, orders ? salesTable(orders.sales) : null);
  post({ type: 'facts', facts, stamp: decisions.stamp }, transferables(facts));
}

/** Keeps these decisions' facts (as before the orders are read) for the next visit, unless already kept. */
async function keep(dbName: string, side: DecisionsSide): Promise<void> {
  kept ??= memoStamp(dbName).catch(() => null);
  if ((await kept) === side.stamp) return;
  const facts = buildFacts(dashboardSources(side, undefined), null).decisions;
  kept = writeMemo(dbName, side.stamp, facts).then(() => side.stamp, () => null);
}

const fail = (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) });

self.onmessage = (event: MessageEvent<DashboardWorkerIn>) => {
  const { dbName } = event.data;
  const loader = new DashboardLoader(new HomeboundDb(dbName));
  // Asked before the decisions are read, so IndexedDB answers it first.
  loader.glance().then((glance) => post({ type: 'glance', ...glance }), () => {
    /* the read below answers */
  });
  liveQuery(() => loader.decisionsSide()).subscribe({
    next: (side) => {
      decisions = side;
      publish();
      void keep(dbName, side);
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
