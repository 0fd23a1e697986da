import type { DashboardFacts } from './facts';
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

function worst(values: readonly string[], returned: Float64Array, soldOf: (key: string) => number, top: number): RateRow[] {
  const rows: RateRow[] = [];
  for (let code = 0; code < values.length; code++) {
    if (!(returned[code]! > 0)) continue;
    const key = values[code]!;
    const sold = soldOf(key);
    rows.push({ key, sold, returned: returned[code]!, rate: sold > 0 ? returned[code]! / sold : 0 });
  }
  return rows
    .sort((a, b) => b.rate - a.rate || b.returned - a.returned || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, top);
}

/** `cohort`: indices into facts.returns of the returns in view. */
export function returnRates(sold: SoldUnits, facts: Pick<DashboardFacts, 'returns' | 'returnKeys'>, cohort: Int32Array, top = 10): ReturnRates {
  const k = facts.returnKeys;
  const bySku = new Float64Array(k.skus.length);
  const byReason = new Float64Array(k.reasons.length);
  const byCountry = new Float64Array(k.countries.length);
  const byPlatform = new Float64Array(k.platforms.length);
  let returnedUnits = 0;
  for (let j = 0; j < cohort.length; j++) {
    const i = cohort[j]!;
    const u = facts.returns[i]!.units;
    returnedUnits += u;
    bySku[k.sku[i]!]! += u;
    byReason[k.reason[i]!]! += u;
    byCountry[k.country[i]!]! += u;
    byPlatform[k.platform[i]!]! += u;
  }
  // Only keys with returns are ranked, so sold units are looked up for those alone.
  const from = (m: ReadonlyMap<string, number>) => (key: string) => m.get(key) ?? 0;
  return {
    soldUnits: sold.total,
    returnedUnits,
    by: {
      sku: worst(k.skus, bySku, from(sold.bySku), top),
      // A reason has no sales of its own: its rate is its share of all units sold.
      reason: worst(k.reasons, byReason, () => sold.total, top),
      country: worst(k.countries, byCountry, from(sold.byCountry), top),
      platform: worst(k.platforms, byPlatform, from(sold.byPlatform), top),
    },
  };
}
