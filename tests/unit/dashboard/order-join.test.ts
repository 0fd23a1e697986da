import { describe, expect, it } from 'vitest';
import { aggregateDashboard, buildFacts, DEFAULT_FILTERS } from '../../../shared/dashboard';
import { anOrderRow, aReturnRow, smallLedger } from '../../builders/dashboard';

/** Returns find their orders in the one pass that also counts units sold, whatever the ids look like. */
describe('joining returns to their orders', () => {
  it('tells apart orders whose ids end alike, and ignores returns whose order is gone', () => {
    const base = smallLedger();
    // Same last four characters: the quick pre-check cannot tell these apart, the join must.
    const ids = ['01J0000000000000000000ABCD', '01J1111111111111111111ABCD', '01J2222222222222222222ABCD', 'X'];
    const orders = ids.map((id, i) => anOrderRow(id, { buyerCountry: ['US', 'DE', 'JP', 'ES'][i]!, lines: [{ id: `${id}-L`, sku: 'A', qty: 10, unitPriceMinor: 100 }] }));
    const returns = [
      aReturnRow('R1', ids[1]!, `${ids[1]}-L`), aReturnRow('R2', ids[3]!, 'X-L'),
      aReturnRow('R3', '01J9999999999999999999ABCD', 'gone'),
    ];
    const src = { ...base, orders, orderCount: orders.length, returns, decisions: [] };
    const facts = buildFacts(src, src.orders);
    expect(facts.returns.map((r) => [r.id, r.country])).toEqual([['R1', 'DE'], ['R2', 'ES']]);
    const rates = aggregateDashboard(facts, DEFAULT_FILTERS, '2026-08-20').rates!;
    expect(rates.by.country.map((r) => [r.key, r.returned, r.sold])).toEqual([['DE', 1, 10], ['ES', 1, 10]]);
    expect(rates.soldUnits).toBe(40);
  });
});
