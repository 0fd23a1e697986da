import type { Transaction } from 'dexie';
import { RETURN_DEFAULTS } from '../../shared/schemas/return';

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
    upgrade: async (tx) => {
      await tx.table('returns').toCollection().modify((r: { batchId?: string | null }) => {
        if (r.batchId === undefined) r.batchId = null;
      });
    },
  },
  {
    // Locations say which stay-overseas channels they have (issue 14). Presets saved before
    // had every channel in effect (liquidation could not be switched off), so each stored
    // location gets every channel on: the same decisions as before, now editable.
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      await tx.table('presets').toCollection().modify((record: { presets?: { locations?: { channels?: unknown }[] } }) => {
        for (const location of record.presets?.locations ?? []) {
          if (location.channels === undefined) location.channels = { returnless: true, dispose: true, liquidate: true, relist: true };
        }
      });
    },
  },
  {
    // Returns gain their parcel count and the money they really cost: older records travel
    // in one carton and their refund is unknown (assumed in full, and marked so in reports).
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      await tx.table('returns').toCollection().modify((r: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(RETURN_DEFAULTS)) if (r[key] === undefined) r[key] = value;
      });
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
