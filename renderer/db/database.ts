import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import type { BatchRecord } from '../../shared/schemas/batch';
import type { DecisionRecord } from '../../shared/schemas/decision';
import type { ReturnRecord } from '../../shared/schemas/return';
import type { PresetsRecord } from './presets-repo';
import type { SalesDay } from '../../shared/dashboard/sales-days';
import type { StoreCount } from './order-count';
import { salesDaysKeeper } from './sales-days-keeper';
import { SCHEMA_VERSIONS } from './schema-versions';
import type { SkuDay } from '../../shared/search/sku-days';

/**
 * The seller's ledger, stored in the renderer's IndexedDB ("homebound"): products, orders
 * with their lines embedded, returns with their status history, accepted decisions, the
 * decision presets and return batches, and the units sold the dashboard charts. Only the repositories in this folder query it.
 */
export class HomeboundDb extends Dexie {
  products!: EntityTable<Product, 'id'>;
  orders!: EntityTable<Order, 'id'>;
  returns!: EntityTable<ReturnRecord, 'id'>;
  decisions!: EntityTable<DecisionRecord, 'id'>;
  presets!: EntityTable<PresetsRecord, 'id'>;
  batches!: EntityTable<BatchRecord, 'id'>;
  /** Units sold per day, platform, country and SKU, kept with every write to orders (sales-days-keeper.ts). */
  salesDays!: EntityTable<SalesDay, 'id'>;
  /** How many orders there are, kept with every write to orders (order-count.ts). */
  counts!: EntityTable<StoreCount, 'id'>;
  /** Each SKU's orders of each day, kept with every write to orders (sku-days-keeper.ts). */
  skuDays!: EntityTable<SkuDay, 'id'>;

  constructor(name = 'homebound', options?: DexieOptions) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    this.use(salesDaysKeeper);
  }

  /** What the keeper writes with every write to orders: a transaction that writes orders must include these too. */
  get keptWithOrders(): Dexie.Table[] {
    return keptWithOrders(this);
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** The tables a transaction writing orders must include, for any Dexie opened with the app's schema (the bench's plain one too). */
export function keptWithOrders(db: Dexie): Dexie.Table[] {
  return [db.table('salesDays'), db.table('counts'), db.table('skuDays')];
}
