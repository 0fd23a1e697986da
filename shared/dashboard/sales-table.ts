import { salesDays, type SalesDay, type SalesOrder } from './sales-days';

/**
 * Sold units, one row per day, platform, country and SKU (sales-days.ts), stored column-wise
 * in typed arrays with the text columns interned to small integers: filtering and summing
 * them as integers takes a few milliseconds where objects and string-keyed maps took tens.
 */
export interface SalesTable {
  /** Rows in use; the columns may run past it (rows left with no units are skipped). */
  length: number;
  /** Order date as yyyymmdd. */
  day: Int32Array;
  sku: Int32Array;
  country: Int32Array;
  platform: Int32Array;
  units: Int32Array;
  skus: string[];
  countries: string[];
  platforms: string[];
}

/** "2026-03-05" → 20260305 without slicing or Date objects. */
export function dayNumber(iso: string): number {
  let n = 0;
  for (let i = 0; i < 10; i++) {
    const c = iso.charCodeAt(i);
    if (c !== 45) n = n * 10 + (c - 48);
  }
  return n;
}

/** 20260305 → "2026-03". */
export function monthOfDay(day: number): string {
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** Text to small integers, in order of first sight. */
export class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/**
 * The sales rows (see sales-days.ts) as columns, the text interned to small integers: one
 * row per day, platform, country and SKU, a few thousand even for a million orders.
 */
export function salesTable(rows: Iterable<SalesDay>): SalesTable {
  const list = Array.isArray(rows) ? (rows as SalesDay[]) : [...rows];
  const n = list.length;
  const day = new Int32Array(n), sku = new Int32Array(n), country = new Int32Array(n), platform = new Int32Array(n), units = new Int32Array(n);
  const skus = new Interner();
  const countries = new Interner();
  const platforms = new Interner();
  let i = 0;
  for (const r of list) {
    if (r.units === 0) continue;
    day[i] = dayNumber(r.day);
    sku[i] = skus.id(r.sku);
    country[i] = countries.id(r.country);
    platform[i] = platforms.id(r.platform);
    units[i] = r.units;
    i++;
  }
  return { length: i, day, sku, country, platform, units, skus: skus.values, countries: countries.values, platforms: platforms.values };
}

/** The sales table of these orders, from scratch. */
export function salesTableOf(orders: readonly SalesOrder[]): SalesTable {
  return salesTable(salesDays(orders).values());
}

export interface SoldUnits {
  total: number;
  bySku: Map<string, number>;
  byCountry: Map<string, number>;
  byPlatform: Map<string, number>;
  /** First and last day with sales in view (yyyymmdd), 0 when none. */
  firstDay: number;
  lastDay: number;
}

/** Sums the rows within [fromDay, toDay] (0 = open) for one platform and country (-1 = any; -2 = unknown, so none). */
export function soldUnits(t: SalesTable, fromDay: number, toDay: number, platform: number, country: number): SoldUnits {
  const bySku = new Float64Array(t.skus.length);
  const byCountry = new Float64Array(t.countries.length);
  const byPlatform = new Float64Array(t.platforms.length);
  let total = 0;
  let firstDay = 0;
  let lastDay = 0;
  const to = toDay || 99_999_999;
  for (let i = 0; i < t.length; i++) {
    const day = t.day[i]!;
    if (day < fromDay || day > to) continue;
    if (platform !== -1 && t.platform[i] !== platform) continue;
    if (country !== -1 && t.country[i] !== country) continue;
    const u = t.units[i]!;
    total += u;
    bySku[t.sku[i]!]! += u;
    byCountry[t.country[i]!]! += u;
    byPlatform[t.platform[i]!]! += u;
    if (!firstDay || day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  const toMap = (values: string[], sums: Float64Array) => {
    const m = new Map<string, number>();
    values.forEach((v, k) => {
      if (sums[k]! > 0) m.set(v, sums[k]!);
    });
    return m;
  };
  return { total, bySku: toMap(t.skus, bySku), byCountry: toMap(t.countries, byCountry), byPlatform: toMap(t.platforms, byPlatform), firstDay, lastDay };
}
