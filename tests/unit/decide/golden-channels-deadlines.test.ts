import { describe, expect, it } from 'vitest';
import { planBatch } from '../../../shared/decide/batch';
import { prepare } from '../../../shared/decide/context';
import { deadlinesOf, upcomingDeadlines } from '../../../shared/decide/deadlines';
import type { Decision, Option, OptionKind } from '../../../shared/decide/model-types';
import { decideReturn } from '../../../shared/decide/options';
import type { DecidePresets, LocationChannels } from '../../../shared/decide/presets-types';
import { aReturn, TEST_PRESETS } from '../../builders/decide';

/**
 * Hand-worked cases for issue 14. TEST_PRESETS (tests/builders/decide.ts): USD 7.00 CNY until
 * 2025-12-31, 7.20 from 2026-01-01 (1 cent = 7 or 7.2 fen). The 'us' address: disposal
 * 501–1000 g $2.00, liquidation 10% of goods cost, handling $2.00, relist fees $3.00 in all,
 * resale 80% × 50% sell-through, platform fee 10%. Routes (CNY): us-air-sha → 2200 fixed ¥100,
 * parcel ¥10, ¥50/kg, min 2 kg, 10 days; us-air-hgh → 2900 fixed ¥100, ¥10, ¥40/kg, 10 days;
 * us-sea-tna → 4300 fixed ¥100, ¥5, ¥10/kg, min 5 kg, 30 days. Clearance ¥300 (2900 ¥200);
 * haul ¥1/kg from 2200. aReturn: 1 unit of 1000 g, cost ¥100, price $30, declared $20, duty
 * 10%, VAT default 13%, 9610 via Shanghai 2200, grade A, buyer has shipped.
 */

function withUs(patch: Partial<DecidePresets['locations'][number]>): DecidePresets {
  return { ...TEST_PRESETS, locations: TEST_PRESETS.locations.map((l) => (l.id === 'us' ? { ...l, ...patch } : l)) };
}
const channels = (c: Partial<LocationChannels>): LocationChannels => ({ returnless: true, dispose: true, liquidate: true, relist: true, ...c });

function opt(d: Decision, kind: OptionKind, routeId?: string): Option {
  const o = d.options.find((x) => x.kind === kind && (routeId === undefined || x.routeId === routeId));
  if (!o) throw new Error(`no ${kind} ${routeId ?? ''}`);
  return o;
}
const line = (o: Option, key: string) => o.costLines.find((l) => l.key === `decide.cost.${key}`);
const NOT_HERE = { key: 'decide.reason.notAtLocation', params: { location: 'US return address', locationEn: 'US return address' } };

describe('golden: a location without a liquidator', () => {
  // The case: liquidation rate 0 and handling $1.00. Grade C (not relistable).
  // liquidate = 0 − handling $1.00 (700 fen) = −700; dispose = −$2.00 (1400 fen).
  // Home via 2200 for grade C: 30% × ¥100 = 3000 recovery against ≥ ¥500 of costs — far worse.
  const input = aReturn({ grade: 'C' });
  const offered = prepare(withUs({ liquidationRateBp: 0, handlingMinor: 100 }));
  const absent = prepare(withUs({ liquidationRateBp: 0, handlingMinor: 100, channels: channels({ liquidate: false }) }));

  it('with the channel on, the model liquidates at −7.00 (what the issue saw)', () => {
    const d = decideReturn(input, offered, '2025-08-01');
    expect(d.recommended).toMatchObject({ kind: 'liquidate', netFen: -700 });
  });

  it('switched off: liquidate says "not available at this location" and dispose (−1400) is recommended', () => {
    const d = decideReturn(input, absent, '2025-08-01');
    expect(opt(d, 'liquidate')).toMatchObject({ allowed: false, reasons: [NOT_HERE], netFen: -700 });
    expect(d.recommended).toMatchObject({ kind: 'dispose', netFen: -1400 });
    expect(d.baseline.kind).toBe('dispose');
  });
});

describe('golden: a location without a relist channel', () => {
  // Grade A, $30: relist would net 8400 − 840 − 2100 = 5460 and win (golden-options case 4).
  const d = decideReturn(aReturn(), prepare(withUs({ channels: channels({ relist: false }) })), '2025-08-01');

  it('relist is blocked for the location, not for the grade', () => {
    expect(opt(d, 'relist')).toMatchObject({ allowed: false, reasons: [NOT_HERE], netFen: 5460 });
  });

  it('the next best allowed option wins: liquidate 10% × ¥100 − $2.00 = 1000 − 1400 = −400', () => {
    expect(d.recommended).toMatchObject({ kind: 'liquidate', netFen: -400 });
    expect(d.savingsVsDisposeFen).toBe(-400 + 1400);
  });

  it('with every stay channel off and no allowed route, the return is reported, not guessed', () => {
    const none = prepare({ ...withUs({ channels: channels({ returnless: false, dispose: false, liquidate: false, relist: false }) }), routes: [] });
    expect(() => decideReturn(aReturn(), none, '2025-08-01')).toThrow(expect.objectContaining({ key: 'errors.noWayToEnd' }));
  });
});

describe('golden: a deadline the slow route misses and the fast one meets', () => {
  // Exported 2026-01-10 (9610): exemption to 2026-07-10. Decided 2026-06-20, nationwide rule in
  // force, so 4300 is allowed too. Air: arrives 06-30 ≤ 07-10, tax-free; last ship day
  // 07-10 − 10 = 06-30. Sea: arrives 07-20, taxed; last ship day 07-10 − 30 = 06-10, missed.
  const ctx = prepare(TEST_PRESETS);
  const input = aReturn({ exportDate: '2026-01-10', requestedDate: '2026-06-01' });
  const on = '2026-06-20';

  it('the sea option carries duty and VAT at the declaration-date rate; air is tax-free', () => {
    const d = decideReturn(input, ctx, on);
    // $20 × 7.20 (2026-01-10) = 14400; duty 10% = 1440; VAT 13% × 15840 = 2059.2 → 2059.
    const sea = opt(d, 'home_other', 'us-sea-tna');
    expect(sea.returnDate).toBe('2026-07-20');
    expect(line(sea, 'importDuty')?.fen).toBe(1440);
    expect(line(sea, 'importVat')?.fen).toBe(2059);
    expect(sea.notes.map((n) => n.key)).toEqual(['decide.exempt.months']);
    expect(line(opt(d, 'home_original', 'us-air-sha'), 'taxesExempt')?.fen).toBe(0);
  });

  it('per route, the last day to ship: 06-30 by air, 06-10 by sea', () => {
    expect(deadlinesOf(input, ctx, on)).toEqual({
      returnId: 'r1', taxExemptionLastDay: '2026-07-10', returnRightLastDay: '2027-01-10',
      routes: [
        { routeId: 'us-air-sha', taxFreeShipBy: '2026-06-30', rightShipBy: '2026-12-31' },
        { routeId: 'us-air-hgh', taxFreeShipBy: '2026-06-30', rightShipBy: '2026-12-31' },
        { routeId: 'us-sea-tna', taxFreeShipBy: '2026-06-10', rightShipBy: '2026-12-11' },
      ],
    });
  });

  it('the alert counts days to the fastest route’s last ship day (10) and names each route’s', () => {
    const [alert, ...rest] = upcomingDeadlines([input], ctx, on);
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({ kind: 'taxExemption', lastDay: '2026-07-10', daysLeft: 10 });
    expect(alert!.shipBy.map((s) => [s.routeId, s.lastShipDay, s.daysLeft])).toEqual([
      ['us-air-sha', '2026-06-30', 10], ['us-air-hgh', '2026-06-30', 10], ['us-sea-tna', '2026-06-10', -10],
    ]);
    // Sixteen days before the air route's last ship day, nothing alerts yet.
    expect(upcomingDeadlines([input], ctx, '2026-06-14')).toEqual([]);
  });

  it('a batch on the sea route warns and prices the member with taxes; on air it ships by 06-30 tax-free', () => {
    const sea = planBatch([input], TEST_PRESETS.routes.find((r) => r.id === 'us-sea-tna')!, ctx, on);
    expect(sea.members[0]).toMatchObject({ arrivesAfterExemption: true, taxFreeShipBy: '2026-06-10' });
    const air = planBatch([input], TEST_PRESETS.routes.find((r) => r.id === 'us-air-sha')!, ctx, on);
    expect(air.members[0]).toMatchObject({ arrivesAfterExemption: false, taxFreeShipBy: '2026-06-30' });
    // Same goods, same costs but freight: the sea margin is lower by the taxes 1440 + 2059 = 3499
    // and differs in freight: air batch ¥10 + ¥50 × 1 kg + haul ¥1 = 6100; sea ¥5 + ¥10 × 1 kg + haul ¥2 = 1700.
    expect(air.members[0]!.marginFen - sea.members[0]!.marginFen).toBe(3499 - (6100 - 1700));
  });
});

describe('golden: a 1210 return timed from leaving the bonded zone', () => {
  // Declared into the zone (export) 2025-03-01, left it 2025-05-20. 6 months from the zone
  // exit: to 2025-11-20 (from the export date it would have been 2025-09-01).
  // Decided 2025-10-01 via 2200 (its own district; 1210 cannot cross districts): arrives 10-11.
  const ctx = prepare(TEST_PRESETS);
  const timed = aReturn({ exportMode: '1210', exportDate: '2025-03-01', zoneExitDate: '2025-05-20' });

  it('arrives inside the 6 months from the zone exit: tax-free', () => {
    const o = opt(decideReturn(timed, ctx, '2025-10-01'), 'home_original', 'us-air-sha');
    expect(line(o, 'taxesExempt')?.fen).toBe(0);
    expect(deadlinesOf(timed, ctx, '2025-10-01').taxExemptionLastDay).toBe('2025-11-20');
  });

  it('without the zone exit date the clock runs from export and the same trip is taxed', () => {
    // $20 × 7.00 (2025-03-01) = 14000; duty 1400; VAT 13% × 15400 = 2002.
    const o = opt(decideReturn({ ...timed, zoneExitDate: null }, ctx, '2025-10-01'), 'home_original', 'us-air-sha');
    expect([line(o, 'importDuty')?.fen, line(o, 'importVat')?.fen]).toEqual([1400, 2002]);
  });

  it('late even from the zone exit: the note says the months ran from it', () => {
    // Decided 2025-11-15: arrives 11-25 > 11-20.
    const o = opt(decideReturn(timed, ctx, '2025-11-15'), 'home_original', 'us-air-sha');
    expect(o.notes).toEqual([{ key: 'decide.exempt.monthsFromZoneExit', params: { months: 6, lastDay: '2025-11-20', returnDate: '2025-11-25', zoneExitDate: '2025-05-20' } }]);
  });
});

describe('golden: taxes on the customs value at the declaration date’s rate', () => {
  const ctx = prepare(TEST_PRESETS);

  it('declared 2025-12-20 at 7.00, decided 2026-02-01 at 7.20: value 14000, not 14400', () => {
    // Grade C is not "original state": taxed. Home via 2200, every line by hand:
    // recovery 30% × ¥100 = 3000; handling $2.00 × 7.20 = 1440 (decision-date rate);
    // fixed 10000; parcel 1000; per kg ¥50 × 2 kg minimum = 10000; clearance 30000; haul 100;
    // refurbish C 1500; duty 10% × 14000 = 1400; VAT 13% × 15400 = 2002; rebate 0.
    // net = 3000 − 57442 = −54442.
    const o = opt(decideReturn(aReturn({ grade: 'C', exportDate: '2025-12-20' }), ctx, '2026-02-01'), 'home_original', 'us-air-sha');
    expect(line(o, 'importDuty')).toEqual({ key: 'decide.cost.importDuty', fen: 1400, params: { valueFen: 14000, rateBp: 1000, rateDate: '2025-12-20', declaredDate: '2025-12-20' } });
    expect(line(o, 'importVat')?.fen).toBe(2002);
    expect(line(o, 'handling')?.fen).toBe(1440);
    expect(o.netFen).toBe(-54442);
  });

  it('no rate known on the declaration date: the decision date’s, and the line says so', () => {
    // Declared 2023-12-20, before the first USD rate (2024-01-01); decided 2024-06-01 at 7.00.
    const o = opt(decideReturn(aReturn({ grade: 'C', exportDate: '2023-12-20' }), ctx, '2024-06-01'), 'home_original', 'us-air-sha');
    expect(line(o, 'importDutyDecisionRate')).toEqual({
      key: 'decide.cost.importDutyDecisionRate', fen: 1400, params: { valueFen: 14000, rateBp: 1000, rateDate: '2024-06-01', declaredDate: '2023-12-20' },
    });
  });
});
