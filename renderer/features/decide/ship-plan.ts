import { decideReturn, type BatchPlan, type DecideContext, type DecisionInput } from '../../../shared/decide';
import { ValidationFailed } from '../../../shared/errors';
import type { Repositories } from '../../db/repositories';
import { createBatchFromPlan } from '../requests/create-from-plan';

/**
 * Shipping a planned batch decides each joined return "home on this route" and creates the
 * draft batch, all in one transaction: either every return is decided and batched, or none.
 */
export function shipPlan(repos: Repositories, plan: BatchPlan, inputs: ReadonlyMap<string, DecisionInput>, ctx: DecideContext, on: string): Promise<string> {
  const joined = plan.members.filter((m) => m.joined).map((m) => m.returnId);
  const { db } = repos;
  return db.transaction('rw', [db.returns, db.decisions, db.batches, db.orders], async () => {
    for (const returnId of joined) {
      const input = inputs.get(returnId);
      if (!input) throw new ValidationFailed([{ field: 'returnIds', key: 'errors.notFound' }]);
      const decision = decideReturn(input, ctx, on);
      const home = decision.options.find((o) => o.routeId === plan.routeId && o.allowed);
      if (!home) throw new ValidationFailed([{ field: 'returnIds', key: 'errors.optionNotAllowed' }]);
      await repos.decisions.accept(input, decision, home);
    }
    return createBatchFromPlan(repos, { locationId: plan.locationId, routeId: plan.routeId, districtCode: plan.districtCode, mode: plan.mode, returnIds: joined });
  });
}
