import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import type { ReturnRecord } from '../../shared/schemas/return';
import type { DecisionRecord } from '../../shared/schemas/decision';
import type { HomeboundDb } from './database';

/** Returns that still wait for (or may revisit) a decision: not yet in a batch, not closed. */
export const PENDING_STATUSES = ['requested', 'received_overseas', 'decided'] as const;

export interface DecideSources {
  returns: ReturnRecord[];
  orders: Map<string, Order>;
  products: Map<string, Product>;
  /** The latest accepted decision per return. */
  decisions: Map<string, DecisionRecord>;
}

/** Everything the Decide page prices, read in one transaction so it is one consistent picture. */
export function loadDecideSources(db: HomeboundDb): Promise<DecideSources> {
  return db.transaction('r', db.returns, db.orders, db.products, db.decisions, async () => {
    const returns = await db.returns.where('status').anyOf([...PENDING_STATUSES]).toArray();
    const orderIds = [...new Set(returns.map((r) => r.orderId))];
    const orders = new Map((await db.orders.bulkGet(orderIds)).filter((o): o is Order => !!o).map((o) => [o.id, o]));
    const productIds = new Set<string>();
    const skus = new Set<string>();
    for (const r of returns) {
      const line = orders.get(r.orderId)?.lines.find((l) => l.id === r.lineId);
      if (line?.productId) productIds.add(line.productId);
      else if (line) skus.add(line.sku);
    }
    const products = new Map<string, Product>();
    for (const p of await db.products.bulkGet([...productIds])) if (p) products.set(p.id, p);
    // A line typed by hand has no product id; the catalog entry with its SKU stands in.
    for (const p of await db.products.where('sku').anyOf([...skus]).toArray()) products.set(`sku:${p.sku}`, p);
    const decisions = new Map<string, DecisionRecord>();
    const decided = returns.filter((r) => r.status === 'decided').map((r) => r.id);
    for (const d of await db.decisions.where('returnId').anyOf(decided).sortBy('decidedAt')) decisions.set(d.returnId, d);
    return { returns, orders, products, decisions };
  });
}
