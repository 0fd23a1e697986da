import { describe, expect, it } from 'vitest';
import { aggregateDashboard, buildFacts, DEFAULT_FILTERS, salesTableOf, type DashboardFilters } from '../../../shared/dashboard';
import { smallLedger } from '../../builders/dashboard';

/** Every expected figure below is worked out by hand from tests/builders/dashboard.ts. */
const TODAY = '2026-08-20';
const run = (f: Partial<DashboardFilters> = {}, src = smallLedger()) => aggregateDashboard(buildFacts(src, src.orders), { ...DEFAULT_FILTERS, ...f }, TODAY, salesTableOf(src.orders));

describe('savings per month', () => {
  it('sums savings (vs baseline, vs dispose) and chosen, baseline and dispose nets per month, keeping the month without decisions', () => {
    const d = run();
    expect(d.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(d.savings.months).toEqual([
      // R1 dispose (−1500) + R2's later decision home (+3000); baselines −1500 − 800; dispose −1500 − 1200.
      // vs dispose: R1 0, R2 3000 + 1200 = 4200; March 900 + 300 = 1200.
      { month: '2026-01', chosenFen: 1500, baselineFen: -2300, disposeFen: -2700, savingsFen: 3800, cumulativeFen: 3800, vsDisposeFen: 4200, decisions: 2 },
      { month: '2026-02', chosenFen: 0, baselineFen: 0, disposeFen: 0, savingsFen: 0, cumulativeFen: 3800, vsDisposeFen: 0, decisions: 0 },
      { month: '2026-03', chosenFen: 900, baselineFen: 900, disposeFen: -300, savingsFen: 0, cumulativeFen: 3800, vsDisposeFen: 1200, decisions: 1 },
    ]);
    expect(d.savings.totalSavingsFen).toBe(3800);
    // vs always dispose: 0 + (3000 + 1200) + (900 + 300)
    expect(d.savings.totalVsDisposeFen).toBe(5400);
  });

  it('follows a date range, including a month with nothing in it', () => {
    const d = run({ from: '2026-02-01', to: '2026-03-31' });
    expect(d.months).toEqual(['2026-02', '2026-03']);
    expect(d.savings.months.map((m) => m.chosenFen)).toEqual([0, 900]);
    expect(d.savings.totalVsDisposeFen).toBe(1200);
  });

  it('narrows by platform, buyer country and overseas location', () => {
    expect(run({ platform: 'amazon' }).savings.months.map((m) => m.chosenFen)).toEqual([-1500, 0, 900]);
    expect(run({ country: 'US' }).savings.totalSavingsFen).toBe(3800);
    // US orders are all from January, so the months follow the data and end there.
    expect(run({ country: 'US' }).savings.months.map((m) => m.decisions)).toEqual([2]);
    expect(run({ locationId: 'jp-amazon' }).savings.decisions).toBe(1);
  });
});

describe('recovered value, outcome mix, route mix', () => {
  it('splits recovered value from goods cost written off', () => {
    expect(run().recovery).toEqual([
      // R1: 2 × 2600 written off; R2 recovered 5000 > 2600, nothing written off.
      { month: '2026-01', recoveredFen: 5000, writtenOffFen: 5200 },
      { month: '2026-02', recoveredFen: 0, writtenOffFen: 0 },
      { month: '2026-03', recoveredFen: 2000, writtenOffFen: 1000 },
    ]);
  });

  it('counts each outcome once per return', () => {
    const mix = Object.fromEntries(run().outcomes.map((o) => [o.kind, [o.returns, o.units, o.netFen]]));
    expect(mix).toEqual({ keep: [0, 0, 0], dispose: [1, 2, -1500], liquidate: [0, 0, 0], relist: [1, 1, 900], home_original: [0, 0, 0], home_other: [1, 1, 3000] });
  });

  it('prices what came home per kg with the route transit days', () => {
    const { byRoute, byDistrict } = run().routes;
    // 2000 fen of costs over 0.38 kg = 5263.16 fen/kg; us-air-sha takes 9 days into Shanghai (2200).
    expect(byRoute).toEqual([{ routeId: 'us-air-sha', districtCode: '2200', mode: 'air', returns: 1, units: 1, weightG: 380, costFen: 2000, costPerKgFen: 5263, avgTransitDays: 9 }]);
    expect(byDistrict).toEqual([{ districtCode: '2200', viaOriginal: 0, viaOther: 1, returns: 1, units: 1, weightG: 380, costFen: 2000, costPerKgFen: 5263, avgTransitDays: 9 }]);
  });
});

describe('return rates', () => {
  it('divides returned by sold units, worst first', () => {
    const { by, soldUnits, returnedUnits } = run().rates!;
    expect([soldUnits, returnedUnits]).toEqual([31, 5]);
    expect(by.sku.map((r) => [r.key, r.returned, r.sold])).toEqual([['C', 1, 2], ['A', 3, 20], ['B', 1, 9]]);
    expect(by.sku[1]!.rate).toBeCloseTo(0.15, 10);
    expect(by.reason.map((r) => [r.key, r.returned, r.sold])).toEqual([['defective', 3, 31], ['damaged', 1, 31], ['size_fit', 1, 31]]);
    expect(by.country.map((r) => [r.key, r.returned, r.sold])).toEqual([['JP', 1, 2], ['ES', 1, 4], ['US', 3, 25]]);
    expect(by.platform.map((r) => [r.key, r.returned, r.sold])).toEqual([['aliexpress', 1, 4], ['amazon', 3, 17], ['temu', 1, 10]]);
  });

  it('counts returns against the orders sold in the range', () => {
    const { by, soldUnits } = run({ from: '2026-03-01' }).rates!;
    expect(soldUnits).toBe(6);
    expect(by.sku.map((r) => [r.key, r.returned, r.sold])).toEqual([['C', 1, 2], ['B', 1, 4]]);
  });

  it('keeps only the ten worst', () => {
    const src = smallLedger();
    const lines = Array.from({ length: 14 }, (_, i) => ({ id: `X${i}`, sku: `S${String(i).padStart(2, '0')}`, qty: 10, unitPriceMinor: 100 }));
    const order = { ...src.orders[0]!, id: 'OX', lines };
    const returns = lines.map((l, i) => ({ ...src.returns[0]!, id: `RX${i}`, orderId: 'OX', lineId: l.id, sku: l.sku, qty: 1 + (i % 5) }));
    const { by } = run({}, { ...src, orders: [order], returns, decisions: [] }).rates!;
    expect(by.sku).toHaveLength(10);
    expect(by.sku[0]!.rate).toBeCloseTo(0.5, 10);
  });
});

describe('refunds in foreign currencies', () => {
  it('converts at the rate on the request date and says what had no rate', () => {
    const d = run();
    // R1 2 × US$19.99 × 7.1 = ¥283.858 → 28386 fen; R2 US$10 → 7100; R3 €25 × 7.8 → 19500; R4 in JPY has no rate.
    // No refund is recorded on any of them: all four are assumed in full; no label, no fee.
    expect(d.refunds).toEqual({ fen: 28386 + 7100 + 19500, unconverted: 1, assumed: 4, labelsFen: 0, feesKeptFen: 0 });
    expect(buildFacts(smallLedger(), smallLedger().orders).missingRates).toEqual(['JPY']);
  });

  it('uses the refund, seller-paid label and kept fees a return records, at the rate on the refund date', () => {
    const src = smallLedger();
    const returns = src.returns.map((r) => (r.id === 'R2' ? { ...r, refundMinor: 800, refundDate: '2026-02-02', labelCostMinor: 799, labelPaidBy: 'seller' as const, feesKeptMinor: 150 }
      : r.id === 'R3' ? { ...r, labelCostMinor: 900, labelPaidBy: 'buyer' as const } : r));
    const d = run({}, { ...src, returns });
    // R2 refunded US$8.00 of its US$10 × 7.1 = 5680 fen (not 7100); label US$7.99 × 7.1 = 56.729 → 5673 fen;
    // fees kept US$1.50 × 7.1 = 1065 fen. R3's label was the buyer's, so it is no cost of the seller's.
    expect(d.refunds).toEqual({ fen: 28386 + 5680 + 19500, unconverted: 1, assumed: 3, labelsFen: 5673, feesKeptFen: 1065 });
  });
});

describe('deadlines', () => {
  it('lists open returns about to lose the tax exemption', () => {
    const d = run();
    // R3 left China 2026-03-06 → exempt until 2026-09-06, 17 days after 2026-08-20; its 1-year right is far off.
    expect(d.deadlines?.soonest).toEqual([{ returnId: 'R3', rmaNo: 'RMA-R3', sku: 'B', kind: 'taxExemption', lastDay: '2026-09-06', daysLeft: 17 }]);
    expect(d.deadlines?.buckets.map((b) => [b.from, b.to, b.taxExemption, b.returnRight])).toEqual([[0, 6, 0, 0], [7, 13, 0, 0], [14, 20, 1, 0], [21, 30, 0, 0]]);
  });

  it('knows food never gets the exemption, and counts the 1-year right', () => {
    const src = smallLedger({ foodSkus: new Set(['B']) });
    const d = aggregateDashboard(buildFacts(src, src.orders), DEFAULT_FILTERS, '2027-03-01', null);
    expect(d.deadlines?.soonest).toEqual([{ returnId: 'R3', rmaNo: 'RMA-R3', sku: 'B', kind: 'returnRight', lastDay: '2027-03-06', daysLeft: 5 }]);
  });
});
describe('deadlines of 1210 goods', () => {
  it('count the 6 months from leaving the bonded zone', () => {
    // O3 as 1210, declared into the zone 2026-03-06, out of it 2026-05-10: exempt to 2026-11-10
    // (not 2026-09-06); on 2026-11-01 that is 9 days away.
    const src = smallLedger();
    src.orders = src.orders.map((o) => (o.id === 'O3' ? { ...o, exportMode: '1210' as const, zoneExitDate: '2026-05-10' } : o));
    // On TODAY (2026-08-20) the export-date clock would end in 17 days (the test above); this one is 82 days off.
    expect(run({}, src).deadlines?.soonest.filter((x) => x.returnId === 'R3')).toEqual([]);
    const later = aggregateDashboard(buildFacts(src, src.orders), DEFAULT_FILTERS, '2026-11-01', salesTableOf(src.orders));
    expect(later.deadlines?.soonest.filter((x) => x.returnId === 'R3')).toEqual([{ returnId: 'R3', rmaNo: 'RMA-R3', sku: 'B', kind: 'taxExemption', lastDay: '2026-11-10', daysLeft: 9 }]);
  });
});


describe('before the orders are read', () => {
  it('already has the decision figures; rates, deadlines and refunds wait', () => {
    const d = aggregateDashboard(buildFacts(smallLedger(), null), DEFAULT_FILTERS, TODAY, null);
    expect([d.rates, d.deadlines, d.refunds]).toEqual([null, null, null]);
    expect(d.savings.totalSavingsFen).toBe(3800);
    expect(d.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(d.decisionsPending).toBe(false);
  });

  it('waits for the orders when a buyer country is chosen', () => {
    const d = aggregateDashboard(buildFacts(smallLedger(), null), { ...DEFAULT_FILTERS, country: 'US' }, TODAY, null);
    expect(d.decisionsPending).toBe(true);
    expect(d.savings.decisions).toBe(0);
  });
});

describe('an empty ledger', () => {
  it('has no months and says so', () => {
    const d = run({}, smallLedger({ orders: [], orderCount: 0, returns: [], decisions: [] }));
    expect(d.ledgerEmpty).toBe(true);
    expect(d.months).toEqual([]);
    expect(d.rates?.by.sku).toEqual([]);
  });
});
