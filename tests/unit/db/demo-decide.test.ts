import { describe, expect, it } from 'vitest';
import { decideReturn, decisionInputFromLedger, prepare, SEED_PRESETS } from '../../../shared/decide';
import { DEMO_END } from '../../../shared/demo/demo-ledger';
import { loadDemoData } from '../../../renderer/db/demo-repo';
import { loadDecideSources } from '../../../renderer/db/decide-sources';
import { freshRepositories } from './test-db';

/** The demo's Moscow lots must tell the reform's story with the seeded presets. */
describe('demo data through the decision model', () => {
  it('brings the 9610 Moscow lot home by TIR via Hangzhou and the 9810 lot via its original district', async () => {
    const { db } = freshRepositories();
    await loadDemoData(db, 2026, 300);
    const sources = await loadDecideSources(db);
    const ctx = prepare(SEED_PRESETS);
    const decide = (rmaNo: string) => {
      const ret = sources.returns.find((r) => r.rmaNo === rmaNo)!;
      const order = sources.orders.get(ret.orderId)!;
      const product = sources.products.get(order.lines[0]!.productId!)!;
      const mapped = decisionInputFromLedger(ret, order, product);
      if (!mapped.ok) throw new Error(JSON.stringify(mapped.missing));
      return decideReturn(mapped.input, ctx, DEMO_END);
    };
    const retail = decide('RMA-MSK-9610');
    expect(retail.recommended).toMatchObject({ kind: 'home_other', districtCode: '2900', routeId: 'ru-tir-hgh' });
    expect(retail.savingsFen).toBeGreaterThan(0); // the reform is what makes Hangzhou possible
    const warehouse = decide('RMA-MSK-9810');
    expect(warehouse.recommended).toMatchObject({ kind: 'home_original', districtCode: '9400' });
    expect(warehouse.options.filter((o) => o.kind === 'home_other').every((o) => !o.allowed)).toBe(true);
  });

  it('gives every demo return at a seeded location what the model needs', async () => {
    const { db } = freshRepositories();
    await loadDemoData(db, 5, 400);
    const sources = await loadDecideSources(db);
    const located = sources.returns.filter((r) => r.locationId !== null);
    expect(located.length).toBeGreaterThan(10);
    for (const ret of located) {
      const order = sources.orders.get(ret.orderId)!;
      const line = order.lines.find((l) => l.id === ret.lineId)!;
      expect(decisionInputFromLedger(ret, order, sources.products.get(line.productId!) ?? null).ok).toBe(true);
    }
  });
});
