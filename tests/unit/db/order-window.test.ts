import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyWindow } from '../../../renderer/components/table/key-window';

/**
 * The orders table reads records a page at a time around the rows in view (KeyWindow); wherever
 * the user scrolls, each row must be the order at that place in the list: none skipped, none
 * twice, none from an older list.
 */
interface Rec { id: string; v: number }
const idsOf = (n: number, prefix = 'o') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, '0')}`);
const settle = () => new Promise((r) => setTimeout(r, 0));

function store(version = 1) {
  const reads: string[][] = [];
  const records = new Map<string, Rec>();
  const load = async (ids: string[]) => {
    reads.push(ids);
    await settle();
    return ids.map((id) => records.get(id) ?? { id, v: version }).filter((r) => !r.id.startsWith('gone'));
  };
  return { reads, records, load };
}

describe('the orders window', () => {
  it('shows, for any scrolling, exactly the row at each place: no row skipped or repeated', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 3, max: 60 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 25 }),
      async (n, pageSize, scrolls) => {
        const ids = idsOf(n);
        const { load } = store();
        const win = new KeyWindow<Rec>(load, pageSize, 4);
        win.setIds(ids);
        await settle(); await settle();
        expect(win.snapshot()?.count).toBe(n);
        const seen: string[] = [];
        for (const [s, len] of scrolls) {
          const start = n === 0 ? 0 : s % n;
          const end = Math.min(n, start + len);
          win.setRange(start, end);
          await settle(); await settle();
          const view = win.snapshot()!;
          for (let i = start; i < end; i++) expect(view.at(i)?.id).toBe(ids[i]);
        }
        // Scrolling top to bottom, one screen at a time, reads every row once and in order.
        for (let start = 0; start < n; start += 17) {
          win.setRange(start, Math.min(n, start + 17));
          await settle(); await settle();
          for (let i = start; i < Math.min(n, start + 17); i++) seen.push(win.snapshot()!.at(i)!.id);
        }
        expect(seen).toEqual(ids);
      },
    ), { numRuns: 40 });
  });

  it('reads only the pages around the view, never the whole list', async () => {
    const { load, reads } = store();
    const win = new KeyWindow<Rec>(load, 100);
    win.setIds(idsOf(100_000));
    await settle(); await settle();
    expect(reads.flat()).toHaveLength(100);
    win.setRange(50_000, 50_021);
    await settle(); await settle();
    expect(reads.slice(1).flat()).toEqual(idsOf(100_000).slice(49_900, 50_100));
    expect(win.snapshot()?.at(50_010)?.id).toBe('o50010');
  });

  it('keeps showing the current list until the new one has its rows, then shows edited records', async () => {
    const { load, records } = store();
    const win = new KeyWindow<Rec>(load, 10);
    const ids = idsOf(30);
    win.setIds(ids);
    expect(win.snapshot()).toBeUndefined();
    await settle(); await settle();
    expect(win.snapshot()?.at(0)).toEqual({ id: 'o00000', v: 1 });

    // The ledger changed: the same ids in a new list, one record edited, one new order first.
    records.set('o00000', { id: 'o00000', v: 2 });
    const next = ['new', ...ids];
    win.setIds(next);
    expect(win.snapshot()?.ids).toBe(ids);
    await settle(); await settle();
    expect(win.snapshot()?.ids).toBe(next);
    expect(win.snapshot()?.count).toBe(31);
    expect(win.snapshot()?.at(0)?.id).toBe('new');
    expect(win.snapshot()?.at(1)).toEqual({ id: 'o00000', v: 2 });
  });

  it('drops the answer of a list that was replaced before it arrived', async () => {
    const { load } = store();
    const win = new KeyWindow<Rec>(load, 10);
    win.setIds(idsOf(5, 'old'));
    win.setIds(idsOf(3, 'new'));
    await settle(); await settle();
    expect(win.snapshot()?.ids).toEqual(idsOf(3, 'new'));
    expect(win.snapshot()?.at(0)?.id).toBe('new00000');
  });

  it('shows an empty list, and a row deleted meanwhile as not there rather than as another order', async () => {
    const { load } = store();
    const win = new KeyWindow<Rec>(load, 10);
    win.setIds([]);
    await settle();
    expect(win.snapshot()?.count).toBe(0);
    win.setIds(['a', 'gone-b', 'c']);
    await settle(); await settle();
    expect([0, 1, 2].map((i) => win.snapshot()?.at(i)?.id)).toEqual(['a', undefined, 'c']);
  });

  it('after a write, takes a deleted order out of the list and the count at once, and shows an edit', async () => {
    const { load, records } = store();
    const win = new KeyWindow<Rec>(load, 10);
    win.setIds(['a', 'b', 'c']);
    await settle(); await settle();
    records.set('b', { id: 'gone-b', v: 1 });
    records.set('c', { id: 'c', v: 2 });
    await win.refresh();
    await settle(); await settle();
    expect(win.snapshot()?.ids).toEqual(['a', 'c']);
    expect(win.snapshot()?.count).toBe(2);
    expect(win.snapshot()?.at(1)).toEqual({ id: 'c', v: 2 });
  });

  it('holds the reading of more ids while the user scrolls well inside those known, not near their end', async () => {
    const { load } = store();
    const win = new KeyWindow<Rec>(load, 10);
    win.setFirstIds(idsOf(400), 10_000);
    await settle(); await settle();
    let released = false;
    win.setRange(20, 40);
    void win.idle(400, 10).then(() => { released = true; });
    await new Promise((r) => setTimeout(r, 60));
    expect(released).toBe(false);
    win.setRange(320, 340); // within 10 pages of the end of what is known
    await new Promise((r) => setTimeout(r, 200));
    expect(released).toBe(true);
  });

  it('lets a failed read reach the page, as a failed query does', async () => {
    const win = new KeyWindow<Rec>(() => Promise.reject(new Error('disk gone')), 10);
    win.setIds(['a']);
    await settle();
    expect(() => win.snapshot()).toThrow('disk gone');
  });
});
