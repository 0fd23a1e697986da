import type { DecidePresets } from '../../shared/decide';
import type { DashDecision, DashOrder, DashReturn, DashboardSources } from '../../shared/dashboard/facts';
import type { HomeboundDb } from './database';
import { PresetsRepo } from './presets-repo';

/**
 * What the Dashboard charts, read-only, in two steps so the first charts do not wait for the
 * slowest read. The savings, recovery, outcome and route charts need only the decisions
 * (13,000 at a peak: a fifth of a second); rates, deadlines and refunds need every order
 * (100,000: seconds) and the returns. Both steps run in the dashboard's worker, each in one
 * transaction (one consistent picture); the worker re-reads a step when its tables change.
 */
export interface DecisionsSide {
  decisions: DashDecision[];
  presets: DecidePresets;
  /** Whether the ledger holds any order: a one-key read, where counting 100,000 takes IndexedDB a quarter of a second. */
  hasOrders: boolean;
}

export interface OrdersSide {
  orders: DashOrder[];
  returns: DashReturn[];
  /** SKUs of food products: they never get the tax exemption. */
  foodSkus: Set<string>;
}

export class DashboardLoader {
  constructor(private readonly db: HomeboundDb) {}

  decisionsSide(): Promise<DecisionsSide> {
    const db = this.db;
    return db.transaction('r', [db.decisions, db.presets, db.orders], async () => {
      const [decisions, presets, anyOrder] = await Promise.all([db.decisions.toArray(), new PresetsRepo(db).get(), db.orders.limit(1).primaryKeys()]);
      return { decisions, presets, hasOrders: anyOrder.length > 0 };
    });
  }

  /** Every order (one getAll(), the fastest read IndexedDB offers) and every return. */
  ordersSide(): Promise<OrdersSide> {
    const db = this.db;
    return db.transaction('r', [db.orders, db.returns, db.products], async () => {
      const [orders, returns, products] = await Promise.all([db.orders.toArray(), db.returns.toArray(), db.products.toArray()]);
      return { orders, returns, foodSkus: new Set(products.filter((p) => p.food).map((p) => p.sku)) };
    });
  }
}

/**
 * The two steps as buildFacts's input. Before the orders are read, returns cannot be joined
 * to anything, so none are passed, and the order count only says whether there are any.
 */
export function dashboardSources(first: DecisionsSide, second: OrdersSide | undefined): DashboardSources {
  return {
    orderCount: second ? second.orders.length : first.hasOrders ? 1 : 0,
    returns: second?.returns ?? [],
    decisions: first.decisions,
    foodSkus: second?.foodSkus ?? new Set(),
    presets: first.presets,
  };
}
