import type { Transaction } from 'dexie';
import { addSales, type SalesDay, type SalesOrder } from '../../shared/dashboard/sales-days';
import { stepsTo } from '../../shared/backup/upgrades';
import { buildSkuDays } from './sku-days-keeper';

/**
 * Every schema version the app has ever shipped, oldest first, kept forever: Dexie needs the
 * whole chain to upgrade a database from any earlier release. Add a new entry to change the
 * schema; never edit a shipped one. Each upgrade has a test that opens a fixture of the
 * version before it.
 *
 * Keys are ULID strings (never auto-increment) so a later team sync needs no key migration.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Runs the record steps of this version (shared/backup/upgrades.ts) over the stored records: a
 * restore of an older backup runs the same steps, so each rule is written once.
 */
function upgradeTo(version: number) {
  return async (tx: Transaction) => {
    for (const step of stepsTo(version)) await tx.table(step.table).toCollection().modify((r: Record<string, unknown>) => step.upgrade(r));
  };
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      products: 'id, &sku, barcode, nameZh, updatedAt',
      orders: 'id, &[platform+orderNo], orderNo, orderDate, exportDate, platform, buyerCountry, waybillNo, *skus, *barcodes, updatedAt',
      returns: 'id, rmaNo, orderId, [orderId+lineId], status, requestedDate, orderNo, sku, platform, updatedAt',
    },
  },
  {
    // Decide and Requests: accepted decisions (with a snapshot of their inputs), the user's
    // cost presets, return batches; returns gain a batch link and a location index.
    version: 2,
    stores: {
      returns: 'id, rmaNo, orderId, [orderId+lineId], status, requestedDate, orderNo, sku, platform, updatedAt, locationId, batchId',
      decisions: 'id, returnId, decidedAt',
      presets: 'id',
      batches: 'id, &requestNo, status, locationId, createdAt',
    },
    upgrade: upgradeTo(2),
  },
  {
    // Locations say which stay-overseas channels they have (issue 14). Presets saved before
    // had every channel in effect (liquidation could not be switched off), so each stored
    // location gets every channel on: the same decisions as before, now editable.
    version: 3,
    stores: {},
    upgrade: upgradeTo(3),
  },
  {
    // Returns gain their parcel count and the money they really cost: older records travel
    // in one carton and their refund is unknown (assumed in full, and marked so in reports).
    version: 4,
    stores: {},
    upgrade: upgradeTo(4),
  },
  {
    // Buyer and location countries as ISO alpha-2: before the country picker a form took any two
    // letters ("UK" beside "GB") and imports kept what the file said ("usa", "美国"). Read with the
    // one country reader; text that names no country is left as it was, for a person to fix.
    version: 5,
    stores: {},
    upgrade: upgradeTo(5),
  },
  {
    // The units sold per day, platform, country and SKU, kept with every write to orders
    // (sales-days-keeper.ts) so the dashboard reads a few thousand rows, not every order
    // (issue 17). Built here once from the orders as they stand, read with a cursor.
    version: 6,
    stores: { salesDays: 'id' },
    upgrade: async (tx) => {
      const days = new Map<string, SalesDay>();
      await tx.table('orders').each((o: SalesOrder) => addSales(days, o, 1));
      await tx.table('salesDays').bulkPut([...days.values()]);
    },
  },
  {
    // How many orders there are, kept with every write to orders (order-count.ts) so the orders
    // list never counts a million records before showing its top (issue 17). Counted here once.
    version: 7,
    stores: { counts: 'id' },
    upgrade: async (tx) => {
      await tx.table('counts').put({ id: 'orders', count: await tx.table('orders').count() });
    },
  },
  {
    // A key per SKU and order (skuDates), on main for an hour on 2026-12-04 (c4795aa–327bfe4) and
    // reverted: one more record written per order made imports slower. Kept so that a ledger
    // one of those builds opened still opens; version 9 drops the table.
    version: 8,
    stores: { skuDates: 'id' },
  },
  {
    // Each SKU's orders of each day (shared/search/sku-days.ts), kept with every write to orders
    // (sku-days-keeper.ts): a search by SKU or product name reads a SKU's newest days for its
    // first rows, where it read every order of the SKU, seconds when a SKU is on a tenth of a
    // million orders (issue 17). A table of its own, not a field and index on every order: the
    // upgrade reads every order once and writes a row per SKU and day (a field rewrote every
    // order and its eleven indexes, over 12 minutes at a million). Built here once.
    version: 9,
    stores: { skuDates: null, skuDays: 'id' },
    upgrade: (tx) => buildSkuDays(tx.table('orders'), tx.table('skuDays')),
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
