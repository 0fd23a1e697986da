import { decideReturn, decisionInputFromLedger, prepare, type Decision, type DecisionInput, type Option } from '../../shared/decide';
import { localToday } from '../../shared/dates';
import { namedList, ValidationFailed } from '../../shared/errors';
import { loadDecideSources } from './decide-sources';
import type { Repositories } from './repositories';

/**
 * "Decide selected": prices each selected return as the Decide page does (on a date, today by
 * default; the user's presets) and accepts its recommended option, all in one transaction. A return the model
 * cannot price (no location, no catalog product, already in a batch or closed) stops the whole
 * action, named by its RMA no.; nothing is decided then.
 */
export async function decideSelected(repos: Repositories, ids: readonly string[], on = localToday()) {
  const [sources, presets] = await Promise.all([loadDecideSources(repos.db), repos.presets.get()]);
  const ctx = prepare(presets);
  const pending = new Map(sources.returns.map((r) => [r.id, r]));
  const items: { input: DecisionInput; decision: Decision; chosen: Option }[] = [];
  const blocked: string[] = [];
  for (const id of ids) {
    const ret = pending.get(id);
    const order = ret && sources.orders.get(ret.orderId);
    const line = order?.lines.find((l) => l.id === ret?.lineId);
    const product = (line?.productId && sources.products.get(line.productId)) || sources.products.get(`sku:${line?.sku}`) || null;
    const mapped = ret && order ? decisionInputFromLedger(ret, order, product) : null;
    if (!mapped?.ok) {
      blocked.push(id);
      continue;
    }
    const decision = decideReturn(mapped.input, ctx, on);
    if (decision.recommended.allowed) items.push({ input: mapped.input, decision, chosen: decision.recommended });
    else blocked.push(id);
  }
  if (blocked.length > 0) {
    // Named by RMA no.: only the blocked returns are read, never the whole ledger's.
    const rma = new Map((await repos.returns.byIds(blocked)).map((r) => [r.id, r.rmaNo]));
    throw new ValidationFailed([{ field: 'status', key: 'errors.cannotDecide', params: { count: blocked.length, list: namedList(blocked.map((id) => rma.get(id) ?? id)) } }]);
  }
  return repos.bulk.acceptDecisions(items);
}
