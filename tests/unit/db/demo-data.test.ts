import { describe, expect, it } from 'vitest';
import { RETURN_STATUSES, canMove } from '../../../shared/ledger/return-status';
import { DEMO_END } from '../../../shared/demo/demo-ledger';
import { orderInput } from '../../../shared/schemas/order';
import { returnInput } from '../../../shared/schemas/return';
import { BATCH_STATUSES } from '../../../shared/schemas/batch';
import { loadDemoData } from '../../../renderer/db/demo-repo';
import { freshRepositories } from './test-db';

describe('demo data', () => {
  it('fills a valid seller’s year with returns in every status', async () => {
    const { db, orders, returns } = freshRepositories();
    const counts = await loadDemoData(db, 7, 600);
    expect(counts.products).toBe(21);
    expect(counts.orders).toBe(600 + 8); // plus the Moscow showcase lots
    const all = await orders.list();
    for (const o of all) expect(orderInput.safeParse(o).success, o.orderNo).toBe(true);
    const rets = await returns.list();
    for (const r of rets) {
      expect(returnInput.safeParse(r).success, r.rmaNo).toBe(true);
      const path = r.history.map((h) => h.status);
      expect(path[0]).toBe('requested');
      expect(path[path.length - 1]).toBe(r.status);
      path.slice(1).forEach((s, i) => expect(canMove(path[i]!, s)).toBe(true));
    }
    expect(new Set(rets.map((r) => r.status))).toEqual(new Set(RETURN_STATUSES));
    // Requests has something on first run: a return batch in every status, its returns moved with it.
    const batches = await db.batches.toArray();
    expect(counts.batches).toBe(4);
    expect(batches.map((b) => b.status).sort()).toEqual([...BATCH_STATUSES].sort());
    const step = { draft: 'in_batch', submitted: 'in_transit', cleared: 'cleared', received: 'received_china' } as const;
    for (const b of batches) for (const id of b.returnIds) expect(rets.find((r) => r.id === id)?.status).toBe(step[b.status]);
    // Nothing in the demo year happens after its last day.
    expect(all.every((o) => o.orderDate <= DEMO_END)).toBe(true);
    // (The demo's batches are made, and move their returns, on the day the demo is loaded.)
    expect(rets.every((r) => r.requestedDate <= DEMO_END && (r.batchId !== null || r.history.every((h) => h.at.slice(0, 10) <= DEMO_END)))).toBe(true);
    expect(new Set(all.map((o) => o.platform)).size).toBeGreaterThanOrEqual(6);
    expect(all.some((o) => o.buyerCountry === 'RU' && o.exportDistrict === '9400' && o.exportPort.includes('Khorgos'))).toBe(true);
    expect(new Set(all.map((o) => o.exportDistrict)).size).toBeGreaterThanOrEqual(5);
  });

  it('is the same year from the same seed, and loading twice adds no duplicates', async () => {
    const a = freshRepositories();
    const b = freshRepositories();
    await loadDemoData(a.db, 11, 200);
    await loadDemoData(b.db, 11, 200);
    const nos = async (r: typeof a) => (await r.orders.list({ sort: 'orderNo' })).map((o) => `${o.platform}|${o.orderNo}|${o.lines.length}`);
    expect(await nos(a)).toEqual(await nos(b));
    const again = await loadDemoData(a.db, 11, 200);
    expect(again).toEqual({ products: 0, orders: 0, returns: 0, batches: 0 });
    expect(await a.orders.list()).toHaveLength(200 + 8);
  });
});

describe('demo decisions', () => {
  it('agree with each return’s outcome and give the dashboard a history', async () => {
    const { db, decisions, returns } = freshRepositories();
    await loadDemoData(db, 2026, 1200);
    const all = await decisions.list();
    expect(all.length).toBeGreaterThan(30);
    const byReturn = new Map((await returns.list()).map((r) => [r.id, r]));
    const homeKinds = ['home_original', 'home_other'];
    for (const d of all) {
      const ret = byReturn.get(d.returnId)!;
      expect(d.chosen.allowed).toBe(true);
      if (ret.status === 'disposed') expect(d.chosen.kind).toBe('dispose');
      if (['in_transit', 'cleared', 'received_china', 'restocked'].includes(ret.status)) expect(homeKinds).toContain(d.chosen.kind);
      expect(d.savingsFen).toBe(d.chosen.netFen - d.baselineNetFen);
    }
    // A seller following Homebound saves money against the pre-reform habit: the demo shows it.
    expect(all.reduce((sum, d) => sum + d.savingsFen, 0)).toBeGreaterThan(0);
    expect(all.filter((d) => d.recommended).length).toBeGreaterThan(all.length / 2);
  });
});
