import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { DISTRICT_CODES } from '../../../shared/codes/districts';
import { CURRENCIES, EXPORT_MODES, GRADES } from '../../../shared/codes/ledger-codes';
import { allocateByWeight, planBatch, planLocation } from '../../../shared/decide/batch';
import { prepare, routesOn, type DecideContext } from '../../../shared/decide/context';
import { roundRatio } from '../../../shared/decide/currency';
import { districtBlockers } from '../../../shared/decide/eligibility';
import { DecideError, type DecisionInput } from '../../../shared/decide/model-types';
import { decideAll, decideReturn, summarize, type DecideAllResult } from '../../../shared/decide/options';
import type { DecidePresets } from '../../../shared/decide/presets-types';
import { SEED_PRESETS } from '../../../shared/decide/presets-seed';
import { priceHome } from '../../../shared/decide/pricing';
import { applyRatio, ratioOf, roundMul } from '../../../shared/decide/ratio';
import { TEST_PRESETS } from '../../builders/decide';

/**
 * decideAll and the batch plans keep only nets; the Decide page opens the full decision with
 * its cost lines. Both come from the one pricing (pricing.ts): these properties check that
 * what a list shows is what the explanation adds up to, to the fen and the sign of zero,
 * failures included.
 */

/** Seeded, test, and seeded with holes: no JPY or RUB rate. */
const holes: DecidePresets = { ...SEED_PRESETS, rates: SEED_PRESETS.rates.filter((r) => r.currency !== 'JPY' && r.currency !== 'RUB') };
const contexts: DecideContext[] = [prepare(SEED_PRESETS), prepare(TEST_PRESETS), prepare(holes)];
const districts = ['2200', '2900', '3100', '4300', '4600', '5300', '9400', DISTRICT_CODES[0]];
const big = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 2 ** 51 }));

const arbInput = fc.record({
  locIndex: fc.nat(),
  unknownLocation: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  age: fc.integer({ min: -30, max: 500 }),
  qty: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: -1, max: 100_000 })),
  unitWeightG: fc.oneof(fc.integer({ min: 1, max: 30_000 }), fc.integer({ min: 0, max: 100_000_000 })),
  grade: fc.constantFrom(...GRADES),
  buyerShipped: fc.boolean(),
  goodsCostFen: big,
  homeValueFen: fc.option(big),
  unitPriceMinor: big,
  declaredValueMinor: big,
  saleCurrency: fc.option(fc.constantFrom(...CURRENCIES)),
  declaredCurrency: fc.option(fc.constantFrom(...CURRENCIES)),
  rebatePerUnitFen: fc.integer({ min: 0, max: 20_000 }),
  food: fc.boolean(),
  dutyRateBp: fc.integer({ min: 0, max: 5000 }),
  vatRateBp: fc.option(fc.integer({ min: 0, max: 3000 })),
  exportMode: fc.constantFrom(...EXPORT_MODES),
  exportDistrict: fc.constantFrom(...districts),
});
type InputCase = typeof arbInput extends fc.Arbitrary<infer T> ? T : never;

const arbRun = fc.record({
  ctxIndex: fc.integer({ min: 0, max: contexts.length - 1 }),
  onOffset: fc.integer({ min: 0, max: 4 * 365 }),
  cases: fc.array(arbInput, { minLength: 1, maxLength: 10 }),
  locIndex: fc.nat(),
});

function build(run: typeof arbRun extends fc.Arbitrary<infer T> ? T : never) {
  const ctx = contexts[run.ctxIndex]!;
  const on = addDays('2024-01-01', run.onOffset);
  const locations = ctx.presets.locations;
  const inputs = run.cases.map((c: InputCase, i): DecisionInput => {
    const location = locations[(run.locIndex + (c.locIndex % 2)) % locations.length]!;
    return {
      returnId: `r${i}`, qty: c.qty, grade: c.grade, buyerShipped: c.buyerShipped, requestedDate: on, platform: 'amazon',
      locationId: c.unknownLocation ? 'nowhere' : location.id, unitWeightG: c.unitWeightG,
      declaredValueMinor: c.declaredValueMinor, declaredCurrency: c.declaredCurrency ?? location.currency,
      unitPriceMinor: c.unitPriceMinor, saleCurrency: c.saleCurrency ?? location.currency, rebatePerUnitFen: c.rebatePerUnitFen,
      goodsCostFen: c.goodsCostFen, homeValueFen: c.homeValueFen, food: c.food, dutyRateBp: c.dutyRateBp, vatRateBp: c.vatRateBp,
      exportMode: c.exportMode, exportDistrict: c.exportDistrict, exportDate: addDays(on, -c.age),
    };
  });
  return { ctx, on, inputs, locationId: locations[run.locIndex % locations.length]!.id };
}

/** What decideAll returned before it had tables: one full decision per return. */
function reference(inputs: readonly DecisionInput[], ctx: DecideContext, on: string): DecideAllResult {
  const out: DecideAllResult = { decisions: [], failures: [] };
  for (const input of inputs) {
    try {
      out.decisions.push(summarize(decideReturn(input, ctx, on)));
    } catch (e) {
      if (!(e instanceof DecideError)) throw e;
      out.failures.push({ returnId: input.returnId, key: e.key, params: e.params });
    }
  }
  return out;
}

describe('the batch run shows what the explanation adds up to', () => {
  it('decideAll = summarize(decideReturn) for every return, failures alike', () => {
    fc.assert(fc.property(arbRun, (run) => {
      const { ctx, on, inputs } = build(run);
      expect(decideAll(inputs, ctx, on)).toEqual(reference(inputs, ctx, on));
    }), { numRuns: 400 });
  });

  it('batch members: margin = recovery − Σ priceHome lines, reasons = districtBlockers', () => {
    fc.assert(fc.property(arbRun, fc.nat(), (run, routeIndex) => {
      const { ctx, on, inputs, locationId } = build(run);
      const here = inputs.filter((i) => i.locationId === locationId && Number.isInteger(i.qty) && i.qty >= 1 && i.unitWeightG >= 1);
      const routes = ctx.presets.routes.filter((r) => r.locationId === locationId);
      if (routes.length === 0) return;
      const route = routes[routeIndex % routes.length]!;
      const location = ctx.presets.locations.find((l) => l.id === locationId)!;
      let plan;
      try {
        plan = planBatch(here, route, ctx, on);
      } catch (e) {
        // A missing rate fails the plan as it always did: the full pricing fails too.
        expect(e).toBeInstanceOf(DecideError);
        expect(() => here.forEach((i) => { priceHome(ctx, i, location, route, on, 'batch'); decideReturn(i, ctx, on); })).toThrow(DecideError);
        return;
      }
      plan.members.forEach((m, k) => {
        const input = here[k]!;
        const priced = priceHome(ctx, input, location, route, on, 'batch');
        let cost = 0;
        for (const l of priced.costLines) cost += l.fen;
        expect(m.returnId).toBe(input.returnId);
        expect(m.recoveryFen).toBe(priced.recoveryFen);
        expect(m.marginFen).toBe(priced.recoveryFen - cost);
        expect(m.reasons).toEqual(districtBlockers(input, route.districtCode, plan.returnDate, ctx.presets));
      });
    }), { numRuns: 300 });
  });

  it('planLocation with or without the decisions’ best stay options plans alike', () => {
    fc.assert(fc.property(arbRun, (run) => {
      const { ctx, on, inputs, locationId } = build(run);
      const { decisions } = decideAll(inputs, ctx, on);
      const decided = new Set(decisions.map((d) => d.returnId));
      const here = inputs.filter((i) => decided.has(i.returnId));
      const stay = new Map(decisions.map((d) => [d.returnId, d.bestStay]));
      const plan = planLocation(here, locationId, ctx, on, stay);
      expect(plan.plans.map((p) => p.routeId)).toEqual(routesOn(ctx, locationId, on).map((r) => r.id));
      expect(planLocation(here, locationId, ctx, on)).toEqual(plan);
      // Every route's plan, shown or not, members included, is the one planBatch makes.
      const routes = routesOn(ctx, locationId, on);
      plan.plans.forEach((p, k) => expect(p).toEqual(planBatch(here, routes[k]!, ctx, on, stay)));
    }), { numRuns: 150 });
  });
});

describe('exact rounding from folded fractions', () => {
  const int = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }));
  // Divisors up to 2^52, as every cost line has (at most 10^8 × 10^7).
  const pos = fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(1000, 10_000, 100_000_000, 10 ** 15, 2 ** 52));

  it('applyRatio(ratioOf(fs, d), a, b) = roundRatio([...fs, a, b], d)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 3 }), pos, int, int, (fs, d, a, b) => {
      expect(applyRatio(ratioOf(fs, d), a, b)).toBe(roundRatio([...fs, a, b], d));
    }), { numRuns: 2000 });
  });

  it('roundMul(a, b, d) = roundRatio([a, b], d), half-way cases included', () => {
    fc.assert(fc.property(int, int, pos, (a, b, d) => {
      expect(roundMul(a, b, d)).toBe(roundRatio([a, b], d));
    }), { numRuns: 2000 });
    expect(roundMul(5, 1, 2)).toBe(3);
    expect(roundMul(-5, 1, 2)).toBe(-3);
    expect(roundMul(2 ** 52 - 1, 1, 2)).toBe(2 ** 51);
    expect(applyRatio(ratioOf([7_000_000], 10 ** 14), 5 * 10_500, 8000 * 7000)).toBe(roundRatio([5, 10_500, 8000, 7000, 7_000_000], 10 ** 14));
  });
});

/** allocateByWeight as first written: every index sorted by (remainder desc, index asc). */
function allocateBySorting(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => BigInt(total) * BigInt(w));
  const parts = exact.map((n) => Number(n / BigInt(sum)));
  const rests = exact.map((n) => Number(n % BigInt(sum)));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = weights.map((_, i) => i).sort((a, b) => rests[b]! - rests[a]! || a - b);
  for (const i of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

describe('allocateByWeight', () => {
  it('gives the leftover fen to the largest remainders, ties to the earlier member, as a full sort would', () => {
    const weight = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 100_000 }));
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(weight, { maxLength: 60 }), (total, weights) => {
      expect(allocateByWeight(total, weights)).toEqual(allocateBySorting(total, weights));
    }), { numRuns: 2000 });
  });
});
