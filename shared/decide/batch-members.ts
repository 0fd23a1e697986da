import { locationOf } from './context';
import { districtBlockers } from './eligibility';
import type { DecisionInput, Option, OptionKind, Reason } from './model-types';
import { bestOf, stayOptions } from './options';
import type { Route } from './presets-types';
import { arrivalDate, priceHome } from './pricing';
import { blocked, homeNetFen, locationTable, orNull, returnFacts, routeTable, type ReturnFacts, type RouteTable, type RunTables } from './run-tables';

/**
 * The members of a batch: each return's margin on the route against its best stay-overseas
 * option. One location's returns are weighed on every route from it, so what does not depend
 * on the route (the return's facts, its best stay option) is worked out once.
 */

export interface StayPick { kind: OptionKind; netFen: number }
export type StayMap = ReadonlyMap<string, StayPick>;

export interface BatchMember {
  returnId: string;
  joined: boolean;
  /** Rules that keep it out of this batch (district, 1-year limit). */
  reasons: Reason[];
  weightG: number;
  recoveryFen: number;
  /** recovery − its own variable costs on this route (memberCostLines lists them). */
  marginFen: number;
  stayKind: OptionKind;
  stayNetFen: number;
  /** margin − best stay-overseas net: what joining gains before shared costs. */
  advantageFen: number;
  /** Its weight-proportional part of the shared costs (joined members only, else 0). */
  sharedFen: number;
  /** margin − shared part: its net if it ships in this batch. */
  netInBatchFen: number;
}

/** The best allowed stay-overseas option of a return (dispose is always allowed). */
export function stayOf(t: RunTables, input: DecisionInput): Option {
  const options = stayOptions(t.ctx, input, locationOf(t.ctx, input.locationId), t.on);
  return bestOf(options.filter((o) => o.allowed)) ?? (options[1] as Option);
}

/** One location's returns, ready to be weighed on each of its routes. */
export interface Candidates {
  inputs: readonly DecisionInput[];
  /** null: the run's tables cannot take it, priceHome prices it. */
  facts: (ReturnFacts | null)[];
  /** Filled by the first route weighed, in member order, so any error surfaces where it always did. */
  stays: (StayPick | undefined)[];
  stay: StayMap | undefined;
}

/** `inputs` all wait at `locationId`. */
export function candidates(t: RunTables, locationId: string, inputs: readonly DecisionInput[], stay?: StayMap): Candidates {
  const loc = locationTable(t, locationId);
  const facts = inputs.map((input) => loc && returnFacts(t, input, loc));
  return { inputs, facts, stays: new Array<StayPick | undefined>(inputs.length), stay };
}

/** A member's margin as priceHome('batch') gives it, for a return the run's tables cannot take (it then throws as before). */
function slowMargin(t: RunTables, input: DecisionInput, route: Route): { recoveryFen: number; marginFen: number } {
  const priced = priceHome(t.ctx, input, locationOf(t.ctx, route.locationId), route, t.on, 'batch');
  let cost = 0;
  for (const l of priced.costLines) cost += l.fen;
  return { recoveryFen: priced.recoveryFen, marginFen: priced.recoveryFen - cost };
}

/** homeNetFen for the batch, or NaN when the tables cannot price it (a missing rate). */
function quickMargin(t: RunTables, f: ReturnFacts, rt: RouteTable): number {
  try {
    return homeNetFen(t, f, rt, false);
  } catch {
    return Number.NaN;
  }
}

export function membersOn(t: RunTables, c: Candidates, route: Route): BatchMember[] {
  const rt = orNull(() => routeTable(t, route));
  const returnDate = arrivalDate(route, t.on);
  const members: BatchMember[] = [];
  for (let i = 0; i < c.inputs.length; i++) members.push(member(t, c, i, route, rt, returnDate));
  return members;
}

function member(t: RunTables, c: Candidates, i: number, route: Route, rt: RouteTable | null, returnDate: string): BatchMember {
  const input = c.inputs[i]!;
  const f = c.facts[i] ?? null;
  let recoveryFen = f ? f.homeRecoveryFen : 0;
  let marginFen = f && rt ? quickMargin(t, f, rt) : Number.NaN;
  if (Number.isNaN(marginFen)) ({ recoveryFen, marginFen } = slowMargin(t, input, route));
  let best = c.stays[i];
  if (!best) {
    best = c.stay?.get(input.returnId) ?? stayOf(t, input);
    c.stays[i] = best;
  }
  const reasons = f && rt && !blocked(f, rt) ? [] : districtBlockers(input, route.districtCode, returnDate, t.ctx.presets);
  const advantageFen = marginFen - best.netFen;
  return {
    returnId: input.returnId, joined: reasons.length === 0 && advantageFen > 0, reasons,
    weightG: input.qty * input.unitWeightG, recoveryFen,
    marginFen, stayKind: best.kind, stayNetFen: best.netFen, advantageFen, sharedFen: 0, netInBatchFen: marginFen,
  };
}
