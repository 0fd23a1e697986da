import { daysBetween, type IsoDate } from '../dates';
import { routesOn, type DecideContext } from './context';
import { addDaysMemo as addDays } from './date-memo';
import { districtBlockers, exemptionConditions, exemptionLastDay, exemptionStart, returnRightLastDay } from './eligibility';
import type { DecisionInput } from './model-types';
import type { Route, TransportMode } from './presets-types';
import { arrivalDate } from './run-tables';

/**
 * The two clocks that run on every return: the tax-free window (6 months from export, or from
 * leaving the bonded zone for 1210) and the e-commerce return right (1 year from export).
 * Their dates are the last day (inclusive) the goods may be declared at China customs; what a
 * seller can act on is the last day to SHIP, which is that day minus each route's transit.
 */

export interface RouteShipBy {
  routeId: string;
  districtCode: string;
  mode: TransportMode;
  transitDays: number;
  /** Last day the goods may leave on this route and still arrive by the clock's last day. */
  lastShipDay: IsoDate;
  /** Days from the decision date to it (negative: missed on this route). */
  daysLeft: number;
}

export interface ReturnDeadlines {
  returnId: string;
  /** Last day of the tax exemption, or null when it does not hold on `on` anyway. */
  taxExemptionLastDay: IsoDate | null;
  returnRightLastDay: IsoDate;
  /** Per route from the return's location (that may take it home), the last ship day for each clock. */
  routes: { routeId: string; taxFreeShipBy: IsoDate | null; rightShipBy: IsoDate }[];
}

/** Routes from the return's location bookable on `on` whose district may take the return (the 1-year clock aside). */
function usableRoutes(input: DecisionInput, ctx: DecideContext, on: IsoDate): Route[] {
  return routesOn(ctx, input.locationId, on).filter((r) =>
    districtBlockers(input, r.districtCode, arrivalDate(r, on), ctx.presets).every((b) => b.key === 'decide.reason.pastOneYear'));
}

function clocks(input: DecisionInput, ctx: DecideContext, on: IsoDate): { exempt: IsoDate | null; right: IsoDate } {
  const exemptDay = exemptionLastDay(exemptionStart(input), ctx.presets);
  const holds = exemptionConditions(input, ctx.presets).length === 0 && on <= exemptDay;
  return { exempt: holds ? exemptDay : null, right: returnRightLastDay(input.exportDate, ctx.presets) };
}

export function deadlinesOf(input: DecisionInput, ctx: DecideContext, on: IsoDate): ReturnDeadlines {
  const { exempt, right } = clocks(input, ctx, on);
  return {
    returnId: input.returnId,
    taxExemptionLastDay: exempt,
    returnRightLastDay: right,
    routes: usableRoutes(input, ctx, on).map((r) => ({
      routeId: r.id,
      taxFreeShipBy: exempt === null ? null : addDays(exempt, -r.transitDays),
      rightShipBy: addDays(right, -r.transitDays),
    })),
  };
}

export interface DeadlineAlert {
  returnId: string;
  kind: 'taxExemption' | 'returnRight';
  /** The clock's last day at China customs. */
  lastDay: IsoDate;
  /**
   * Days to the last ship day on the fastest route (0 = ship today; negative = no route
   * arrives in time any more); without routes, days to `lastDay`.
   */
  daysLeft: number;
  /** Each usable route's last ship day, latest (fastest route) first. */
  shipBy: RouteShipBy[];
}

/**
 * Returns whose last day to ship on the fastest route falls within `withinDays` of `on`
 * (inclusive), or has passed while the clock itself still runs; soonest first.
 */
export function upcomingDeadlines(inputs: readonly DecisionInput[], ctx: DecideContext, on: IsoDate, withinDays = 14): DeadlineAlert[] {
  const alerts: DeadlineAlert[] = [];
  // A clock further off than the slowest route's transit plus the window cannot alert: skip its routes.
  const slowest = new Map<string, number>();
  for (const input of inputs) {
    let maxTransit = slowest.get(input.locationId);
    if (maxTransit === undefined) {
      maxTransit = Math.max(0, ...routesOn(ctx, input.locationId, on).map((r) => r.transitDays));
      slowest.set(input.locationId, maxTransit);
    }
    const { exempt, right } = clocks(input, ctx, on);
    const clockList: [DeadlineAlert['kind'], IsoDate | null][] = [['taxExemption', exempt], ['returnRight', right]];
    let routes: Route[] | null = null;
    for (const [kind, lastDay] of clockList) {
      if (lastDay === null || lastDay < on || daysBetween(on, lastDay) > withinDays + maxTransit) continue;
      routes ??= usableRoutes(input, ctx, on);
      const shipBy = routes
        .map((r) => {
          const lastShipDay = addDays(lastDay, -r.transitDays);
          return { routeId: r.id, districtCode: r.districtCode, mode: r.mode, transitDays: r.transitDays, lastShipDay, daysLeft: daysBetween(on, lastShipDay) };
        })
        .sort((a, b) => b.daysLeft - a.daysLeft);
      const daysLeft = shipBy[0]?.daysLeft ?? daysBetween(on, lastDay);
      if (daysLeft <= withinDays) alerts.push({ returnId: input.returnId, kind, lastDay, daysLeft, shipBy });
    }
  }
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft || (a.returnId < b.returnId ? -1 : a.returnId > b.returnId ? 1 : 0));
}
