import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSelected, resolveSelection, selectAll, selectedCount, selectOnly, selectRange, toggle, NO_SELECTION } from '../../../renderer/components/table/selection';

const KEYS = Array.from({ length: 50 }, (_, i) => `k${String(i).padStart(2, '0')}`);
const keyAt = (i: number) => KEYS[i];

describe('table selection', () => {
  it('Shift-click takes the rows between the anchor and the click, either way, both ends included', () => {
    // Click row 3, Shift-click row 7: rows 3,4,5,6,7. Then Shift-click row 1 instead: 1,2,3.
    const a = selectRange(selectOnly('k03', 3), 7, keyAt);
    expect([...a.keys].sort()).toEqual(['k03', 'k04', 'k05', 'k06', 'k07']);
    const b = selectRange(a, 1, keyAt);
    expect([...b.keys].sort()).toEqual(['k01', 'k02', 'k03']);
    expect(b.anchor).toBe(3);
  });

  it('Ctrl-click toggles one row; Ctrl+Shift adds a range to what was selected', () => {
    const a = toggle(selectOnly('k00', 0), 'k10', 10);
    expect([...a.keys].sort()).toEqual(['k00', 'k10']);
    expect([...toggle(a, 'k00', 0).keys]).toEqual(['k10']);
    const c = selectRange(a, 12, keyAt, true);
    expect([...c.keys].sort()).toEqual(['k00', 'k10', 'k11', 'k12']);
  });

  it('"all matching" is a flag resolved by the query, less the rows taken out since', async () => {
    const all = toggle(selectAll(), 'k02', 2);
    expect(isSelected(all, 'k01')).toBe(true);
    expect(isSelected(all, 'k02')).toBe(false);
    expect(selectedCount(all, 100_000)).toBe(99_999);
    let queried = 0;
    const ids = await resolveSelection(all, () => { queried++; return KEYS.slice(0, 4); });
    expect(ids).toEqual(['k00', 'k01', 'k03']);
    expect(queried).toBe(1);
    // A plain selection never runs the query.
    expect(await resolveSelection(selectOnly('k05', 5), () => { throw new Error('queried'); })).toEqual(['k05']);
  });

  it('counts what it resolves to, for any sequence of gestures', async () => {
    const gesture = fc.oneof(
      fc.nat({ max: 49 }).map((i) => ({ kind: 'only' as const, i })),
      fc.nat({ max: 49 }).map((i) => ({ kind: 'toggle' as const, i })),
      fc.record({ i: fc.nat({ max: 49 }), add: fc.boolean() }).map((g) => ({ kind: 'range' as const, ...g })),
      fc.constant({ kind: 'all' as const, i: 0 }),
    );
    await fc.assert(fc.asyncProperty(fc.array(gesture, { maxLength: 12 }), async (gestures) => {
      let s = NO_SELECTION;
      for (const g of gestures) {
        if (g.kind === 'only') s = selectOnly(KEYS[g.i]!, g.i);
        else if (g.kind === 'toggle') s = toggle(s, KEYS[g.i]!, g.i);
        else if (g.kind === 'range') s = selectRange(s, g.i, keyAt, 'add' in g && g.add);
        else s = selectAll();
      }
      const ids = await resolveSelection(s, () => KEYS);
      expect(ids.length).toBe(selectedCount(s, KEYS.length));
      for (const k of KEYS) expect(ids.includes(k)).toBe(isSelected(s, k));
    }));
  });
});
