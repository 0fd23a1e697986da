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

export const RECORD_UPGRADES: readonly RecordUpgrade[] = [
  // Version 2 linked returns to request batches; a return from version 1 is in none.
  { toVersion: 2, table: 'returns', upgrade: (r) => { if (r.batchId === undefined) r.batchId = null; } },
];

/** Runs, in version order, every step above `fromSchema` that applies to `table`; returns the same record. */
export function upgradeRecord(table: BackupTable, record: Rec, fromSchema: number, steps: readonly RecordUpgrade[] = RECORD_UPGRADES): Rec {
  for (const step of steps) if (step.table === table && step.toVersion > fromSchema) step.upgrade(record);
  return record;
}
