/** Every id in a sort's order; `onChunk` sees the ids known so far (all of them up to a point) as they arrive. */
export type SortedSource = (onChunk?: (ids: readonly string[]) => Promise<void>) => Promise<readonly string[]>;

/**
 * A long list shown as it is read: its first ids, and how many there are in all, or undefined
 * while that is still being counted (a search's first rows come before its count).
 */
export type OnPart = (first: readonly string[], count: number | undefined) => Promise<void>;

/** The orders a query allows (OrdersRepo.matches): a test, how many, and all of them when few. */
export interface Matches {
  has: (id: string) => boolean;
  count: number;
  few?: string[];
}

/**
 * The matches in the sort's order, filtered from each chunk of sorted ids as it arrives: a
 * search that a tenth of a million orders match shows its first rows from the first chunks
 * instead of after the last. `onPart` gets the matches found so far and how many there are in
 * all after each chunk that adds some; the answer comes as soon as every match is found, even
 * while the sorted read goes on for other lists.
 */
export function matchesInOrder(found: Matches, sorted: SortedSource, onPart?: OnPart): Promise<string[]> {
  const matched: string[] = [];
  let upTo = 0;
  let last: string | undefined;
  let complete: (ids: string[]) => void = () => {};
  const early = new Promise<string[]>((resolve) => (complete = resolve));
  const take = (ids: readonly string[]) => {
    if (matched.length === found.count) return;
    // The sorted read started again (an order deleted between two chunks): so does the filter.
    if (upTo > ids.length || (upTo > 0 && ids[upTo - 1] !== last)) [matched.length, upTo] = [0, 0];
    for (; upTo < ids.length; upTo++) if (found.has(ids[upTo]!)) matched.push(ids[upTo]!);
    last = ids[upTo - 1];
    if (matched.length === found.count) complete(matched);
  };
  const read = sorted(async (ids) => {
    const before = matched.length;
    take(ids);
    if (onPart && matched.length > before && matched.length < found.count) await onPart(matched.slice(), found.count);
  });
  return Promise.race([early, read.then((ids) => (take(ids), matched))]);
}

/**
 * Every id in the sort's order, when nothing narrows the list; with `onPart`, the ids known
 * so far and how many there are in all (`count`, read beside the ids) after each chunk.
 */
export async function everyIdInOrder(all: SortedSource, count: () => Promise<number>, onPart?: OnPart): Promise<string[]> {
  if (!onPart) return [...(await all())];
  const counted = count();
  // Read beside the ids: a failure surfaces through the first part that awaits it.
  counted.catch(() => undefined);
  return [...(await all(async (ids) => onPart(ids, await counted)))];
}
