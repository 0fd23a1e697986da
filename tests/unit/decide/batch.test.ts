import { describe, expect, it } from 'vitest';
import { allocateByWeight, planBatch, planLocation } from '../../../shared/decide/batch';
import { prepare } from '../../../shared/decide/context';
import type { Route } from '../../../shared/decide/presets-types';
import { aReturn, TEST_PRESETS } from '../../builders/decide';

/**
 * Batch golden cases on TEST_PRESETS, decided 2025-08-01 (pilot period), route us-air-hgh:
 * → Hangzhou 2900, fixed ¥100, ¥10 per parcel, ¥40/kg, min 2 kg, clearance ¥200, haul ¥0.5/kg.
 * Every return: 1 unit, 1000 g, grade A, price $30, exported 9610 via 2200 on 2025-06-01.
 * Own variable costs on this route: handling $2 = 1400 + parcel 1000 + ¥40 × 1 kg = 4000
 * + haul 50 = 6450 fen. Best stay-overseas: relist 5460 (golden case 4), unless cost is high
 * enough that liquidation (10% of cost − 1400) beats it.
 */
const ctx = prepare(TEST_PRESETS);
const hgh = TEST_PRESETS.routes.find((r) => r.id === 'us-air-hgh') as Route;
const on = '2025-08-01';

const r1 = aReturn({ returnId: 'r1', goodsCostFen: 20000 }); // margin 13550, advantage 13550 − 5460 = 8090
const r2 = aReturn({ returnId: 'r2', goodsCostFen: 5000 }); // margin −1450, advantage −6910 → leaves
const r3 = aReturn({ returnId: 'r3', goodsCostFen: 50000, exportDistrict: '4300' }); // Jinan is no pilot district → leaves
const r4 = aReturn({ returnId: 'r4', goodsCostFen: 40000 }); // margin 33550, advantage 28090

describe('batch golden cases', () => {
  it('join/leave per return, with reasons', () => {
    const plan = planBatch([r1, r2, r3], hgh, ctx, on);
    const [m1, m2, m3] = plan.members;
    expect(m1).toMatchObject({ joined: true, marginFen: 13550, stayKind: 'relist', stayNetFen: 5460, advantageFen: 8090 });
    expect(m2).toMatchObject({ joined: false, marginFen: -1450, advantageFen: -6910, reasons: [] });
    expect(m3).toMatchObject({ joined: false, reasons: [{ key: 'decide.reason.originNotListed', params: { district: '4300' } }] });
  });

  it('break-even: shared 34000 (fixed 10000 + clearance 20000 + top-up 1 kg × ¥40) vs advantage 8090', () => {
    const plan = planBatch([r1, r2, r3], hgh, ctx, on);
    expect(plan.shared).toEqual({ fixedFen: 10000, clearanceFen: 20000, topUpFen: 4000, totalFen: 34000 });
    expect(plan.ships).toBe(false);
    expect(plan.surplusFen).toBe(8090 - 34000);
    // Needs 34000 − 8090 + 1 = 25911 more. Returns like r1 bring 8.09 fen/g, and the first
    // 1000 g also remove 4 fen/g of top-up: 1000 g × 12.09 = 12090; the remaining
    // 13821 / 8.09 = 1708.4 g → 2708.4 → 2709 g ("2.7 kg more").
    expect(plan.breakEven).toEqual({ moreAdvantageFen: 25911, moreWeightG: 2709 });
  });

  it('ships once r4 joins: advantage 8090 + 28090 = 36180 > shared 30000 (2 kg meets the minimum)', () => {
    const plan = planBatch([r1, r2, r3, r4], hgh, ctx, on);
    expect(plan).toMatchObject({ joinedCount: 2, joinedWeightG: 2000, chargeableG: 2000, advantageFen: 36180, ships: true, surplusFen: 6180, breakEven: null });
    expect(plan.shared.topUpFen).toBe(0);
    // shared 30000 split by weight 1000 : 1000 → 15000 each; net in batch = margin − share.
    const joined = plan.members.filter((m) => m.joined);
    expect(joined.map((m) => [m.returnId, m.sharedFen, m.netInBatchFen])).toEqual([['r1', 15000, -1450], ['r4', 15000, 18550]]);
  });

  it('picks the best route for the location', () => {
    // us-air-sha (original 2200): r1 adv 12500 − 5460 = 7040, r4 27040 → 34080 < 40000 (¥100 + ¥300).
    // us-sea-tna (4300): only r3 may go (its original district): margin 50000 − (1400 + 500 +
    // 1000 + 200) = 46900, adv 41440 < 10000 + 30000 + 4 kg × ¥10 = 44000.
    const { best, closest, plans } = planLocation([r1, r2, r3, r4], 'us', ctx, on);
    expect(plans.map((p) => [p.routeId, p.ships, p.surplusFen])).toEqual([
      ['us-air-sha', false, 34080 - 40000], ['us-air-hgh', true, 6180], ['us-sea-tna', false, 41440 - 44000],
    ]);
    expect(best?.routeId).toBe('us-air-hgh');
    expect(closest).toBeNull();
  });

  it('routes not picked keep their members, shares and totals', () => {
    const { plans } = planLocation([r1, r2, r3, r4], 'us', ctx, on);
    const [sha, , tna] = plans;
    // us-air-sha: r1 margin 7040 + 5460 = 12500 (own costs 20000 − 12500 = 7500 for 1 kg),
    // r4 27040 + 5460 = 32500 (relist 5460 beats r4's liquidation 4000 − 1400 = 2600); r2
    // 5000 − 7500 = −2500 leaves; r3 50000 − 7500 = 42500 but 4300 is no pilot district.
    // Shared ¥100 + ¥300 = 40000, no top-up at 2 kg, split 1000 : 1000 → 20000 each.
    expect(sha).toMatchObject({ joinedCount: 2, joinedWeightG: 2000, advantageFen: 34080, shared: { totalFen: 40000 }, breakEven: { moreAdvantageFen: 5921 } });
    expect(sha!.members.map((m) => [m.returnId, m.joined, m.marginFen, m.sharedFen, m.netInBatchFen])).toEqual([
      ['r1', true, 12500, 20000, -7500], ['r2', false, -2500, 0, -2500], ['r3', false, 42500, 0, 42500], ['r4', true, 32500, 20000, 12500],
    ]);
    expect(sha!.members[2]!.reasons.map((r) => r.key)).toEqual(['decide.reason.originNotListed']);
    // us-sea-tna: only r3 (exported via 4300) may go; it bears all 44000 of the shared costs.
    expect(tna).toMatchObject({ joinedCount: 1, joinedWeightG: 1000, chargeableG: 5000, advantageFen: 41440, shared: { topUpFen: 4000, totalFen: 44000 } });
    expect(tna!.members.filter((m) => m.joined).map((m) => [m.returnId, m.marginFen, m.sharedFen, m.netInBatchFen])).toEqual([['r3', 46900, 44000, 2900]]);
  });

  it('no joined returns: break-even without a weight estimate', () => {
    const plan = planBatch([r2], hgh, ctx, on);
    // nobody joins: advantage 0; shared 10000 + 20000 + top-up 2 kg × ¥40 = 38000 → 38001 more
    expect(plan.breakEven).toEqual({ moreAdvantageFen: 38001, moreWeightG: null });
  });
});

describe('allocateByWeight', () => {
  it('largest remainder, sums exactly', () => {
    expect(allocateByWeight(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // 100 × 1/3 = 33.3, 100 × 2/3 = 66.7 → 33 + 67
    expect(allocateByWeight(100, [1, 2])).toEqual([33, 67]);
    expect(allocateByWeight(0, [5, 5])).toEqual([0, 0]);
    expect(allocateByWeight(7, [0, 0])).toEqual([0, 0]);
  });
});
