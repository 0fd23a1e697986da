/**
 * Month keys are "YYYY-MM" strings taken with slice(0, 7) from ISO dates: they sort as text
 * and need no Date objects, which matters when 100,000 rows are bucketed.
 */
export type MonthKey = string;

export function nextMonth(month: MonthKey): MonthKey {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last` inclusive; at most `max`, keeping the latest ones. */
export function monthsBetween(first: MonthKey, last: MonthKey, max = 120): MonthKey[] {
  if (!first || !last || first > last) return [];
  const out: MonthKey[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out.length > max ? out.slice(out.length - max) : out;
}

/** Tracks the earliest and latest month seen, for charts whose range follows the data. */
export class MonthSpan {
  first = '';
  last = '';

  see(date: string): void {
    const m = date.slice(0, 7);
    if (!this.first || m < this.first) this.first = m;
    if (!this.last || m > this.last) this.last = m;
  }
}
