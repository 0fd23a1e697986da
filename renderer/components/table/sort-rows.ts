import type { SortState } from './TableHead';

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * A short list held whole (products, batches) sorted by a column: `valueOf` gives the column's
 * value for a sort key. Text in the Chinese collation (pinyin order, numbers by value). Long
 * lists never come here: the orders sort in their indexes or a worker.
 */
export function sortRows<T>(rows: readonly T[], sort: SortState | null, valueOf: (row: T, key: string) => string | number): T[] {
  if (!sort) return [...rows];
  const dir = sort.desc ? -1 : 1;
  const keyed = rows.map((row, i) => ({ row, i, v: valueOf(row, sort.key) }));
  keyed.sort((a, b) => {
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
    return dir * c || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}
