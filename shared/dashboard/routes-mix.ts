import type { TransportMode } from '../decide';
import type { DecisionFact, RouteInfo } from './facts';

/**
 * What came home, by route and by customs district of re-entry: how much, what it cost per
 * kg (every cost line of the chosen option over the goods' weight) and how long it travelled
 * (the route's transit days, as priced when decided).
 */

export interface HomeGroup {
  returns: number;
  units: number;
  weightG: number;
  costFen: number;
  /** Fen per kg, rounded; null when nothing weighed anything. */
  costPerKgFen: number | null;
  /** Mean transit days over returns whose route is still known; null when none is. */
  avgTransitDays: number | null;
}

export interface RouteRow extends HomeGroup { routeId: string; districtCode: string; mode: TransportMode | null }
export interface DistrictRow extends HomeGroup { districtCode: string; viaOriginal: number; viaOther: number }

export interface RouteMix { byRoute: RouteRow[]; byDistrict: DistrictRow[] }

interface Acc { returns: number; units: number; weightG: number; costFen: number; days: number; timed: number }
const empty = (): Acc => ({ returns: 0, units: 0, weightG: 0, costFen: 0, days: 0, timed: 0 });

function close(a: Acc): HomeGroup {
  return {
    returns: a.returns, units: a.units, weightG: a.weightG, costFen: a.costFen,
    costPerKgFen: a.weightG > 0 ? Math.round((a.costFen * 1000) / a.weightG) : null,
    avgTransitDays: a.timed > 0 ? a.days / a.timed : null,
  };
}

function addTo(a: Acc, d: DecisionFact, route: RouteInfo | undefined): void {
  a.returns += 1;
  a.units += d.units;
  a.weightG += d.weightG;
  a.costFen += d.costFen;
  if (route) {
    a.days += route.transitDays;
    a.timed += 1;
  }
}

export function routeMix(decisions: readonly DecisionFact[], routes: ReadonlyMap<string, RouteInfo>): RouteMix {
  const byRoute = new Map<string, Acc & { districtCode: string }>();
  const byDistrict = new Map<string, Acc & { viaOriginal: number; viaOther: number }>();
  for (const d of decisions) {
    if (d.kind !== 'home_original' && d.kind !== 'home_other') continue;
    const route = routes.get(d.routeId);
    const district = d.districtCode || route?.districtCode || '';
    let r = byRoute.get(d.routeId);
    if (!r) byRoute.set(d.routeId, (r = { ...empty(), districtCode: district }));
    addTo(r, d, route);
    let g = byDistrict.get(district);
    if (!g) byDistrict.set(district, (g = { ...empty(), viaOriginal: 0, viaOther: 0 }));
    addTo(g, d, route);
    if (d.kind === 'home_original') g.viaOriginal += 1;
    else g.viaOther += 1;
  }
  const heaviestFirst = <T extends { weightG: number; returns: number }>(a: T, b: T) => b.weightG - a.weightG || b.returns - a.returns;
  return {
    byRoute: [...byRoute.entries()]
      .map(([routeId, a]) => ({ ...close(a), routeId, districtCode: a.districtCode, mode: routes.get(routeId)?.mode ?? null }))
      .sort(heaviestFirst),
    byDistrict: [...byDistrict.entries()]
      .map(([districtCode, a]) => ({ ...close(a), districtCode, viaOriginal: a.viaOriginal, viaOther: a.viaOther }))
      .sort(heaviestFirst),
  };
}
