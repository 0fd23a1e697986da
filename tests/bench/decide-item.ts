import { planLocation } from '../../shared/decide/batch';
import { prepare } from '../../shared/decide/context';
import { decideAll } from '../../shared/decide/options';
import { SEED_PRESETS } from '../../shared/decide/presets-seed';
import { DECIDE_ON, decideInputs } from './data';
import { median, ms, repeat } from './stats';

/** Decide every return (20,000 × scale) and plan a batch at each location, in Node (node-items.ts runs it). */
export async function decideItem(runs: number, scale: number) {
  const n = Math.round(20_000 * scale);
  const inputs = decideInputs(n);
  const ctx = prepare(SEED_PRESETS);
  const one = () => {
    const t0 = performance.now();
    const result = decideAll(inputs, ctx, DECIDE_ON);
    const t1 = performance.now();
    const stay = new Map(result.decisions.map((d) => [d.returnId, d.bestStay]));
    for (const l of SEED_PRESETS.locations) planLocation(inputs, l.id, ctx, DECIDE_ON, stay);
    if (result.decisions.length !== n) throw new Error(`decide: ${result.decisions.length} of ${n} decided`);
    return { decide: t1 - t0, plans: performance.now() - t1 };
  };
  const cold = one();
  // At least three, at any scale: one pass at 200,000 returns is a second, half of it garbage
  // collection, and single passes ranged from 0.92 to 1.28 s on a quiet machine.
  const measured = await repeat(Math.max(runs, 3), one, false);
  return {
    decide_20k: { ms: ms(median(measured.map((r) => r.decide + r.plans))), decide_ms: ms(median(measured.map((r) => r.decide))), plans_ms: ms(median(measured.map((r) => r.plans))), cold_ms: ms(cold.decide + cold.plans), returns: n },
  };
}
