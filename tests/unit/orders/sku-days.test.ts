import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { movedIds, skuDayMoves, skuDays, type SkuDayOrder } from '../../../shared/search/sku-days';

const arbOrder = (id: string) => fc.record({
  id: fc.constant(id),
  skus: fc.uniqueArray(fc.constantFrom('CUP', 'CUP-2', 'LAMP'), { minLength: 1, maxLength: 3 }),
  orderDate: fc.constantFrom('2026-01-05', '2026-01-06'),
});

/** A ledger of up to 8 orders by id, each there or not, before and after a write. */
const arbLedgers = fc.tuple(...Array.from({ length: 8 }, (_, i) => fc.tuple(fc.option(arbOrder(`0${i}`)), fc.option(arbOrder(`0${i}`)))));

describe("each SKU's orders by day (skuDays)", () => {
  it("a write's moves, applied to the rows before it, give the rows after it from scratch", () => {
    fc.assert(fc.property(arbLedgers, (pairs) => {
      const present = (orders: (SkuDayOrder | null)[]) => orders.filter((o): o is SkuDayOrder => o !== null);
      const before = skuDays(present(pairs.map(([b]) => b)));
      const after = skuDays(present(pairs.map(([, a]) => a)));
      const moves = skuDayMoves(pairs.map(([b, a]) => [b ?? undefined, a ?? undefined] as const));
      const rows = new Map(before.map((r) => [r.id, r.ids]));
      for (const [key, move] of moves) rows.set(key, movedIds(rows.get(key) ?? [], move));
      const moved = [...rows].filter(([, ids]) => ids.length > 0).map(([id, ids]) => ({ id, ids }));
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      expect(moved.sort(byId)).toEqual(after.sort(byId));
    }));
  });

  it('keeps ids sorted as IndexedDB sorts keys, by UTF-16 code unit (not by locale)', () => {
    // 'Z' (0x5A) before 'a' (0x61) before 'é' (0xE9); a locale compare would put 'a' first.
    expect(movedIds(['Z1', 'é1'], { gone: new Set(), came: new Set(['a1', 'Z0']) })).toEqual(['Z0', 'Z1', 'a1', 'é1']);
    expect(movedIds(['Z0', 'Z1', 'a1'], { gone: new Set(['Z1']), came: new Set() })).toEqual(['Z0', 'a1']);
  });

  it('one row per SKU and order date, a SKU twice on an order counted once', () => {
    expect(skuDays([{ id: 'B', skus: ['CUP', 'CUP'], orderDate: '2026-01-05' }, { id: 'A', skus: ['CUP', 'LAMP'], orderDate: '2026-01-05' }])).toEqual([
      { id: 'CUP\u00002026-01-05', ids: ['A', 'B'] },
      { id: 'LAMP\u00002026-01-05', ids: ['A'] },
    ]);
  });
});
