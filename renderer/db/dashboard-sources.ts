import type { DashOrder, DashboardSources } from '../../shared/dashboard/facts';
import type { HomeboundDb } from './database';
import { PresetsRepo } from './presets-repo';

/**
 * What the Dashboard charts, read-only, in two steps so the first charts do not wait for the
 * slowest read: 100,000 orders take IndexedDB over a second (measured: getAll ~1.5 s, and
 * 20,000 single gets ~1.4 s), while returns and decisions take a fraction of that. Each step
 * is one transaction, one consistent picture; the page re-reads both when the ledger changes.
 */
export class DashboardLoader {
  constructor(private readonly db: HomeboundDb) {}

  /** Returns, decisions, presets, food SKUs and the number of orders. */
  returnsSide(): Promise<DashboardSources> {
    const db = this.db;
    return db.transaction('r', [db.orders, db.returns, db.decisions, db.products, db.presets], async () => {
      const [returns, decisions, products, presets, orderCount] = await Promise.all([
        db.returns.toArray(),
        db.decisions.toArray(),
        db.products.toArray(),
        new PresetsRepo(db).get(),
        db.orders.count(),
      ]);
      const foodSkus = new Set(products.filter((p) => p.food).map((p) => p.sku));
      return { orderCount, returns, decisions, foodSkus, presets };
    });
  }

  /** Every order (units sold, buyer countries, export dates): one getAll(), the fastest read IndexedDB offers. */
  salesSide(): Promise<DashOrder[]> {
    return this.db.transaction('r', this.db.orders, () => this.db.orders.toArray());
  }
}
