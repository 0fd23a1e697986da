import type { IsoDate } from '../dates';
import { clearanceFenAt, locationOf, type DecideContext } from './context';
import { toFen } from './currency';
import { candidates, joinedWeights, membersOf, weigh, type BatchMember, type Candidates, type StayMap, type StayPick } from './batch-members';
import type { CostLine, DecisionInput } from './model-types';
import { bestStayOf, type OptionSummary } from './options';
import type { Route } from './presets-types';
import { priceHome } from './pricing';
import { routeTable, routeTables, runTables, type RouteTable, type RunTables } from './run-tables';

export type { BatchMember } from './batch-members';

/**
 * Consolidated shipments: returns waiting at one location travel together on one route into
 * one district, so the route's fixed cost, the clearance and the minimum-weight top-up are
 * paid once. A return joins when bringing it home beats its best stay-overseas option on its
 * own variable costs; the batch ships when the joined returns' advantage exceeds the shared
 * costs.
 */

export interface SharedCosts {
  fixedFen: number;
  clearanceFen: number;
  /** Per-kg freight on the gap between the joined weight and the route's minimum. */
  topUpFen: number;
  totalFen: number;
}

export interface BreakEven {
  /** The smallest extra advantage (fen) that would make the batch worth shipping. */
  moreAdvantageFen: number;
  /** Roughly how many more grams of returns like the joined ones would supply it; null without any. */
  moreWeightG: number | null;
}

export interface BatchPlan {
  locationId: string;
  routeId: string;
  districtCode: string;
  mode: Route['mode'];
  returnDate: IsoDate;
  members: BatchMember[];
  joinedCount: number;
  joinedWeightG: number;
  chargeableG: number;
  advantageFen: number;
  shared: SharedCosts;
  /** advantage − shared costs: what shipping this batch gains over leaving everything overseas. */
  surplusFen: number;
  ships: boolean;
  breakEven: BreakEven | null;
  /** The last day this batch may leave for every joined member still able to arrive tax-free; null when none can. */
  taxFreeShipBy: IsoDate | null;
  /** Joined members this route brings home after their exemption ends (priced with taxes). */
  lateCount: number;
}

/** The best allowed stay-overseas option of a return (the disposal table's price when none is allowed). */
export function bestStay(ctx: DecideContext, input: DecisionInput, on: IsoDate): OptionSummary {
  return bestStayOf(runTables(ctx, on), input);
}

/**
 * A member's own variable cost lines on the route (no fixed, clearance or top-up), for when
 * the user expands it; plans keep only the totals so 20,000 members stay light.
 */
export function memberCostLines(ctx: DecideContext, input: DecisionInput, route: Route, on: IsoDate): CostLine[] {
  return priceHome(ctx, input, locationOf(ctx, route.locationId), route, on, 'batch').costLines;
}

/** Splits `total` fen over weights exactly (largest remainder), so the parts add up. */
export function allocateByWeight(total: number, weights: readonly number[]): number[] {
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum === 0) return weights.map(() => 0);
  // Exact integer shares: plain numbers while total × weight fits, BigInt beyond.
  const safe = weights.every((w) => Math.abs(total * w) <= 2 ** 52);
  const parts: number[] = [];
  const rests: number[] = [];
  for (const w of weights) {
    if (safe) {
      let p = Math.floor((total * w) / sum);
      if (total * w - p * sum < 0) p -= 1; // the float quotient rounded up past an integer
      parts.push(p);
      rests.push(total * w - p * sum);
    } else {
      const n = BigInt(total) * BigInt(w);
      parts.push(Number(n / BigInt(sum)));
      rests.push(Number(n % BigInt(sum)));
    }
  }
  let left = total;
  for (const p of parts) left -= p;
  // The `left` largest remainders get a fen more, ties to the earlier weight. The cut-off
  // comes from a native numeric sort, far cheaper for thousands of members than sorting
  // indices through a comparator.
  const k = Math.min(Math.ceil(left), weights.length);
  if (k > 0) {
    const sorted = Float64Array.from(rests).sort();
    const cutoff = sorted[sorted.length - k]!;
    let ties = k;
    for (const r of rests) if (r > cutoff) ties -= 1;
    for (let i = 0; i < parts.length; i++) {
      const r = rests[i]!;
      if (r > cutoff || (r === cutoff && ties-- > 0)) parts[i]! += 1;
    }
  }
  return parts;
}

/** Plans one batch for `route`. `stay` may carry each return's best stay-overseas option (from decideAll) to avoid pricing it again. */
export function planBatch(inputs: readonly DecisionInput[], route: Route, ctx: DecideContext, on: IsoDate, stay?: StayMap): BatchPlan {
  locationOf(ctx, route.locationId);
  const t = runTables(ctx, on);
  return planOn(t, candidates(inputs.filter((i) => i.locationId === route.locationId), stay), routeTable(t, route));
}

function planOn(t: RunTables, c: Candidates, rt: RouteTable): BatchPlan {
  const { ctx, on } = t;
  const route = rt.route;
  const w = weigh(t, c, rt);
  const { joinedCount, joinedWeightG, advantageFen } = w;
  const topUpG = Math.max(0, route.minChargeG - joinedWeightG);
  const fixedFen = toFen(ctx.rates, route.currency, on, [route.fixedMinor], 1);
  const clearanceFen = clearanceFenAt(ctx, route.districtCode);
  const topUpFen = toFen(ctx.rates, route.currency, on, [route.perKgMinor, topUpG], 1000);
  const shared: SharedCosts = { fixedFen, clearanceFen, topUpFen, totalFen: fixedFen + clearanceFen + topUpFen };
  const ships = joinedCount > 0 && advantageFen > shared.totalFen;
  // Built when first read: of a location's plans, the screen shows one.
  let members: BatchMember[] | undefined;
  return {
    locationId: route.locationId, routeId: route.id, districtCode: route.districtCode, mode: route.mode, returnDate: rt.returnDate,
    get members() {
      return members ??= membersOf(w, allocateByWeight(shared.totalFen, joinedWeights(w)));
    },
    joinedCount, joinedWeightG, chargeableG: Math.max(joinedWeightG, route.minChargeG),
    advantageFen, shared, surplusFen: advantageFen - shared.totalFen, ships,
    breakEven: ships ? null : breakEven(shared.totalFen - advantageFen + 1, advantageFen, joinedWeightG, topUpG, topUpFen),
    taxFreeShipBy: w.taxFreeShipBy, lateCount: w.lateCount,
  };
}

/**
 * Extra grams of returns like the joined ones that close the gap. Each gram brings the
 * joined advantage per gram, and while under the minimum it also shrinks the top-up.
 */
function breakEven(needFen: number, advantageFen: number, joinedG: number, topUpG: number, topUpFen: number): BreakEven {
  if (joinedG === 0 || advantageFen <= 0) return { moreAdvantageFen: needFen, moreWeightG: null };
  const advPerG = advantageFen / joinedG;
  const fastRate = advPerG + (topUpG > 0 ? topUpFen / topUpG : 0);
  const grams = needFen <= fastRate * topUpG ? needFen / fastRate : topUpG + (needFen - fastRate * topUpG) / advPerG;
  return { moreAdvantageFen: needFen, moreWeightG: Math.ceil(grams) };
}

export interface LocationPlan {
  /** The shipping plan that gains most, or null when no route's batch is worth shipping. */
  best: BatchPlan | null;
  /** When nothing ships: the plan nearest to break-even. */
  closest: BatchPlan | null;
  plans: BatchPlan[];
}

/** Plans a batch on every route from the location and picks the best. */
export function planLocation(inputs: readonly DecisionInput[], locationId: string, ctx: DecideContext, on: IsoDate, stay?: StayMap): LocationPlan {
  const here = inputs.filter((i) => i.locationId === locationId);
  const t = runTables(ctx, on);
  let stayMap = stay;
  if (!stayMap) {
    const m = new Map<string, StayPick>();
    for (const input of here) m.set(input.returnId, bestStayOf(t, input));
    stayMap = m;
  }
  const c = candidates(here, stayMap);
  const plans = routeTables(t, locationId).map((rt) => planOn(t, c, rt));
  let best: BatchPlan | null = null;
  let closest: BatchPlan | null = null;
  for (const p of plans) {
    if (p.ships && (!best || p.surplusFen > best.surplusFen)) best = p;
    if (!p.ships && (!closest || p.surplusFen > closest.surplusFen)) closest = p;
  }
  // The plan the Decide page shows gets its members now; the other routes' when first read.
  void (best ?? closest)?.members;
  return { best, closest: best ? null : closest, plans };
}
