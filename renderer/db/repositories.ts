import { BatchesRepo } from './batches-repo';
import { BulkRepo } from './bulk-repo';
import { HomeboundDb } from './database';
import { DecisionsRepo } from './decisions-repo';
import { OrdersRepo } from './orders-repo';
import { PresetsRepo } from './presets-repo';
import { ProductsRepo } from './products-repo';
import { ReturnsRepo } from './returns-repo';

/** The app's one database and the repositories that are the only code to query it. */
export interface Repositories {
  db: HomeboundDb;
  products: ProductsRepo;
  orders: OrdersRepo;
  returns: ReturnsRepo;
  presets: PresetsRepo;
  decisions: DecisionsRepo;
  batches: BatchesRepo;
  bulk: BulkRepo;
}

export function createRepositories(db: HomeboundDb = new HomeboundDb()): Repositories {
  return { db, products: new ProductsRepo(db), orders: new OrdersRepo(db), returns: new ReturnsRepo(db), presets: new PresetsRepo(db), decisions: new DecisionsRepo(db), batches: new BatchesRepo(db), bulk: new BulkRepo(db) };
}
