import type { Transaction } from 'dexie';
import { RETURN_DEFAULTS } from '../../shared/schemas/return';
import { readCountry } from '../../shared/codes/countries';

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
  {
    // Buyer and location countries as ISO alpha-2: before the country picker a form took any two
    // letters ("UK" beside "GB") and imports kept what the file said ("usa", "美国"). Read with the
    // one country reader; text that names no country is left as it was, for a person to fix.
    version: 5,
    stores: {},
    upgrade: async (tx) => {
      await tx.table('orders').toCollection().modify((o: { buyerCountry?: string }) => {
        const code = typeof o.buyerCountry === 'string' ? readCountry(o.buyerCountry) : null;
        if (code && code !== o.buyerCountry) o.buyerCountry = code;
      });
      await tx.table('presets').toCollection().modify((p: { presets?: { locations?: { country?: string }[] } }) => {
        for (const l of p.presets?.locations ?? []) {
          const code = typeof l.country === 'string' ? readCountry(l.country) : null;
          if (code) l.country = code;
        }
      });
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
