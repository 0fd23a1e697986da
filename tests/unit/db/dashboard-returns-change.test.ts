import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangedKeys } from '../../../renderer/db/changed-keys';
import { DashboardLoader } from '../../../renderer/db/dashboard-sources';
import { namesOrder, patchReturnFacts, returnFacts, type ReturnsPart } from '../../../shared/dashboard';
import { SEED_PRESETS } from '../../../shared/decide';
import { spelledOut } from '../../builders/dashboard';
import { aLine, anOrder, aProduct, aReturn } from '../../builders/ledger';
import { freshRepositories } from './test-db';

/**
 * The dashboard's worker after a ledger change: the keys Dexie says were written, read again
 * (DashboardLoader.returnsChange) and patched in, give the facts a whole new read would.
 */
const listeners: ((parts: ObservabilitySet) => void)[] = [];
afterEach(() => {
  for (const l of listeners.splice(0)) Dexie.on.storagemutated.unsubscribe(l);
});

async function setUp() {
  const repos = freshRepositories();
  const loader = new DashboardLoader(repos.db);
  await repos.db.open();
  const changed = new ChangedKeys(repos.db.name);
  const listen = (parts: ObservabilitySet) => changed.note(parts);
  listeners.push(listen);
  Dexie.on('storagemutated', listen);
  const wholeRead = async (): Promise<ReturnsPart> => {
    const side = await loader.returnsSide();
    return returnFacts({ returns: side.returns, foodSkus: side.foodSkus, presets: SEED_PRESETS }, side.orders);
  };
  /** What the worker does with the keys noted since the last call. */
  const patch = async (part: ReturnsPart): Promise<ReturnsPart> => {
    const keys = changed.take();
    expect(keys.everything).toBe(false);
    const change = await loader.returnsChange(keys.returns, keys.orders.filter((id) => namesOrder(part, id)));
    return patchReturnFacts(part, { foodSkus: new Set(), presets: SEED_PRESETS }, change);
  };
  return { repos, changed, wholeRead, patch };
}

describe("the dashboard's return facts after a ledger change", () => {
  it('a return recorded, edited and deleted, and its order edited: the same facts as a whole new read', async () => {
    const { repos, changed, wholeRead, patch } = await setUp();
    const line = aLine({ sku: 'CUP', unitPriceMinor: 1000, qty: 4 });
    const o1 = await repos.orders.create(anOrder({ orderNo: 'A-1', lines: [line] }));
    const o2 = await repos.orders.create(anOrder({ orderNo: 'A-2', buyerCountry: 'DE', lines: [aLine()] }));
    await repos.returns.create(aReturn(o2.id, o2.lines[0]!.id, { rmaNo: 'RMA-1' }));
    let part = await wholeRead();
    changed.take();

    const r = await repos.returns.create(aReturn(o1.id, line.id, { rmaNo: 'RMA-2', qty: 2 }));
    part = await patch(part);
    expect(part.returns.map((f) => f.rmaNo).sort()).toEqual(['RMA-1', 'RMA-2']);
    expect(spelledOut(part)).toEqual(spelledOut(await wholeRead()));

    await repos.returns.update(r.id, aReturn(o1.id, line.id, { rmaNo: 'RMA-2', qty: 3, reason: 'damaged' }));
    part = await patch(part);
    expect(part.returns.find((f) => f.id === r.id)).toMatchObject({ units: 3, reason: 'damaged' });
    expect(spelledOut(part)).toEqual(spelledOut(await wholeRead()));

    // The order's buyer moved: its return's fact (and buyer country) follows.
    await repos.orders.update(o1.id, anOrder({ orderNo: 'A-1', buyerCountry: 'FR', lines: [line] }));
    part = await patch(part);
    expect(part.countryOf.get(r.id)).toBe('FR');
    expect(spelledOut(part)).toEqual(spelledOut(await wholeRead()));

    await repos.returns.remove(r.id);
    part = await patch(part);
    expect(part.returns.map((f) => f.rmaNo)).toEqual(['RMA-1']);
    expect(spelledOut(part)).toEqual(spelledOut(await wholeRead()));
  });

  it('an order no return names is not read again; a products change means a whole new read', async () => {
    const { repos, changed } = await setUp();
    await repos.orders.create(anOrder({ orderNo: 'B-1' }));
    const keys = changed.take();
    expect(keys.orders).toHaveLength(1);
    expect(keys.everything).toBe(false);
    await repos.products.create(aProduct({ food: true }));
    expect(changed.take().everything).toBe(true);
  });

  it('read a few rows at a time, every return, each named order once and every decision come back', async () => {
    const { repos } = await setUp();
    const o1 = await repos.orders.create(anOrder({ orderNo: 'C-1' }));
    const o2 = await repos.orders.create(anOrder({ orderNo: 'C-2', buyerCountry: 'DE' }));
    for (const [i, o] of [o1, o2, o1, o2, o1].entries()) await repos.returns.create(aReturn(o.id, o.lines[0]!.id, { rmaNo: `RMA-${i}` }));
    const paged = await new DashboardLoader(repos.db, 2).returnsSide();
    const whole = await new DashboardLoader(repos.db).returnsSide();
    expect(paged.returns.map((r) => r.rmaNo).sort()).toEqual(['RMA-0', 'RMA-1', 'RMA-2', 'RMA-3', 'RMA-4']);
    expect(paged.orders.map((o) => o.buyerCountry).sort()).toEqual(['DE', 'US']);
    expect(paged).toEqual(whole);
  });
});
