import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateDashboard, DEFAULT_FILTERS, joinFacts, namesOrder, patchReturnFacts, returnFacts, salesTableOf, type DashOrder, type DashReturn, type ReturnsPart } from '../../../shared/dashboard';
import { anOrderRow, aReturnRow, smallLedger, spelledOut } from '../../builders/dashboard';

/**
 * The dashboard's worker keeps the return facts and, after a ledger change, works out again
 * only the returns written or deleted and those naming an order written or deleted
 * (patchReturnFacts). Whatever the changes, the facts must be those built from scratch from
 * the returns as they now are, read in id order as IndexedDB gives them.
 */
const base = smallLedger();
const src = { foodSkus: new Set(['F']), presets: base.presets };
const TODAY = '2026-11-23';

const orderIds = ['O1', 'O2', 'O3', 'O4', 'O5', 'O6'];
const anOrder = fc.record({
  id: fc.constantFrom(...orderIds),
  platform: fc.constantFrom('amazon', 'temu', 'ebay'),
  orderDate: fc.constantFrom('2026-01-10', '2026-03-05', '2026-06-30'),
  buyerCountry: fc.constantFrom('US', 'DE', 'JP'),
  // JPY has no rate: those refunds count as unconverted and name their currency.
  currency: fc.constantFrom('USD', 'EUR', 'JPY'),
  exportMode: fc.constantFrom('9610', '1210', '0110'),
  zoneExit: fc.option(fc.constant('2026-02-01'), { nil: undefined }),
  price: fc.integer({ min: 1, max: 50_000 }),
}).map(({ id, zoneExit, price, ...o }): DashOrder => anOrderRow(id, {
  ...o, exportDate: o.orderDate, ...(zoneExit ? { zoneExitDate: zoneExit } : {}),
  lines: [{ id: `${id}-a`, sku: 'A', qty: 3, unitPriceMinor: price }, { id: `${id}-b`, sku: 'F', qty: 1, unitPriceMinor: 700 }],
}));

const returnIds = Array.from({ length: 12 }, (_, i) => `R${String(i).padStart(2, '0')}`);
const aReturn = fc.record({
  id: fc.constantFrom(...returnIds),
  orderId: fc.constantFrom(...orderIds),
  line: fc.constantFrom('a', 'b', 'gone'),
  qty: fc.integer({ min: 1, max: 3 }),
  reason: fc.constantFrom('defective', 'damaged', 'size_fit'),
  grade: fc.constantFrom('A', 'B', 'C'),
  status: fc.constantFrom('requested', 'disposed', 'in_transit'),
  refundMinor: fc.option(fc.integer({ min: 0, max: 9_000 }), { nil: undefined }),
  labelCostMinor: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
}).map(({ id, orderId, line, ...r }): DashReturn => aReturnRow(id, orderId, `${orderId}-${line}`, {
  ...r, sku: line === 'b' ? 'F' : 'A', requestedDate: '2026-07-01', ...(r.labelCostMinor ? { labelPaidBy: 'seller' } : {}),
}));

type Step = { kind: 'putReturn'; r: DashReturn } | { kind: 'deleteReturn'; id: string } | { kind: 'putOrder'; o: DashOrder } | { kind: 'deleteOrder'; id: string };
const aStep: fc.Arbitrary<Step> = fc.oneof(
  aReturn.map((r) => ({ kind: 'putReturn' as const, r })),
  fc.constantFrom(...returnIds).map((id) => ({ kind: 'deleteReturn' as const, id })),
  anOrder.map((o) => ({ kind: 'putOrder' as const, o })),
  fc.constantFrom(...orderIds).map((id) => ({ kind: 'deleteOrder' as const, id })),
);

const byId = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => (a.id < b.id ? -1 : 1));

/** What the worker does with one committed change: the keys written, re-read as they now are. */
function apply(part: ReturnsPart, step: Step, returns: Map<string, DashReturn>, orders: Map<string, DashOrder>): ReturnsPart {
  if (step.kind === 'putReturn') returns.set(step.r.id, step.r);
  if (step.kind === 'deleteReturn') returns.delete(step.id);
  if (step.kind === 'putOrder') orders.set(step.o.id, step.o);
  if (step.kind === 'deleteOrder') orders.delete(step.id);
  const returnKey = step.kind === 'putReturn' ? step.r.id : step.kind === 'deleteReturn' ? step.id : undefined;
  const orderKey = step.kind === 'putOrder' ? step.o.id : step.kind === 'deleteOrder' ? step.id : undefined;
  const put = returnKey === undefined ? [] : [returns.get(returnKey)].filter((r) => r !== undefined);
  const deleted = returnKey !== undefined && !returns.has(returnKey) ? [returnKey] : [];
  if (orderKey !== undefined && namesOrder(part, orderKey)) put.push(...[...returns.values()].filter((r) => r.orderId === orderKey));
  const named = put.map((r) => orders.get(r.orderId)).filter((o) => o !== undefined);
  return patchReturnFacts(part, src, { put, deleted, orders: named });
}

describe('return facts patched after ledger changes', () => {
  it('equal the facts built from scratch, after any sequence of writes and deletes', () => {
    fc.assert(fc.property(fc.array(anOrder, { maxLength: 6 }), fc.array(aReturn, { maxLength: 10 }), fc.array(aStep, { minLength: 1, maxLength: 12 }), (os, rs, steps) => {
      const orders = new Map(os.map((o) => [o.id, o]));
      const returns = new Map(rs.map((r) => [r.id, r]));
      let part = returnFacts({ ...src, returns: byId(returns) }, byId(orders));
      for (const step of steps) {
        part = apply(part, step, returns, orders);
        const scratch = returnFacts({ ...src, returns: byId(returns) }, byId(orders));
        expect(spelledOut(part)).toEqual(spelledOut(scratch));
      }
      const sales = salesTableOf(byId(orders));
      const figures = (p: ReturnsPart) => aggregateDashboard(joinFacts({ orderCount: orders.size, presets: src.presets }, p, [], sales), DEFAULT_FILTERS, TODAY);
      expect(figures(part)).toEqual(figures(returnFacts({ ...src, returns: byId(returns) }, byId(orders))));
    }), { numRuns: 300 });
  });

  it('an edited return changes its own fact and keeps every other one as it was', () => {
    // Two returns of O1 (USD 7.1): R2's refund recorded as 10.00 USD = 71.00 CNY = 7,100 fen.
    const orders = [anOrderRow('O1', { lines: [{ id: 'L1', sku: 'A', qty: 2, unitPriceMinor: 1999 }] })];
    const r1 = aReturnRow('R1', 'O1', 'L1');
    const part = returnFacts({ ...src, returns: [r1, aReturnRow('R2', 'O1', 'L1')] }, orders);
    const kept = part.returns[0];
    const next = patchReturnFacts(part, src, { put: [aReturnRow('R2', 'O1', 'L1', { refundMinor: 1000 })], deleted: [], orders });
    expect(next.returns[0]).toBe(kept);
    expect(next.returns[1]).toMatchObject({ id: 'R2', refundFen: 7100, refundAssumed: false });
  });
});
