import { describe, expect, it } from 'vitest';
import { aggregateDashboard, buildFacts, decisionFacts, DEFAULT_FILTERS, joinFacts, returnFacts, salesDays, salesTable, type DashboardFilters } from '../../../shared/dashboard';
import { bigDashboardLedger, smallLedger } from '../../builders/dashboard';

const TODAY = '2026-11-23';
const FILTERS: Partial<DashboardFilters>[] = [{}, { platform: 'temu' }, { country: 'DE', from: '2026-03-01', to: '2026-08-31' }, { locationId: 'us-amazon', platform: 'amazon' }];

/**
 * What the dashboard's worker reads — the kept units sold, the returns and only the orders they
 * name — and joins part by part gives the same figures as everything built from every order.
 */
describe('the dashboard from its kept parts', () => {
  for (const [name, src] of [['small ledger', smallLedger()], ['2,000 orders', bigDashboardLedger(2000, 400)]] as const) {
    it(`${name}: the same figures as from scratch, for every filter`, () => {
      const named = new Set(src.returns.map((r) => r.orderId));
      const parts = joinFacts(src, returnFacts(src, src.orders.filter((o) => named.has(o.id))), decisionFacts(src.decisions), salesTable(salesDays(src.orders).values()));
      const scratch = buildFacts(src, src.orders);
      for (const f of FILTERS) {
        const figures = aggregateDashboard(parts, { ...DEFAULT_FILTERS, ...f }, TODAY);
        expect(figures).toEqual(aggregateDashboard(scratch, { ...DEFAULT_FILTERS, ...f }, TODAY));
      }
      expect(aggregateDashboard(parts, DEFAULT_FILTERS, TODAY).rates?.soldUnits).toBeGreaterThan(0);
    });
  }

  it('a decision part joined again after the returns changed takes their buyer countries', () => {
    const src = smallLedger();
    const decisions = decisionFacts(src.decisions);
    joinFacts(src, null, decisions, null);
    expect(decisions.every((d) => d.country === '')).toBe(true);
    const facts = joinFacts(src, returnFacts(src, src.orders), decisions, null);
    // R1 came from O1 (US), R2 from O2 (US), R4 from O4 (JP): worked from smallLedger by hand.
    expect(facts.decisions.map((d) => [d.returnId, d.country])).toEqual([['R1', 'US'], ['R2', 'US'], ['R4', 'JP']]);
  });
});
