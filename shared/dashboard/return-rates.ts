import type { ReturnFact } from './facts';
import type { SoldUnits } from './sales-table';

/**
 * Return rate = returned units / sold units. Returns count against the orders they came
 * from (a cohort by order date), so a date range compares like with like: the units sold in
 * the range and how many of those same units came back.
 */

export type RateDimension = 'sku' | 'reason' | 'country' | 'platform';
export const RATE_DIMENSIONS: readonly RateDimension[] = ['sku', 'reason', 'country', 'platform'];

export interface RateRow {
  key: string;
  sold: number;
  returned: number;
  /** returned / sold; 0 when nothing was sold. */
  rate: number;
}

export interface ReturnRates {
  soldUnits: number;
  returnedUnits: number;
  /** The worst `top` per dimension, highest rate first. */
  by: Record<RateDimension, RateRow[]>;
}

function add(map: Map<string, RateRow>, key: string, sold: number, returned: number): void {
  let row = map.get(key);
  if (!row) map.set(key, (row = { key, sold: 0, returned: 0, rate: 0 }));
  row.sold += sold;
  row.returned += returned;
}

function worst(map: Map<string, RateRow>, top: number): RateRow[] {
  const rows = [...map.values()].filter((r) => r.returned > 0);
  for (const r of rows) r.rate = r.sold > 0 ? r.returned / r.sold : 0;
  return rows
    .sort((a, b) => b.rate - a.rate || b.returned - a.returned || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, top);
}

export function returnRates(sold: SoldUnits, returns: readonly ReturnFact[], top = 10): ReturnRates {
  const maps: Record<RateDimension, Map<string, RateRow>> = { sku: new Map(), reason: new Map(), country: new Map(), platform: new Map() };
  let returnedUnits = 0;
  for (const r of returns) {
    returnedUnits += r.units;
    add(maps.sku, r.sku, 0, r.units);
    add(maps.reason, r.reason, 0, r.units);
    add(maps.country, r.country, 0, r.units);
    add(maps.platform, r.platform, 0, r.units);
  }
  // Only keys with returns are ranked, so sold units are looked up for those alone.
  for (const row of maps.sku.values()) row.sold = sold.bySku.get(row.key) ?? 0;
  for (const row of maps.country.values()) row.sold = sold.byCountry.get(row.key) ?? 0;
  for (const row of maps.platform.values()) row.sold = sold.byPlatform.get(row.key) ?? 0;
  // A reason has no sales of its own: its rate is its share of all units sold.
  for (const row of maps.reason.values()) row.sold = sold.total;
  return {
    soldUnits: sold.total,
    returnedUnits,
    by: { sku: worst(maps.sku, top), reason: worst(maps.reason, top), country: worst(maps.country, top), platform: worst(maps.platform, top) },
  };
}
