import { describe, expect, it } from 'vitest';
import { OPTION_KINDS, SEED_PRESETS } from '../../../shared/decide';
import { aggregateDashboard, buildFacts, DEFAULT_FILTERS, salesTable, type DashDecision, type DashOrder, type DashReturn } from '../../../shared/dashboard';
import { aDecisionRow, RATES } from '../../builders/dashboard';

/**
 * The budget is 100 ms for 100,000 orders and 20,000 returns. Timings are printed, not
 * asserted: a shared CI machine's speed is not the code's fault.
 */
function bigLedger(orderCount: number, returnCount: number) {
  const platforms = ['amazon', 'temu', 'ozon', 'ebay'] as const;
  const countries = ['US', 'DE', 'RU', 'AU', 'JP'];
  const currencies = ['USD', 'EUR', 'RUB', 'AUD', 'JPY'] as const;
  const orders: DashOrder[] = [];
  for (let i = 0; i < orderCount; i++) {
    const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    orders.push({
      id: `O${i}`, platform: platforms[i % 4]!, orderDate: day, buyerCountry: countries[i % 5]!, currency: currencies[i % 5]!, exportDate: day, exportMode: '9610',
      lines: [{ id: `L${i}a`, sku: `SKU-${i % 300}`, qty: 1 + (i % 3), unitPriceMinor: 1999 }, ...(i % 3 === 0 ? [{ id: `L${i}b`, sku: `SKU-${(i * 7) % 300}`, qty: 1, unitPriceMinor: 500 }] : [])],
    });
  }
  const returns: DashReturn[] = [];
  const decisions: DashDecision[] = [];
  for (let j = 0; j < returnCount; j++) {
    const o = orders[(j * 5) % orderCount]!;
    returns.push({ id: `R${j}`, orderId: o.id, lineId: o.lines[0]!.id, rmaNo: `RMA${j}`, qty: 1, reason: 'defective', grade: 'A', status: j % 3 ? 'disposed' : 'requested', locationId: 'us-amazon', requestedDate: o.orderDate, sku: o.lines[0]!.sku });
    if (j % 3) {
      decisions.push(aDecisionRow(`R${j}`, OPTION_KINDS[j % 6]!, {
        on: o.orderDate, net: -1000 + j, baseline: -1500, dispose: -1500, recovery: 500, costs: [700, 800], qty: 1, weightG: 380, goodsCostFen: 2600,
        platform: o.platform, locationId: 'us-amazon', districtCode: '2200', routeId: 'us-air-sha',
      }));
    }
  }
  return { orders, orderCount: orders.length, returns, decisions, foodSkus: new Set<string>(), presets: { ...SEED_PRESETS, rates: [...RATES, ...SEED_PRESETS.rates] } };
}

describe('aggregation timing', () => {
  it('100,000 orders and 20,000 returns', () => {
    const src = bigLedger(100_000, 20_000);
    const best = (fn: () => unknown) => {
      let ms = Infinity;
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        fn();
        ms = Math.min(ms, performance.now() - t0);
      }
      return ms;
    };
    const facts = buildFacts(src, src.orders);
    const sales = salesTable(src.orders);
    const index = best(() => buildFacts(src, src.orders));
    const table = best(() => salesTable(src.orders));
    const all = best(() => aggregateDashboard(facts, DEFAULT_FILTERS, '2026-11-23', sales));
    const filtered = best(() => aggregateDashboard(facts, { ...DEFAULT_FILTERS, from: '2026-03-01', to: '2026-08-31', platform: 'temu' }, '2026-11-23', sales));
    console.log(`dashboard timing, 100k orders / 20k returns / ${src.decisions.length} decisions: buildFacts ${index.toFixed(1)} ms, salesTable ${table.toFixed(1)} ms, `
      + `aggregate (no filter) ${all.toFixed(1)} ms, aggregate (filtered) ${filtered.toFixed(1)} ms, all three ${(index + table + all).toFixed(1)} ms`);
    expect(aggregateDashboard(facts, DEFAULT_FILTERS, '2026-11-23', sales).rates?.soldUnits).toBeGreaterThan(100_000);
  });
});
