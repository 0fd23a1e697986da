import type { Table } from 'dexie';

/**
 * Every primary key of a table in an index's order, read a chunk at a time: Chromium reads
 * index keys slowly (seconds for 100,000 on a busy machine) and holds every other read behind
 * one long request, so chunks let the rows on screen be read in between. The first chunk is
 * small, to show the top soon; `onChunk` gets the keys read so far after each chunk but the
 * last, and the next chunk waits for what it returns. Equal index values come by key (Z→A:
 * by key turned around). Chunks are separate reads, so a write meanwhile can leave the list a
 * step behind: the list pages read it again after writes.
 */
export async function sortedKeys<T extends { id: string }, I>(table: Table<T, string, I>, index: keyof T & string, onChunk?: (ids: readonly string[]) => Promise<void> | void, chunk = 2000, first = 400, desc = false): Promise<string[]> {
  const seen = new Set<string>();
  const ids: string[] = [];
  const add = (keys: string[]) => {
    for (const id of keys) {
      if (seen.has(id)) continue;
      seen.add(id);
      ids.push(id);
    }
  };
  // Where the last chunk stopped: its sort key and id. The index orders equal keys by id, so
  // the rest of that key's group is read apart, then the next chunk starts past the key.
  let edge: { key: string; id: string } | undefined;
  for (let size = first; ; size = chunk) {
    if (edge) {
      const { key, id: edgeId } = edge;
      // Walked with a cursor, not read in one request: a day of a large ledger can hold 12,000
      // orders, whose one read (0.25 s) would hold up a search typed meanwhile.
      const group: string[] = [];
      const equal = table.where(index).equals(key);
      await (desc ? equal.reverse() : equal).eachPrimaryKey((id) => {
        if (desc ? (id as string) < edgeId : (id as string) > edgeId) group.push(id as string);
      });
      add(group);
    }
    const rest = !edge ? table.orderBy(index) : desc ? table.where(index).below(edge.key) : table.where(index).above(edge.key);
    // A plain index read with a limit is one getAllKeys(), in either direction.
    const keys = (await (desc ? rest.reverse() : rest).limit(size).primaryKeys()) as string[];
    add(keys);
    if (keys.length < size) return ids;
    const [, last] = await Promise.all([onChunk?.(ids.slice()), table.get(keys[keys.length - 1]!)]);
    // Deleted between two reads: start again (rare, and a write is followed by a new read anyway).
    if (!last) return sortedKeys(table, index, onChunk, chunk, first, desc);
    edge = { key: last[index] as string, id: last.id };
  }
}
