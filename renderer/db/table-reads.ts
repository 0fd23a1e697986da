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

/**
 * Every row of `table` by id, a page at a time, each page handed to `each` as it arrives (the
 * last may be short or empty): a reader that keeps only what it needs of each row never holds
 * a million full records at once, and the rows on screen can be read between two pages.
 */
export async function eachPage<T extends { id: string }, I>(table: Table<T, string, I>, size: number, each: (rows: T[]) => Promise<void> | void): Promise<void> {
  let last: string | undefined;
  for (;;) {
    const rows = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(size).toArray();
    await each(rows);
    if (rows.length < size) return;
    last = rows.at(-1)!.id;
  }
}
