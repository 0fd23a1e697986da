import type { DecisionInput, OptionKind } from './model-types';
import { disposalFeeMilli } from './pricing';
import { applyRatio } from './ratio';
import { blocked, homeNetFen, locationTable, returnFacts, routeTables, salesRatio, type RunTables } from './run-tables';
import { beats, type DecisionSummary, type OptionSummary } from './summary';

/**
 * summarize(decideReturn(input, …)) for a batch run, from the run's tables instead of cost
 * lines: the same options in the same order with the same nets, and the same picks.
 * Returns null when the return needs the full path (a missing rate, an unknown location,
 * numbers that are not integers), which then reports or throws exactly as before.
 */

function option(kind: OptionKind, allowed: boolean, netFen: number, districtCode?: string, routeId?: string): OptionSummary {
  return { kind, districtCode, routeId, allowed, netFen };
}

export function quickSummary(t: RunTables, input: DecisionInput): DecisionSummary | null {
  const loc = locationTable(t, input.locationId);
  const routes = loc && routeTables(t, input.locationId);
  const f = loc && routes && returnFacts(t, input, loc);
  if (!loc || !routes || !f) return null;
  const location = loc.location;
  const q = f.qty;
  const fl = f.firstLegFen;

  let cost = 0;
  cost += fl;
  cost += applyRatio(loc.dispose, q, disposalFeeMilli(loc.disposal, input.unitWeightG));
  const dispose = option('dispose', true, 0 - cost);

  const liquidationFen = applyRatio(loc.liquidation, q, input.goodsCostFen);
  cost = 0;
  cost += fl;
  cost += f.handlingFen;
  const liquidate = option('liquidate', true, liquidationFen - cost);

  const salesFen = applyRatio(salesRatio(t, loc, input.saleCurrency), q, input.unitPriceMinor);
  cost = 0;
  cost += fl;
  cost += applyRatio(loc.platformFee, salesFen);
  for (const fee of loc.relistFees) cost += applyRatio(fee, q);
  const relist = option('relist', location.relistGrades.includes(input.grade), salesFen - cost);

  let original = false;
  for (const rt of routes) original ||= rt.route.districtCode === input.exportDistrict;
  // Sized once: 20,000 summaries are most of what a run keeps in memory.
  const options = new Array<OptionSummary>(4 + routes.length + (original ? 0 : 1));
  options[0] = option('keep', !input.buyerShipped, 0 - 0);
  options[1] = dispose;
  options[2] = liquidate;
  options[3] = relist;
  let k = 4;
  for (const rt of routes) {
    const district = rt.route.districtCode;
    const kind = district === input.exportDistrict ? 'home_original' : 'home_other';
    options[k++] = option(kind, !blocked(f, rt), homeNetFen(t, f, rt, true), district, rt.route.id);
  }
  if (!original) options[k] = option('home_original', false, 0 - 0, input.exportDistrict);

  // decideReturn's three bestOf picks over the allowed options, in one pass.
  let recommended: OptionSummary | undefined;
  let baseline: OptionSummary | undefined;
  let bestStay: OptionSummary | undefined;
  for (let i = 0; i < options.length; i++) {
    const o = options[i]!;
    if (!o.allowed) continue;
    if (beats(o, recommended)) recommended = o;
    const stays = i < 4; // keep, dispose, liquidate, relist come first
    if ((stays || o.kind === 'home_original') && beats(o, baseline)) baseline = o;
    if (stays && beats(o, bestStay)) bestStay = o;
  }
  recommended ??= dispose;
  baseline ??= dispose;
  bestStay ??= dispose;
  return {
    returnId: input.returnId, on: t.on, options, recommended, baseline, bestStay,
    disposeNetFen: dispose.netFen,
    savingsFen: Math.max(0, recommended.netFen - baseline.netFen),
    savingsVsDisposeFen: Math.max(0, recommended.netFen - dispose.netFen),
  };
}
