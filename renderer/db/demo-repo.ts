import { demoProducts } from '../../shared/demo/demo-catalog';
import { demoDecisions, followRecommendations } from '../../shared/demo/demo-decisions';
import { demoLedger } from '../../shared/demo/demo-ledger';
import { newId } from '../../shared/ids';
import type { Product } from '../../shared/schemas/product';
import type { ReturnRecord } from '../../shared/schemas/return';
import { nowIso, type HomeboundDb } from './database';
import { addDemoBatches } from './demo-batches';
import { withIndexes } from './orders-repo';
import { PresetsRepo } from './presets-repo';
import { guardStorage } from './storage-errors';

export interface DemoCounts {
  products: number;
  orders: number;
  returns: number;
  /** Return batches, one per status while decided returns last. */
  batches: number;
}

/**
 * Adds the demo year to whatever is stored, in one transaction. Products already in the
 * catalog (same SKU) are reused; an order whose platform + order no. exists is skipped.
 */
export function loadDemoData(db: HomeboundDb, seed = 2026, orderCount = 1200): Promise<DemoCounts> {
  return guardStorage(() =>
    db.transaction('rw', [db.products, db.orders, ...db.keptWithOrders, db.returns, db.decisions, db.presets, db.batches], async () => {
      const now = nowIso();
      const catalog: Product[] = [];
      let addedProducts = 0;
      for (const input of demoProducts()) {
        const existing = await db.products.where('sku').equals(input.sku).first();
        if (existing) catalog.push(existing);
        else {
          const product = { ...input, id: newId(), createdAt: now, updatedAt: now };
          await db.products.add(product);
          catalog.push(product);
          addedProducts++;
        }
      }
      const { orders, returns } = demoLedger(catalog, newId, seed, orderCount);
      const taken = new Set((await db.orders.toCollection().keys()) as string[]);
      const existingNos = new Set<string>();
      await db.orders.each((o) => existingNos.add(`${o.platform}|${o.orderNo}`));
      const fresh = orders.filter((o) => !taken.has(o.id) && !existingNos.has(`${o.platform}|${o.orderNo}`));
      const byId = new Map(fresh.map((o) => [o.id, o]));
      await db.orders.bulkAdd(fresh.map((o) => withIndexes({ ...o, createdAt: now, updatedAt: now })));
      const priced: ReturnRecord[] = returns.filter((r) => byId.has(r.orderId)).map((r) => {
        const order = byId.get(r.orderId)!;
        const line = order.lines.find((l) => l.id === r.lineId)!;
        return { ...r, orderNo: order.orderNo, platform: order.platform, sku: line.sku, createdAt: now, updatedAt: now };
      });
      const catalogBySku = new Map(catalog.map((p) => [p.sku, p]));
      const presets = await new PresetsRepo(db).get();
      const records = followRecommendations(priced, byId, [...catalogBySku.values()], presets);
      await db.returns.bulkAdd(records);
      await db.decisions.bulkAdd(demoDecisions(records, byId, [...catalogBySku.values()], presets, newId));
      const batches = await addDemoBatches(db, presets);
      return { products: addedProducts, orders: fresh.length, returns: records.length, batches };
    }),
  );
}
