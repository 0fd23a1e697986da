/// <reference lib="webworker" />
import { liveQuery } from 'dexie';
import { decisionFacts, joinFacts, returnFacts, salesTable, type DecisionFact, type ReturnsPart, type SalesTable } from '../../../shared/dashboard';
import { HomeboundDb } from '../../db/database';
import { DashboardLoader, dashboardSources, type DecisionsSide, type ReturnsSide, type SalesSide } from '../../db/dashboard-sources';
import type { DashboardWorkerIn, DashboardWorkerOut } from './dashboard-messages';
import { memoStamp, writeMemo } from './facts-memo';

/**
 * Reads the ledger for the dashboard off the window's thread: IndexedDB hands over the
 * returns and their orders (200,000 each at the largest ledgers) as objects built on the
 * reading thread, which in the window would freeze it for seconds. A glance comes first (the
 * page may still hold these decisions' facts from the last visit, see facts-memo), then the
 * decisions, answered at once so the savings chart paints while the rest is read. Dexie's
 * live queries re-run a read when another thread (the window, an import worker) changes what
 * it read; only that read's part of the facts is worked out again (buildFacts's steps).
 */
let decisions: { side: DecisionsSide; facts: DecisionFact[] } | undefined;
let returns: { side: ReturnsSide; presets: DecisionsSide['presets']; part: ReturnsPart } | undefined;
let returnsSide: ReturnsSide | undefined;
let sales: { side: SalesSide; table: SalesTable } | undefined;
let restWatched = false;
/** Whether there are orders, from the glance until the units sold are read: no facts before it (an empty ledger would show). */
let glancedOrders: boolean | undefined;
/** The stamp of the decision facts kept for the next visit (facts-memo). */
let kept: Promise<string | null> | undefined;

function post(message: DashboardWorkerOut): void {
  self.postMessage(message);
}

function publish(): void {
  const hasOrders = sales?.side.hasOrders ?? glancedOrders;
  if (!decisions || hasOrders === undefined) return;
  const d = decisions.side;
  // Both reads are needed for the rate charts: until then, the decision facts alone.
  const read = returnsSide && sales ? { side: returnsSide, table: sales.table } : undefined;
  const src = dashboardSources(d, read?.side, hasOrders);
  if (read && (returns?.side !== read.side || returns.presets !== d.presets)) returns = { side: read.side, presets: d.presets, part: returnFacts(src, read.side.orders) };
  const facts = joinFacts(src, read ? returns!.part : null, decisions.facts, read?.table ?? null);
  // Copied, not moved: the parts are kept for the next change.
  post({ type: 'facts', facts, stamp: d.stamp });
}

/** Keeps these decisions' facts (as before the orders are read) for the next visit, unless already kept. */
async function keep(dbName: string, side: DecisionsSide, facts: DecisionFact[]): Promise<void> {
  // Without buyer countries, as before the returns are read (joinFacts fills them in the kept facts).
  const copy = facts.map((f) => ({ ...f, country: '' }));
  kept ??= memoStamp(dbName).catch(() => null);
  if ((await kept) === side.stamp) return;
  kept = writeMemo(dbName, side.stamp, copy).then(() => side.stamp, () => null);
}

const fail = (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) });

self.onmessage = (event: MessageEvent<DashboardWorkerIn>) => {
  const { dbName } = event.data;
  const loader = new DashboardLoader(new HomeboundDb(dbName));
  // Asked before the decisions are read, so IndexedDB answers it first.
  loader.glance().then((glance) => {
    glancedOrders = glance.hasOrders;
    post({ type: 'glance', ...glance });
    publish();
  }, () => {
    // The reads below answer (or say what failed).
    glancedOrders = false;
    publish();
  });
  liveQuery(() => loader.decisionsSide()).subscribe({
    next: (side) => {
      const facts = decisionFacts(side.decisions);
      void keep(dbName, side, facts);
      decisions = { side, facts };
      publish();
      // The rest only after the decisions: one read at a time, so theirs is not held up.
      if (restWatched) return;
      restWatched = true;
      liveQuery(() => loader.salesSide()).subscribe({
        next: (next) => {
          sales = { side: next, table: salesTable(next.sales) };
          publish();
        },
        error: fail,
      });
      liveQuery(() => loader.returnsSide()).subscribe({
        next: (next) => {
          returnsSide = next;
          publish();
        },
        error: fail,
      });
    },
    error: fail,
  });
};
