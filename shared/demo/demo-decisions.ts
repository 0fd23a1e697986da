import { decideReturn, decisionInputFromLedger, prepare, type DecidePresets, type Option, type OptionKind } from '../decide';
import type { ReturnStatus } from '../ledger/return-status';
import { demoHistory, whereaboutsOf } from './demo-ledger';
import type { DecisionRecord } from '../schemas/decision';
import type { LedgerOrder } from '../decide/from-ledger';
import type { Product } from '../schemas/product';
import type { ReturnRecord } from '../schemas/return';

/** What each outcome status says was chosen, so the demo's decisions agree with its ledger. */
const OUTCOME_KIND: Partial<Record<ReturnStatus, OptionKind | 'home'>> = {
  kept_by_buyer: 'keep', disposed: 'dispose', liquidated: 'liquidate', relisted: 'relist',
  in_batch: 'home', in_transit: 'home', cleared: 'home', received_china: 'home', restocked: 'home', refurbished: 'home',
};

/** Where a return following each recommendation ends up in the demo. */
const STATUS_OF_KIND: Record<OptionKind, ReturnStatus | null> = {
  keep: 'kept_by_buyer', dispose: 'disposed', liquidate: 'liquidated', relist: 'relisted', home_original: null, home_other: null,
};
const HOME_PROGRESS: ReadonlySet<ReturnStatus> = new Set(['in_batch', 'in_transit', 'cleared', 'received_china', 'restocked', 'refurbished']);

/**
 * Makes the demo's returns past deciding follow the model, as a seller using Homebound would:
 * each keeps its place in the journey but its outcome is the recommended one. The first return
 * of each overseas outcome keeps it, so the demo still shows every status (the journey home is
 * shown by the Moscow lots).
 */
export function followRecommendations(returns: ReturnRecord[], orders: ReadonlyMap<string, LedgerOrder>, products: Product[], presets: DecidePresets): ReturnRecord[] {
  const ctx = prepare(presets);
  const bySku = new Map(products.map((p) => [p.sku, p]));
  const seen = new Set<ReturnStatus>();
  return returns.map((ret) => {
    const first = !seen.has(ret.status) && !HOME_PROGRESS.has(ret.status);
    seen.add(ret.status);
    const order = orders.get(ret.orderId);
    if (first || !OUTCOME_KIND[ret.status] || !order || ret.locationId === null) return ret;
    const mapped = decisionInputFromLedger(ret, order, bySku.get(ret.sku) ?? null);
    if (!mapped.ok) return ret;
    const decidedAt = (ret.history.find((h) => h.status === 'decided') ?? ret.history[ret.history.length - 1])!.at;
    let kind: OptionKind;
    try {
      kind = decideReturn(mapped.input, ctx, decidedAt.slice(0, 10)).recommended.kind;
    } catch {
      return ret;
    }
    const status = STATUS_OF_KIND[kind] ?? (HOME_PROGRESS.has(ret.status) ? ret.status : 'received_china');
    if (status === ret.status) return ret;
    return { ...ret, status, history: demoHistory(status, ret.requestedDate), whereabouts: whereaboutsOf(status, { next: () => 0 }) };
  });
}

/**
 * Decisions for the demo's returns that are past deciding, priced by the model on the day they
 * were decided, so the dashboard's savings have a history to show from the first run.
 */
export function demoDecisions(returns: ReturnRecord[], orders: ReadonlyMap<string, LedgerOrder>, products: Product[], presets: DecidePresets, makeId: () => string): DecisionRecord[] {
  const ctx = prepare(presets);
  const bySku = new Map(products.map((p) => [p.sku, p]));
  const records: DecisionRecord[] = [];
  for (const ret of returns) {
    const wanted = OUTCOME_KIND[ret.status] ?? (ret.status === 'decided' ? 'recommended' : undefined);
    const order = orders.get(ret.orderId);
    if (!wanted || !order || ret.locationId === null) continue;
    const decidedAt = (ret.history.find((h) => h.status === 'decided') ?? ret.history[ret.history.length - 1])!.at;
    const mapped = decisionInputFromLedger(ret, order, bySku.get(ret.sku) ?? null);
    if (!mapped.ok) continue;
    let decision;
    try {
      decision = decideReturn(mapped.input, ctx, decidedAt.slice(0, 10));
    } catch {
      continue;
    }
    const fits = (o: Option) => o.allowed && (wanted === 'home' ? o.kind === 'home_original' || o.kind === 'home_other' : o.kind === wanted);
    const chosen = wanted === 'recommended' ? decision.recommended : fits(decision.recommended) ? decision.recommended : [...decision.options].filter(fits).sort((a, b) => b.netFen - a.netFen)[0];
    if (!chosen) continue;
    records.push({
      id: makeId(), returnId: ret.id, decidedAt, on: decision.on, chosen, recommended: chosen === decision.recommended,
      baselineNetFen: decision.baseline.netFen, disposeNetFen: decision.dispose.netFen,
      savingsFen: chosen.netFen - decision.baseline.netFen, savingsVsDisposeFen: chosen.netFen - decision.dispose.netFen,
      input: mapped.input,
    });
  }
  return records;
}
