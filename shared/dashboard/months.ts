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

/** "2026-03…" → 2026 × 12 + 2: months as integers, so a date finds its month by subtraction. */
export function monthNumber(date: string): number {
  const d = (i: number) => date.charCodeAt(i) - 48;
  return (d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)) * 12 + d(5) * 10 + d(6) - 1;
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
  // Whole dates are kept and compared (ISO text sorts by time); slicing out the month only
  // at the end saves a string per row.
  private firstDate = '';
  private lastDate = '';

  get first(): MonthKey {
    return this.firstDate.slice(0, 7);
  }

  get last(): MonthKey {
    return this.lastDate.slice(0, 7);
  }

  see(date: string): void {
    if (!this.firstDate || date < this.firstDate) this.firstDate = date;
    if (!this.lastDate || date > this.lastDate) this.lastDate = date;
  }
}
