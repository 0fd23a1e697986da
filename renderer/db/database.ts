import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import type { ReturnRecord } from '../../shared/schemas/return';
import { SCHEMA_VERSIONS } from './schema-versions';

/**
 * The seller's ledger, stored in the renderer's IndexedDB ("homebound"): products, orders
 * with their lines embedded, and returns with their status history. Only the repositories in
 * this folder query it.
 */
export class HomeboundDb extends Dexie {
  products!: EntityTable<Product, 'id'>;
  orders!: EntityTable<Order, 'id'>;
  returns!: EntityTable<ReturnRecord, 'id'>;

  constructor(name = 'homebound', options?: DexieOptions) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
