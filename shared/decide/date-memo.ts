import { addDays, addMonths, type IsoDate } from '../dates';

/**
 * Memoized calendar arithmetic for batch runs: 20,000 returns share a few hundred export
 * dates and one decision date, and building Date objects for each was a main cost. Nested
 * maps avoid building a key string per call; a cache is dropped when it grows too big.
 */
const LIMIT = 20_000;

function memo(fn: (date: IsoDate, n: number) => IsoDate): (date: IsoDate, n: number) => IsoDate {
  let cache = new Map<IsoDate, Map<number, IsoDate>>();
  return (date, n) => {
    let byN = cache.get(date);
    if (!byN) {
      if (cache.size > LIMIT) cache = new Map();
      byN = new Map();
      cache.set(date, byN);
    }
    let out = byN.get(n);
    if (out === undefined) {
      out = fn(date, n);
      byN.set(n, out);
    }
    return out;
  };
}

export const addDaysMemo = memo(addDays);
export const addMonthsMemo = memo(addMonths);
