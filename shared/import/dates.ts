import { isIsoDate, type IsoDate } from '../dates';

/**
 * Dates as marketplace reports write them: ISO with `Z` or an offset
 * (`2026-04-05T21:06:21+00:00`), Shopify's `2026-04-05 21:06:21 +0400`, and spreadsheet
 * dates like `05/04/2026` or `4.5.2026`. The calendar date is the one written in the file,
 * in the file's own offset — where the buyer's day was — not converted to the computer's zone.
 * Chinese sheets write `2026年3月1日` and `2026/3/1 9:05`; a sheet saved without date formats
 * holds Excel serials (`46082`); eBay writes `Mar-01-26`. Slash and dot dates are day-first or month-first: decided per column from any value whose
 * first or second number exceeds 12, and by the user's choice only when nothing decides it.
 */
export type DayOrder = 'dmy' | 'mdy';

const ISO_START = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?/;
/** eBay's "Mar-01-26", and "Mar 1, 2026" / "1 Mar 2026". */
const MONTH_FIRST = /^([a-z]{3})[a-z]*[-\s.]+(\d{1,2}),?[-\s.]+(\d{2}|\d{4})(?:$|[\s,T])/i;
const DAY_FIRST = /^(\d{1,2})[-\s.]+([a-z]{3})[a-z]*[-\s.,]+(\d{2}|\d{4})(?:$|[\s,T])/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SERIAL = /^(\d{5})(?:\.\d+)?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:$|[\s,T])/;

function iso(y: number, m: number, d: number): IsoDate | null {
  const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

/** The date a cell holds, or null when it is not one (or is ambiguous without `order`). */
export function parseDateCell(raw: string, order: DayOrder | null): IsoDate | null {
  // Full-width digits and separators ("２０２６／３／１") only cost a normalisation when present.
  const s = /[\u0080-\uffff]/.test(raw) ? raw.normalize('NFKC').trim() : raw.trim();
  const a = ISO_START.exec(s);
  if (a) return iso(Number(a[1]), Number(a[2]), Number(a[3]));
  const c = CHINESE.exec(s);
  if (c) return iso(Number(c[1]), Number(c[2]), Number(c[3]));
  const named = MONTH_FIRST.exec(s) ?? DAY_FIRST.exec(s);
  if (named) {
    const monthFirst = /^[a-z]/i.test(named[1]!);
    const month = MONTHS.indexOf((monthFirst ? named[1]! : named[2]!).toLowerCase()) + 1;
    const day = Number(monthFirst ? named[2] : named[1]);
    const year = named[3]!.length === 2 ? 2000 + Number(named[3]) : Number(named[3]);
    return month > 0 ? iso(year, month, day) : null;
  }
  const serial = SERIAL.exec(s);
  // An Excel date serial (days since 1899-12-30) between 1954 and 2119, as a sheet saved without formats holds it.
  if (serial) {
    const n = Number(serial[1]);
    return n >= 20000 && n <= 80000 ? (new Date(EXCEL_EPOCH + n * 86_400_000).toISOString().slice(0, 10) as IsoDate) : null;
  }
  const b = NUMERIC.exec(s);
  if (!b) return null;
  const first = Number(b[1]);
  const second = Number(b[2]);
  const year = b[3]!.length === 2 ? 2000 + Number(b[3]) : Number(b[3]);
  const resolved: DayOrder | null = first > 12 ? 'dmy' : second > 12 ? 'mdy' : first === second ? 'dmy' : order;
  if (!resolved) return null;
  return resolved === 'dmy' ? iso(year, second, first) : iso(year, first, second);
}

/** 'dmy' or 'mdy' when some value in the column decides it; null when all are ambiguous. */
export function detectDayOrder(values: Iterable<string>): DayOrder | null {
  for (const raw of values) {
    const b = NUMERIC.exec(raw.trim());
    if (!b) continue;
    if (Number(b[1]) > 12) return 'dmy';
    if (Number(b[2]) > 12) return 'mdy';
  }
  return null;
}

/** Whether a numeric column uses a decimal comma ("12,50"), judged from all its values. */
export function detectDecimalComma(values: Iterable<string>): boolean {
  let comma = 0;
  let point = 0;
  for (const raw of values) {
    const s = raw.trim().replace(/[^\d.,-]/g, '');
    // "1,299" is a thousand in most files and 1.299 in a few: it decides nothing.
    if (/^-?\d{1,3},\d{3}$/.test(s)) continue;
    if (/^-?\d{1,3}(\.\d{3})*,\d{1,3}$/.test(s) || /^-?\d+,\d{1,2}$/.test(s)) comma++;
    else if (/^-?\d{1,3}(,\d{3})*\.\d{1,3}$/.test(s) || /^-?\d+\.\d{1,2}$/.test(s)) point++;
  }
  return comma > 0 && point === 0;
}
