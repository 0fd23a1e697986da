import type { IsoDate } from '../dates';
import { rateBook, type RateBook } from './currency';
import { DecideError } from './model-types';
import type { DecidePresets, OverseasLocation, PlatformReturnRule, Route } from './presets-types';

/**
 * Presets indexed once for a run of decisions, so deciding 20,000 returns does not search
 * arrays 20,000 times. Build it with prepare() whenever the presets change.
 */
export interface DecideContext {
  presets: DecidePresets;
  rates: RateBook;
  locations: Map<string, OverseasLocation>;
  routesByLocation: Map<string, Route[]>;
  clearanceFen: Map<string, number>;
  haulPerKgFen: Map<string, number>;
  /** Keyed `platform:currency`: a platform's bands are priced in one currency per marketplace. */
  platformRules: Map<string, PlatformReturnRule>;
}

export function prepare(presets: DecidePresets): DecideContext {
  const routesByLocation = new Map<string, Route[]>();
  for (const r of presets.routes) {
    const list = routesByLocation.get(r.locationId) ?? [];
    list.push(r);
    routesByLocation.set(r.locationId, list);
  }
  return {
    presets,
    rates: rateBook(presets.rates),
    locations: new Map(presets.locations.map((l) => [l.id, l])),
    routesByLocation,
    clearanceFen: new Map(presets.clearance.byDistrict.map((d) => [d.districtCode, d.fen])),
    haulPerKgFen: new Map(presets.domesticHaul.byDistrict.map((d) => [d.districtCode, d.fen])),
    platformRules: new Map(presets.platformRules.map((p) => [`${p.platform}:${p.currency}`, p])),
  };
}

export function locationOf(ctx: DecideContext, id: string): OverseasLocation {
  const location = ctx.locations.get(id);
  if (!location) throw new DecideError('errors.unknownLocation', { locationId: id });
  return location;
}

/** Routes from a location that can be booked on `date`. */
export function routesOn(ctx: DecideContext, locationId: string, date: IsoDate): Route[] {
  return (ctx.routesByLocation.get(locationId) ?? []).filter((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
}

export function clearanceFenAt(ctx: DecideContext, districtCode: string): number {
  return ctx.clearanceFen.get(districtCode) ?? ctx.presets.clearance.defaultFen;
}

export function haulPerKgFenFrom(ctx: DecideContext, districtCode: string): number {
  return ctx.haulPerKgFen.get(districtCode) ?? ctx.presets.domesticHaul.defaultPerKgFen;
}
