import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  decideAll, decisionInputFromLedger, planLocation, prepare, upcomingDeadlines,
  type DecideContext, type DecisionInput, type DecisionSummary, type LocationPlan, type DeadlineAlert, type DecidePresets, type Reason,
} from '../../../shared/decide';
import type { ReturnRecord } from '../../../shared/schemas/return';
import { loadDecideSources, type DecideSources } from '../../db/decide-sources';
import { useServices } from '../../app/services';

export interface DecideRow {
  ret: ReturnRecord;
  input: DecisionInput;
  summary: DecisionSummary | undefined;
  failure: Reason | undefined;
}

export interface DecideView {
  /** The location shown: the one asked for, or the first one when none was chosen yet. */
  locationId: string;
  presets: DecidePresets;
  ctx: DecideContext;
  sources: DecideSources;
  rows: DecideRow[];
  unpriced: { ret: ReturnRecord; missing: Reason[] }[];
  plan: LocationPlan | null;
  deadlines: (DeadlineAlert & { ret: ReturnRecord })[];
}

/**
 * Loads what the Decide page prices and runs the pure model over it: per-return summaries for
 * the chosen location, that location's batch plan, and deadlines across every location.
 */
export function useDecide(chosenLocationId: string, on: string): DecideView | undefined {
  const { repos } = useServices();
  const presets = useLiveQuery(() => repos.presets.get(), [repos]);
  const sources = useLiveQuery(() => loadDecideSources(repos.db), [repos]);

  return useMemo(() => {
    if (!presets || !sources) return undefined;
    const locationId = chosenLocationId || presets.locations[0]?.id || '';
    const ctx = prepare(presets);
    const inputs: DecisionInput[] = [];
    const byId = new Map<string, ReturnRecord>();
    const unpriced: DecideView['unpriced'] = [];
    for (const ret of sources.returns) {
      const order = sources.orders.get(ret.orderId);
      if (!order) continue;
      const line = order.lines.find((l) => l.id === ret.lineId);
      const product = (line?.productId && sources.products.get(line.productId)) || sources.products.get(`sku:${line?.sku}`) || null;
      const mapped = decisionInputFromLedger(ret, order, product);
      if (mapped.ok) {
        inputs.push(mapped.input);
        byId.set(ret.id, ret);
      } else if (ret.locationId === locationId || ret.locationId === null) unpriced.push({ ret, missing: mapped.missing });
    }
    const here = inputs.filter((i) => i.locationId === locationId);
    const { decisions, failures } = decideAll(here, ctx, on);
    const summaries = new Map(decisions.map((d) => [d.returnId, d]));
    const failed = new Map(failures.map((f) => [f.returnId, { key: f.key, params: f.params }]));
    const rows = here.map((input) => ({ ret: byId.get(input.returnId)!, input, summary: summaries.get(input.returnId), failure: failed.get(input.returnId) }));
    const stay = new Map(decisions.map((d) => [d.returnId, d.bestStay]));
    const plan = here.length ? planLocation(here.filter((i) => stay.has(i.returnId)), locationId, ctx, on, stay) : null;
    const deadlines = upcomingDeadlines(inputs, ctx, on).map((a) => ({ ...a, ret: byId.get(a.returnId)! }));
    return { locationId, presets, ctx, sources, rows, unpriced, plan, deadlines };
  }, [presets, sources, chosenLocationId, on]);
}
