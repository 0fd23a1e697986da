import type { IsoDate } from '../dates';
import { addDaysMemo as addDays } from './date-memo';
import { districtBlockers } from './eligibility';
import type { DecisionInput, OptionKind, Reason } from './model-types';
import { bestStayOf } from './options';
import { exemptOn, priceHomeOn } from './pricing';
import { locationTable, returnFacts, type LocationTable, type ReturnFacts, type RouteTable, type RunTables } from './run-tables';

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
  /** The last day the batch may leave for this member to arrive tax-free; null when the exemption does not apply to it anyway. */
  taxFreeShipBy: IsoDate | null;
  /** The route arrives after the member's exemption ends, so its margin carries duty and VAT. */
  arrivesAfterExemption: boolean;
}

/** One location's returns, ready to be weighed on each of its routes. */
export interface Candidates {
  inputs: readonly DecisionInput[];
  /** Filled by the first route weighed, in member order, so any error surfaces where it always did. */
  facts: (ReturnFacts | undefined)[];
  stays: (StayPick | undefined)[];
  stay: StayMap | undefined;
  /** The location's table, once the first member needs it. */
  loc?: LocationTable;
}

/** `inputs` all wait at one location. */
export function candidates(inputs: readonly DecisionInput[], stay?: StayMap): Candidates {
  return { inputs, facts: new Array<ReturnFacts | undefined>(inputs.length), stays: new Array<StayPick | undefined>(inputs.length), stay };
}

export function membersOn(t: RunTables, c: Candidates, rt: RouteTable): BatchMember[] {
  const members: BatchMember[] = [];
  for (let i = 0; i < c.inputs.length; i++) members.push(member(t, c, i, rt));
  return members;
}

function member(t: RunTables, c: Candidates, i: number, rt: RouteTable): BatchMember {
  const input = c.inputs[i]!;
  const loc = c.loc ??= locationTable(t, rt.route.locationId);
  let f = c.facts[i];
  if (!f) {
    f = returnFacts(t, input, loc);
    c.facts[i] = f;
  }
  const marginFen = priceHomeOn(t, f, loc, rt, 'batch', null);
  let best = c.stays[i];
  if (!best) {
    best = c.stay?.get(input.returnId) ?? bestStayOf(t, input);
    c.stays[i] = best;
  }
  const reasons = districtBlockers(input, rt.route.districtCode, rt.returnDate, t.ctx.presets);
  const advantageFen = marginFen - best.netFen;
  return {
    returnId: input.returnId, joined: reasons.length === 0 && advantageFen > 0, reasons,
    weightG: f.weightG, recoveryFen: f.homeRecoveryFen,
    marginFen, stayKind: best.kind, stayNetFen: best.netFen, advantageFen, sharedFen: 0, netInBatchFen: marginFen,
    taxFreeShipBy: f.exemptIfInTime ? addDays(f.exemptLastDay, -rt.route.transitDays) : null,
    arrivesAfterExemption: f.exemptIfInTime && !exemptOn(f, rt),
  };
}
