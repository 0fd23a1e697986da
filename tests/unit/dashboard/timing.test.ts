import { describe, expect, it } from 'vitest';
import { aggregateDashboard, buildFacts, DEFAULT_FILTERS, salesTableOf } from '../../../shared/dashboard';
import { bigDashboardLedger as bigLedger } from '../../builders/dashboard';

/**
 * The budget is 100 ms for 100,000 orders and 20,000 returns. Timings are printed, not
 * asserted: a shared CI machine's speed is not the code's fault.
 */
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
    const sales = salesTableOf(src.orders);
    const index = best(() => buildFacts(src, src.orders));
    const table = best(() => salesTableOf(src.orders));
    const all = best(() => aggregateDashboard(facts, DEFAULT_FILTERS, '2026-11-23', sales));
    const filtered = best(() => aggregateDashboard(facts, { ...DEFAULT_FILTERS, from: '2026-03-01', to: '2026-08-31', platform: 'temu' }, '2026-11-23', sales));
    console.log(`dashboard timing, 100k orders / 20k returns / ${src.decisions.length} decisions: buildFacts ${index.toFixed(1)} ms, salesTable ${table.toFixed(1)} ms, `
      + `aggregate (no filter) ${all.toFixed(1)} ms, aggregate (filtered) ${filtered.toFixed(1)} ms, all three ${(index + table + all).toFixed(1)} ms`);
    expect(aggregateDashboard(facts, DEFAULT_FILTERS, '2026-11-23', sales).rates?.soldUnits).toBeGreaterThan(100_000);
  });
});
