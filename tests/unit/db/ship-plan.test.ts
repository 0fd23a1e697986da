import { describe, expect, it } from 'vitest';
import { decideAll, decisionInputFromLedger, planLocation, prepare, SEED_PRESETS, type DecisionInput } from '../../../shared/decide';
import { DEMO_END } from '../../../shared/demo/demo-ledger';
import { loadDecideSources } from '../../../renderer/db/decide-sources';
import { loadDemoData } from '../../../renderer/db/demo-repo';
import { shipPlan } from '../../../renderer/features/decide/ship-plan';
import { freshRepositories } from './test-db';

describe('shipping a planned batch from Decide', () => {
  it('decides every joined return home on the plan’s route and batches them, in one go', async () => {
    const repos = freshRepositories();
    await loadDemoData(repos.db, 2026, 300);
    const sources = await loadDecideSources(repos.db);
    const ctx = prepare(SEED_PRESETS);
    const inputs = new Map<string, DecisionInput>();
    for (const ret of sources.returns.filter((r) => r.locationId === 'ru-moscow')) {
      const order = sources.orders.get(ret.orderId)!;
      const mapped = decisionInputFromLedger(ret, order, sources.products.get(order.lines.find((l) => l.id === ret.lineId)!.productId!) ?? null);
      if (mapped.ok) inputs.set(ret.id, mapped.input);
    }
    const { decisions } = decideAll([...inputs.values()], ctx, DEMO_END);
    const plan = planLocation([...inputs.values()], 'ru-moscow', ctx, DEMO_END, new Map(decisions.map((d) => [d.returnId, d.bestStay]))).best!;
    expect(plan.ships).toBe(true);

    const batchId = await shipPlan(repos, plan, inputs, ctx, DEMO_END);
    const batch = await repos.batches.get(batchId);
    const joined = plan.members.filter((m) => m.joined).map((m) => m.returnId);
    expect(batch?.returnIds.sort()).toEqual([...joined].sort());
    expect(batch).toMatchObject({ status: 'draft', returnDistrict: plan.districtCode, routeId: plan.routeId });
    for (const id of joined) {
      expect((await repos.returns.get(id))?.status).toBe('in_batch');
      expect((await repos.decisions.latestFor(id))?.chosen.routeId).toBe(plan.routeId);
    }
  });
});
