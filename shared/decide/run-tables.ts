import { addDays, type IsoDate } from '../dates';
import { clearanceFenAt, haulPerKgFenFrom, locationOf, routesOn, type DecideContext } from './context';
import { fenRatio, toFen } from './currency';
import { exemptionConditions, exemptionLastDay, exemptionStart, returnRightLastDay } from './eligibility';
import { DecideError, type DecisionInput } from './model-types';
import type { DisposalTable, OverseasLocation, Route } from './presets-types';
import { applyRatio, ratioOf, type Ratio } from './ratio';

/**
 * What pricing returns on one date shares, worked out once per run: each location's and
 * route's amounts in fen, and every per-unit or per-gram price folded with its rate into one
 * fraction (ratio.ts). pricing.ts prices every option from these tables, with or without its
 * cost lines; a single decision is a run of one. Tables are kept per context and date, so
 * the Decide page's many single decisions share them too.
 */

export interface RouteTable {
  route: Route;
  /** The day the goods would be declared at China customs if sent on the run's date. */
  returnDate: IsoDate;
  fixedFen: number;
  perParcelFen: number;
  /** × chargeable grams. */
  perKg: Ratio;
  clearanceFen: number;
  /** × grams. */
  haul: Ratio;
}

export interface LocationTable {
  location: OverseasLocation;
  firstLegFen: number;
  disposal: DisposalTable;
  /** × qty × disposal fee in thousandths. */
  dispose: Ratio;
  /** × qty. */
  handling: Ratio;
  /** × qty × goods cost. */
  liquidation: Ratio;
  /** × qty each: inbound, inspection, relabel, storage (the cost lines' order). */
  relistFees: Ratio[];
  /** × expected sales. */
  platformFee: Ratio;
  /** × qty × price, by sale currency. */
  sales: Map<string, Ratio | DecideError>;
}

export interface RunTables {
  ctx: DecideContext;
  on: IsoDate;
  locations: Map<string, LocationTable | DecideError>;
  routes: Map<string, RouteTable[] | DecideError>;
  /** × qty × declared value, by currency then date; null = no rate on that date. */
  customsValue: Map<string, Map<IsoDate, Ratio | null>>;
  /** × qty × home value, by grade. */
  homeRecovery: Map<string, Ratio>;
}

const byContext = new WeakMap<DecideContext, Map<IsoDate, RunTables>>();

/** The run's tables for `ctx` on `on`, built once and filled as returns need them. */
export function runTables(ctx: DecideContext, on: IsoDate): RunTables {
  let byDate = byContext.get(ctx);
  if (!byDate) {
    byDate = new Map();
    byContext.set(ctx, byDate);
  }
  let t = byDate.get(on);
  if (!t) {
    if (byDate.size > 400) byDate.clear();
    const homeRecovery = new Map(Object.entries(ctx.presets.grades).map(([g, p]) => [g, ratioOf([p.recoveryBp], 10_000)]));
    t = { ctx, on, locations: new Map(), routes: new Map(), customsValue: new Map(), homeRecovery };
    byDate.set(on, t);
  }
  return t;
}

/** A cached value, or the user-fixable error building it gave (a missing rate), thrown again for each return that needs it. */
function cached<T>(map: Map<string, T | DecideError>, key: string, build: () => T): T {
  let v = map.get(key);
  if (v === undefined) {
    try {
      v = build();
    } catch (e) {
      if (!(e instanceof DecideError)) throw e;
      v = e;
    }
    map.set(key, v);
  }
  if (v instanceof DecideError) throw v;
  return v;
}

/** The date the goods would be declared at China customs if sent on `on` by this route. */
export function arrivalDate(route: Route, on: IsoDate): IsoDate {
  return addDays(on, route.transitDays);
}

export function routeTable(t: RunTables, route: Route): RouteTable {
  const { ctx, on } = t;
  return {
    route,
    returnDate: arrivalDate(route, on),
    fixedFen: toFen(ctx.rates, route.currency, on, [route.fixedMinor], 1),
    perParcelFen: toFen(ctx.rates, route.currency, on, [route.perParcelMinor], 1),
    perKg: fenRatio(ctx.rates, route.currency, on, [route.perKgMinor], 1000),
    clearanceFen: clearanceFenAt(ctx, route.districtCode),
    haul: ratioOf([haulPerKgFenFrom(ctx, route.districtCode)], 1000),
  };
}

/** The routes bookable on the run's date, in preset order. */
export function routeTables(t: RunTables, locationId: string): RouteTable[] {
  const known = t.routes.get(locationId);
  if (known !== undefined && !(known instanceof DecideError)) return known;
  return cached(t.routes, locationId, () => routesOn(t.ctx, locationId, t.on).map((r) => routeTable(t, r)));
}

export function disposalTableOn(location: OverseasLocation, on: IsoDate): DisposalTable {
  let found: DisposalTable | undefined;
  for (const d of location.disposal) if (d.validFrom <= on && (!found || d.validFrom > found.validFrom)) found = d;
  // Before the first table's date, the earliest table is the best estimate there is.
  return found ?? location.disposal.reduce((a, b) => (b.validFrom < a.validFrom ? b : a));
}

export function locationTable(t: RunTables, locationId: string): LocationTable {
  const known = t.locations.get(locationId);
  if (known !== undefined && !(known instanceof DecideError)) return known;
  return cached(t.locations, locationId, () => {
    const { ctx, on } = t;
    const location = locationOf(ctx, locationId);
    const cur = location.currency;
    const f = location.relistFees;
    return {
      location,
      firstLegFen: toFen(ctx.rates, cur, on, [location.firstLegLabelMinor], 1),
      disposal: disposalTableOn(location, on),
      dispose: fenRatio(ctx.rates, cur, on, [], 1000),
      handling: fenRatio(ctx.rates, cur, on, [location.handlingMinor]),
      liquidation: ratioOf([location.liquidationRateBp], 10_000),
      relistFees: [f.inboundMinor, f.inspectionMinor, f.relabelMinor, f.storageMinor].map((m) => fenRatio(ctx.rates, cur, on, [m])),
      platformFee: ratioOf([location.platformFeeBp], 10_000),
      sales: new Map(),
    };
  });
}

/** Expected sales per unit of price: resale factor × sell-through, in fen at the run's rate. */
export function salesRatio(t: RunTables, loc: LocationTable, currency: string): Ratio {
  const known = loc.sales.get(currency);
  if (known !== undefined && !(known instanceof DecideError)) return known;
  const l = loc.location;
  return cached(loc.sales, currency, () => fenRatio(t.ctx.rates, currency, t.on, [l.resalePriceFactorBp, l.sellThroughBp], 100_000_000));
}

/** The customs value's rate on `date`, or null when none is known that early. */
export function customsValueRatio(t: RunTables, currency: string, date: IsoDate): Ratio | null {
  let byDate = t.customsValue.get(currency);
  if (!byDate) {
    byDate = new Map();
    t.customsValue.set(currency, byDate);
  }
  let r = byDate.get(date);
  if (r === undefined) {
    try {
      r = fenRatio(t.ctx.rates, currency, date, []);
    } catch (e) {
      if (!(e instanceof DecideError)) throw e;
      r = null;
    }
    byDate.set(date, r);
  }
  return r;
}

/** What one return brings to every option, whatever the route. */
export interface ReturnFacts {
  input: DecisionInput;
  qty: number;
  weightG: number;
  /** 0 once the buyer has shipped (the line is then absent, and adding 0 changes no sum). */
  firstLegFen: number;
  handlingFen: number;
  refurbFen: number;
  rebateFen: number;
  homeRecoveryFen: number;
  rightLastDay: IsoDate;
  exemptLastDay: IsoDate;
  /** Every exemption condition but the months, which depend on the route's arrival. */
  exemptIfInTime: boolean;
  /** The customs value in fen, worked out when first taxed (−1 until then; its rate may be missing). */
  valueFen: number;
  valueRateDate: IsoDate;
}

/** The numbers pricing multiplies must be whole (the ledger's schemas make them so); say which one is not. */
export function validate(input: DecisionInput): void {
  if (!Number.isSafeInteger(input.qty) || input.qty < 1) throw new DecideError('errors.atLeastOne', { field: 'qty', returnId: input.returnId });
  if (!Number.isSafeInteger(input.unitWeightG) || input.unitWeightG < 1) throw new DecideError('errors.atLeastOne', { field: 'unitWeightG', returnId: input.returnId });
  const whole = Number.isSafeInteger;
  const bad = !whole(input.goodsCostFen) ? 'goodsCostFen' : !whole(input.unitPriceMinor) ? 'unitPriceMinor'
    : !whole(input.declaredValueMinor) ? 'declaredValueMinor' : !whole(input.rebatePerUnitFen) ? 'rebatePerUnitFen'
      : !whole(input.dutyRateBp) ? 'dutyRateBp' : input.homeValueFen !== null && !whole(input.homeValueFen) ? 'homeValueFen'
        : input.vatRateBp !== null && !whole(input.vatRateBp) ? 'vatRateBp' : null;
  if (bad) throw new DecideError('errors.wholeNumber', { field: bad, returnId: input.returnId });
}

export function returnFacts(t: RunTables, input: DecisionInput, loc: LocationTable): ReturnFacts {
  validate(input);
  const presets = t.ctx.presets;
  const grade = presets.grades[input.grade];
  const recovery = t.homeRecovery.get(input.grade);
  if (!grade || !recovery) throw new DecideError('errors.choose', { field: 'grade', returnId: input.returnId });
  const q = input.qty;
  return {
    input,
    qty: q,
    weightG: q * input.unitWeightG,
    firstLegFen: input.buyerShipped ? 0 : loc.firstLegFen,
    handlingFen: applyRatio(loc.handling, q),
    refurbFen: q * grade.refurbishFen,
    rebateFen: q * input.rebatePerUnitFen,
    homeRecoveryFen: applyRatio(recovery, q, input.homeValueFen ?? input.goodsCostFen),
    rightLastDay: returnRightLastDay(input.exportDate, presets),
    exemptLastDay: exemptionLastDay(exemptionStart(input), presets),
    exemptIfInTime: exemptionConditions(input, presets).length === 0,
    valueFen: -1,
    valueRateDate: '',
  };
}
