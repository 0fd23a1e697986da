import { readCountry } from '../codes/countries';
import { RETURN_DEFAULTS } from '../schemas/return';
import type { BackupTable, Rec } from './records';

/**
 * How a record written under an older Dexie schema is brought up to the current one when a
 * backup restores. A backup stores records exactly as the ledger held them, stamped with the
 * schema version (`schemaVersion`); the restore runs every step newer than that, oldest first,
 * on each record before it is checked and written. Each step is the record half of a Dexie
 * upgrade in renderer/db/schema-versions.ts: the Dexie upgrade should call the same function
 * (`tx.table(t).toCollection().modify((r) => step.upgrade(r))`), so the rule lives once.
 * Steps change the record in place and must accept a record that already has the field.
 */
export interface RecordUpgrade {
  /** The schema version this step brings the record up to. */
  toVersion: number;
  table: BackupTable;
  upgrade(record: Rec): void;
}

type Location = { channels?: unknown; country?: unknown };
const locationsOf = (r: Rec): Location[] => ((r.presets as { locations?: Location[] } | undefined)?.locations ?? []);
/** A country as ISO alpha-2 when the text names one; text that names none is left for a person. */
const countryCode = (value: unknown): string | null => (typeof value === 'string' ? readCountry(value) : null);

export const RECORD_UPGRADES: readonly RecordUpgrade[] = [
  // Version 2 linked returns to request batches; a return from version 1 is in none.
  { toVersion: 2, table: 'returns', upgrade: (r) => { if (r.batchId === undefined) r.batchId = null; } },
  // Version 3: locations say which stay-overseas channels they have. Before, every channel was
  // in effect (liquidation could not be switched off), so each gets every channel on.
  {
    toVersion: 3, table: 'presets', upgrade: (r) => {
      for (const l of locationsOf(r)) if (l.channels === undefined) l.channels = { returnless: true, dispose: true, liquidate: true, relist: true };
    },
  },
  // Version 4: returns gain their parcel count and the money they really cost: older records
  // travel in one carton and their refund is unknown (assumed in full, marked so in reports).
  { toVersion: 4, table: 'returns', upgrade: (r) => { for (const [key, value] of Object.entries(RETURN_DEFAULTS)) if (r[key] === undefined) r[key] = value; } },
  // Version 5: buyer and location countries as ISO alpha-2 ("UK" → GB, "usa" → US, "美国" → US).
  {
    toVersion: 5, table: 'orders', upgrade: (r) => {
      const code = countryCode(r.buyerCountry);
      if (code) r.buyerCountry = code;
    },
  },
  {
    toVersion: 5, table: 'presets', upgrade: (r) => {
      for (const l of locationsOf(r)) {
        const code = countryCode(l.country);
        if (code) l.country = code;
      }
    },
  },
];

/** The steps that bring records up to exactly this version (a Dexie upgrade runs these). */
export function stepsTo(version: number): readonly RecordUpgrade[] {
  return RECORD_UPGRADES.filter((s) => s.toVersion === version);
}

/** Runs, in version order, every step above `fromSchema` that applies to `table`; returns the same record. */
export function upgradeRecord(table: BackupTable, record: Rec, fromSchema: number, steps: readonly RecordUpgrade[] = RECORD_UPGRADES): Rec {
  for (const step of steps) if (step.table === table && step.toVersion > fromSchema) step.upgrade(record);
  return record;
}
