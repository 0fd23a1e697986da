import { decideReturn, decisionInputFromLedger, prepare, type DecidePresets, type Option, type OptionKind } from '../decide';
import type { ReturnStatus } from '../ledger/return-status';
import type { DecisionRecord } from '../schemas/decision';
import type { LedgerOrder } from '../decide/from-ledger';
import type { Product } from '../schemas/product';
import type { ReturnRecord } from '../schemas/return';

/** What each outcome status says was chosen, so the demo's decisions agree with its ledger. */
const OUTCOME_KIND: Partial<Record<ReturnStatus, OptionKind | 'home'>> = {
  kept_by_buyer: 'keep', disposed: 'dispose', liquidated: 'liquidate', relisted: 'relist',
  in_batch: 'home', in_transit: 'home', cleared: 'home', received_china: 'home', restocked: 'home', refurbished: 'home',
};

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
