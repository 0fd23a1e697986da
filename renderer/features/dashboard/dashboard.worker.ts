/// <reference lib="webworker" />
import { Dexie, liveQuery } from 'dexie';
import { decisionFacts, joinFacts, namesOrder, patchReturnFacts, returnFacts, salesTable, type DecisionFact, type ReturnsPart, type SalesTable } from '../../../shared/dashboard';
import { ChangedKeys } from '../../db/changed-keys';
import { HomeboundDb } from '../../db/database';
import { DashboardLoader, type DecisionsSide, type SalesSide } from '../../db/dashboard-sources';
import type { DashboardWorkerIn, DashboardWorkerOut } from './dashboard-messages';
import { memoStamp, writeMemo } from './facts-memo';

/**
 * Reads the ledger for the dashboard off the window's thread: IndexedDB hands over the
 * returns and their orders (200,000 each at the largest ledgers) as objects built on the
 * reading thread, which in the window would freeze it for seconds. A glance comes first (the
 * page may still hold these decisions' facts from the last visit, see facts-memo), then the
 * decisions, answered at once so the savings chart paints while the rest is read. Dexie's
 * live queries re-run the decisions' and units sold's reads when another thread (the window,
 * an import worker) changes what they read; the returns are read whole once, then only the
 * returns and orders a committed change wrote (their keys from Dexie's storagemutated event),
 * and only their facts are worked out again (patchReturnFacts).
 */
let decisions: { side: DecisionsSide; facts: DecisionFact[] } | undefined;
/** The return facts and what they were worked out with (`rules`: the presets they depend on). */
let returns: { part: ReturnsPart; foodSkus: Set<string>; rules: string } | undefined;
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
  const read = returns && returns.rules === rulesOf(d.presets) && sales ? { part: returns.part, table: sales.table } : undefined;
  // The order count only says whether there are any (counting a million takes IndexedDB seconds).
  const facts = joinFacts({ orderCount: hasOrders ? 1 : 0, presets: d.presets }, read?.part ?? null, decisions.facts, read?.table ?? null);
  // Copied, not moved: the parts are kept for the next change.
  post({ type: 'facts', facts, stamp: d.stamp });
}

/** The presets a return fact depends on (rates, the exemption and the right of return), as text to compare. */
const rulesOf = (p: DecisionsSide['presets']) => JSON.stringify([p.rates, p.taxExemption, p.returnRight]);

/**
 * Brings the return facts up to date, one read at a time: the whole side at first (or after
 * a table was cleared, the products or the presets changed), otherwise only what changed.
 */
let reading = false;
async function refreshReturns(loader: DashboardLoader, changed: ChangedKeys): Promise<void> {
  if (reading || !decisions) return;
  reading = true;
  try {
    while (decisions && (changed.any || !returns || returns.rules !== rulesOf(decisions.side.presets))) {
      const presets = decisions.side.presets;
      const rules = rulesOf(presets);
      const keys = changed.take();
      if (keys.everything || !returns || returns.rules !== rules) {
        const side = await loader.returnsSide();
        returns = { part: returnFacts({ returns: side.returns, foodSkus: side.foodSkus, presets }, side.orders), foodSkus: side.foodSkus, rules };
      } else {
        const part = returns.part;
        const orders = keys.orders.filter((id) => namesOrder(part, id));
        if (keys.returns.length === 0 && orders.length === 0) continue;
        const change = await loader.returnsChange(keys.returns, orders);
        returns = { ...returns, part: patchReturnFacts(part, { foodSkus: returns.foodSkus, presets }, change) };
      }
      publish();
    }
  } catch (error) {
    fail(error);
  } finally {
    reading = false;
  }
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
  // Noted from the start, so a change committed while the returns are read is read after them.
  const changed = new ChangedKeys(dbName);
  Dexie.on('storagemutated', (parts) => {
    changed.note(parts);
    void refreshReturns(loader, changed);
  });
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
      // The presets may have changed what the return facts depend on.
      if (restWatched) void refreshReturns(loader, changed);
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
      void refreshReturns(loader, changed);
    },
    error: fail,
  });
};
