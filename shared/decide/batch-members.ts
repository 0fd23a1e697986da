import type { IsoDate } from '../dates';
import { addDaysMemo as addDays } from './date-memo';
import { districtBlockers, NO_REASONS } from './eligibility';
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

/**
 * One route's weighing of a location's returns, a column per figure: a location's plans
 * weigh tens of thousands of returns on every route, and only the plan the user sees needs
 * member objects (membersOf builds them, from these columns).
 */
export interface Weighed {
  t: RunTables;
  c: Candidates;
  rt: RouteTable;
  marginFen: Float64Array;
  /** 1 where the member joins: allowed on the route and gaining over its best stay. */
  joined: Uint8Array;
  /** 1 where a rule keeps the member out (membersOf asks districtBlockers again for which). */
  blocked: Uint8Array;
  joinedCount: number;
  joinedWeightG: number;
  advantageFen: number;
  /** Joined members arriving after their exemption ends. */
  lateCount: number;
  /** The earliest ship-by date of the joined members still able to arrive tax-free. */
  taxFreeShipBy: IsoDate | null;
}

/** Weighs every candidate on the route, in member order, and adds up the joined ones. */
export function weigh(t: RunTables, c: Candidates, rt: RouteTable): Weighed {
  const n = c.inputs.length;
  const w: Weighed = {
    t, c, rt, marginFen: new Float64Array(n), joined: new Uint8Array(n), blocked: new Uint8Array(n),
    joinedCount: 0, joinedWeightG: 0, advantageFen: 0, lateCount: 0, taxFreeShipBy: null,
  };
  for (let i = 0; i < n; i++) {
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
    const reasons = districtBlockers(input, rt.route.districtCode, rt.returnDate, t.ctx.presets, f.rightLastDay);
    const advantageFen = marginFen - best.netFen;
    w.marginFen[i] = marginFen;
    if (reasons.length > 0) w.blocked[i] = 1;
    else if (advantageFen > 0) {
      w.joined[i] = 1;
      w.joinedCount += 1;
      w.joinedWeightG += f.weightG;
      w.advantageFen += advantageFen;
      if (late(f, rt)) w.lateCount += 1;
      else {
        const by = shipBy(f, rt);
        if (by !== null && (w.taxFreeShipBy === null || by < w.taxFreeShipBy)) w.taxFreeShipBy = by;
      }
    }
  }
  return w;
}

/** The last day the batch may leave for this return to arrive tax-free; null when the exemption does not apply to it anyway. */
function shipBy(f: ReturnFacts, rt: RouteTable): IsoDate | null {
  return f.exemptIfInTime ? addDays(f.exemptLastDay, -rt.route.transitDays) : null;
}

function late(f: ReturnFacts, rt: RouteTable): boolean {
  return f.exemptIfInTime && !exemptOn(f, rt);
}

/** The joined members' weights, in member order (what the shared costs are split by). */
export function joinedWeights(w: Weighed): number[] {
  const out: number[] = [];
  for (let i = 0; i < w.joined.length; i++) if (w.joined[i]) out.push(w.c.facts[i]!.weightG);
  return out;
}

/** The member objects; `shares` are the joined members' parts of the shared costs, in member order. */
export function membersOf(w: Weighed, shares: readonly number[]): BatchMember[] {
  const { c, rt } = w;
  const presets = w.t.ctx.presets;
  const members: BatchMember[] = [];
  let k = 0;
  for (let i = 0; i < c.inputs.length; i++) {
    const f = c.facts[i]!;
    const best = c.stays[i]!;
    const marginFen = w.marginFen[i]!;
    const joined = w.joined[i] === 1;
    const sharedFen = joined ? shares[k++] ?? 0 : 0;
    members.push({
      returnId: f.input.returnId, joined, reasons: w.blocked[i] ? districtBlockers(f.input, rt.route.districtCode, rt.returnDate, presets, f.rightLastDay) : NO_REASONS,
      weightG: f.weightG, recoveryFen: f.homeRecoveryFen,
      marginFen, stayKind: best.kind, stayNetFen: best.netFen, advantageFen: marginFen - best.netFen, sharedFen, netInBatchFen: marginFen - sharedFen,
      taxFreeShipBy: shipBy(f, rt), arrivesAfterExemption: late(f, rt),
    });
  }
  return members;
}
