import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { planLocation } from '../../../shared/decide/batch';
import { prepare } from '../../../shared/decide/context';
import type { DecisionInput } from '../../../shared/decide/model-types';
import { decideAll } from '../../../shared/decide/options';
import { SEED_PRESETS } from '../../../shared/decide/presets-seed';
import { aReturn } from '../../builders/decide';

/** Prints (does not assert) the time to decide 20,000 returns and plan every location's batch. */
describe('timing', () => {
  it('20,000 returns: decisions + batch plans', () => {
    const ctx = prepare(SEED_PRESETS);
    const locations = SEED_PRESETS.locations;
    const districts = ['2200', '2900', '3100', '5300', '9400', '4300'];
    const on = '2026-04-10';
    const inputs: DecisionInput[] = [];
    for (let i = 0; i < 20_000; i++) {
      const location = locations[i % locations.length]!;
      inputs.push(aReturn({
        returnId: `r${i}`, locationId: location.id, qty: 1 + (i % 5), unitWeightG: 100 + ((i * 37) % 3000),
        goodsCostFen: 1000 + ((i * 7919) % 200_000), grade: (['A', 'B', 'C', 'D'] as const)[i % 4], buyerShipped: i % 3 !== 0,
        declaredCurrency: location.currency, saleCurrency: location.currency, unitPriceMinor: 500 + ((i * 131) % 10_000),
        exportDistrict: districts[i % districts.length], exportMode: i % 7 === 0 ? '9810' : '9610', exportDate: addDays(on, -((i * 13) % 400)),
      }));
    }
    const run = (label: string) => {
      const t0 = performance.now();
      const result = decideAll(inputs, ctx, on);
      const t1 = performance.now();
      const stay = new Map(result.decisions.map((d) => [d.returnId, d.bestStay]));
      const plans = locations.map((l) => planLocation(inputs, l.id, ctx, on, stay));
      const t2 = performance.now();
      console.log(`${label}: decide 20,000 returns ${(t1 - t0).toFixed(0)} ms + batch plans for ${plans.length} locations ${(t2 - t1).toFixed(0)} ms = ${(t2 - t0).toFixed(0)} ms`);
      return result;
    };
    run('cold');
    const { decisions, failures } = run('warm');
    expect(decisions).toHaveLength(20_000);
    expect(failures).toEqual([]);
  });
});
