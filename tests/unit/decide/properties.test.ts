import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { DISTRICT_CODES } from '../../../shared/codes/districts';
import { EXPORT_MODES, GRADES } from '../../../shared/codes/ledger-codes';
import { bestStay, planBatch } from '../../../shared/decide/batch';
import { prepare } from '../../../shared/decide/context';
import type { DecisionInput } from '../../../shared/decide/model-types';
import { decideReturn } from '../../../shared/decide/options';
import { SEED_PRESETS } from '../../../shared/decide/presets-seed';
import { disposalFeeMilli, priceHome } from '../../../shared/decide/pricing';
import { TEST_PRESETS } from '../../builders/decide';

/** Random returns over both the seeded and the test presets, any date 2024–2027. */
const contexts = [prepare(SEED_PRESETS), prepare(TEST_PRESETS)];
const districts = ['2200', '2900', '3100', '4300', '5300', '9400', DISTRICT_CODES[0]];

const arbCase = fc.record({
  ctxIndex: fc.integer({ min: 0, max: 1 }),
  locIndex: fc.nat(),
  onOffset: fc.integer({ min: 0, max: 4 * 365 }),
  age: fc.integer({ min: 0, max: 500 }),
  qty: fc.integer({ min: 1, max: 50 }),
  unitWeightG: fc.integer({ min: 1, max: 30_000 }),
  grade: fc.constantFrom(...GRADES),
  buyerShipped: fc.boolean(),
  goodsCostFen: fc.integer({ min: 0, max: 2_000_000 }),
  homeValueFen: fc.option(fc.integer({ min: 0, max: 2_000_000 })),
  unitPriceMinor: fc.integer({ min: 0, max: 500_000 }),
  declaredValueMinor: fc.integer({ min: 0, max: 500_000 }),
  rebatePerUnitFen: fc.integer({ min: 0, max: 20_000 }),
  food: fc.boolean(),
  dutyRateBp: fc.integer({ min: 0, max: 5000 }),
  exportMode: fc.constantFrom(...EXPORT_MODES),
  exportDistrict: fc.constantFrom(...districts),
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case) {
  const ctx = contexts[c.ctxIndex] ?? contexts[0]!;
  const locations = ctx.presets.locations;
  const location = locations[c.locIndex % locations.length]!;
  const on = addDays('2024-01-01', c.onOffset);
  const input: DecisionInput = {
    returnId: 'p', qty: c.qty, grade: c.grade, buyerShipped: c.buyerShipped, requestedDate: on, platform: 'amazon',
    locationId: location.id, unitWeightG: c.unitWeightG, declaredValueMinor: c.declaredValueMinor, declaredCurrency: location.currency,
    unitPriceMinor: c.unitPriceMinor, saleCurrency: location.currency, rebatePerUnitFen: c.rebatePerUnitFen, goodsCostFen: c.goodsCostFen,
    homeValueFen: c.homeValueFen, food: c.food, dutyRateBp: c.dutyRateBp, vatRateBp: null, exportMode: c.exportMode,
    exportDistrict: c.exportDistrict, exportDate: addDays(on, -c.age),
  };
  return { ctx, location, on, input };
}

describe('decision properties', () => {
  it('recommended ≥ baseline, savings ≥ 0, never a forbidden option, net = recovery − Σ lines', () => {
    fc.assert(fc.property(arbCase, (c) => {
      const { ctx, on, input } = build(c);
      const d = decideReturn(input, ctx, on);
      expect(d.recommended.allowed).toBe(true);
      expect(d.recommended.netFen).toBeGreaterThanOrEqual(d.baseline.netFen);
      expect(d.savingsFen).toBeGreaterThanOrEqual(0);
      expect(d.savingsVsDisposeFen).toBeGreaterThanOrEqual(0);
      expect(d.savingsFen).toBe(d.recommended.netFen - d.baseline.netFen);
      for (const o of d.options) {
        expect(o.netFen).toBe(o.recoveryFen - o.costLines.reduce((s, l) => s + l.fen, 0));
        expect(Number.isInteger(o.netFen)).toBe(true);
        expect(o.allowed).toBe(o.reasons.length === 0);
        if (!o.allowed) expect(o).not.toBe(d.recommended);
        if (o.allowed) expect(o.netFen).toBeLessThanOrEqual(d.recommended.netFen);
      }
    }), { numRuns: 500 });
  });

  it('an option the location lacks is never recommended (nor the baseline, nor a batch’s stay pick)', () => {
    const arbChannels = fc.record({ returnless: fc.boolean(), dispose: fc.boolean(), liquidate: fc.boolean(), relist: fc.boolean() });
    fc.assert(fc.property(arbCase, arbChannels, (c, channels) => {
      const { ctx: base, location, on, input } = build(c);
      const presets = { ...base.presets, locations: base.presets.locations.map((l) => (l.id === location.id ? { ...l, channels } : l)) };
      const ctx = prepare(presets);
      const lacks = new Set<string>(Object.entries({ keep: channels.returnless, dispose: channels.dispose, liquidate: channels.liquidate, relist: channels.relist })
        .filter(([, on]) => !on).map(([k]) => k));
      let d;
      try {
        d = decideReturn(input, ctx, on);
      } catch (e) {
        // Nothing allowed at all: reported, never guessed.
        expect(e).toMatchObject({ key: 'errors.noWayToEnd' });
        return;
      }
      expect(lacks.has(d.recommended.kind)).toBe(false);
      for (const o of d.options) {
        if (lacks.has(o.kind)) expect(o).toMatchObject({ allowed: false, reasons: [{ key: 'decide.reason.notAtLocation' }] });
      }
      if (d.baseline.allowed) expect(lacks.has(d.baseline.kind)).toBe(false);
      const stay = bestStay(ctx, input, on);
      if (stay.allowed) expect(lacks.has(stay.kind)).toBe(false);
    }), { numRuns: 500 });
  });

  it('more weight never lowers freight (alone or in a batch)', () => {
    fc.assert(fc.property(arbCase, fc.integer({ min: 0, max: 50_000 }), fc.nat(), (c, extraG, routeIndex) => {
      const { ctx, location, on, input } = build(c);
      const routes = ctx.presets.routes.filter((r) => r.locationId === location.id);
      if (routes.length === 0) return;
      const route = routes[routeIndex % routes.length]!;
      const heavier = { ...input, unitWeightG: input.unitWeightG + extraG };
      const freight = (i: DecisionInput, basis: 'alone' | 'batch') =>
        priceHome(ctx, i, location, route, on, basis).costLines.filter((l) => l.key.startsWith('decide.cost.freight')).reduce((s, l) => s + l.fen, 0);
      expect(freight(heavier, 'alone')).toBeGreaterThanOrEqual(freight(input, 'alone'));
      expect(freight(heavier, 'batch')).toBeGreaterThanOrEqual(freight(input, 'batch'));
    }), { numRuns: 300 });
  });

  it('seeded disposal fees never fall as weight rises', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40_000 }), fc.integer({ min: 0, max: 40_000 }), (w, extra) => {
      for (const l of SEED_PRESETS.locations) for (const t of l.disposal) {
        expect(disposalFeeMilli(t, w + extra)).toBeGreaterThanOrEqual(disposalFeeMilli(t, w));
      }
    }));
  });

  it('batches: joined ⇔ allowed and advantage > 0; ships ⇔ advantage > shared; shares add up', () => {
    fc.assert(fc.property(fc.array(arbCase, { minLength: 1, maxLength: 12 }), fc.nat(), (cases, routeIndex) => {
      const first = build(cases[0]!);
      const { ctx, location, on } = first;
      const inputs = cases.map((c, i) => ({ ...build({ ...c, ctxIndex: cases[0]!.ctxIndex, locIndex: cases[0]!.locIndex, onOffset: cases[0]!.onOffset }).input, returnId: `r${i}` }));
      const routes = ctx.presets.routes.filter((r) => r.locationId === location.id);
      if (routes.length === 0) return;
      const plan = planBatch(inputs, routes[routeIndex % routes.length]!, ctx, on);
      for (const m of plan.members) expect(m.joined).toBe(m.reasons.length === 0 && m.advantageFen > 0);
      expect(plan.ships).toBe(plan.joinedCount > 0 && plan.advantageFen > plan.shared.totalFen);
      const shares = plan.members.reduce((s, m) => s + m.sharedFen, 0);
      expect(shares).toBe(plan.joinedCount > 0 ? plan.shared.totalFen : 0);
      if (!plan.ships) expect(plan.breakEven?.moreAdvantageFen).toBe(plan.shared.totalFen - plan.advantageFen + 1);
      // The totals are the joined members' sums; the ship-by date is the earliest of the joined in time.
      const joined = plan.members.filter((m) => m.joined);
      expect(plan.joinedCount).toBe(joined.length);
      expect(plan.joinedWeightG).toBe(joined.reduce((s, m) => s + m.weightG, 0));
      expect(plan.advantageFen).toBe(joined.reduce((s, m) => s + m.advantageFen, 0));
      expect(plan.lateCount).toBe(joined.filter((m) => m.arrivesAfterExemption).length);
      const shipBy = joined.filter((m) => !m.arrivesAfterExemption && m.taxFreeShipBy !== null).map((m) => m.taxFreeShipBy!).sort();
      expect(plan.taxFreeShipBy).toBe(shipBy[0] ?? null);
      for (const m of plan.members) expect(m.netInBatchFen).toBe(m.marginFen - m.sharedFen);
    }), { numRuns: 200 });
  });
});
