import type { Table } from 'dexie';

/** The records of these ids that still exist, in the ids' order (one deleted meanwhile is left out). */
export async function presentRecords<T, I>(table: Table<T, string, I>, ids: readonly string[]): Promise<T[]> {
  return (await table.bulkGet(ids as string[])).filter((r): r is T => r !== undefined);
}

/**
 * Answers at once, and a live query watching it re-runs on any write to the table (it reads
 * the whole table's key range, one record of it): for lists too long to read inside one.
 */
export async function anyWrite<T, I>(table: Table<T, string, I>): Promise<void> {
  await table.limit(1).toArray();
}
