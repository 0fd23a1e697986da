import type { IsoDate } from '../dates';
import { clearanceFenAt, haulPerKgFenFrom, locationOf, routesOn, type DecideContext } from './context';
import { fenRatio, toFen } from './currency';
import { crossDistrictRuleOn, exemptionLastDay, returnRightLastDay } from './eligibility';
import type { DecisionInput } from './model-types';
import type { CrossDistrictRule, DisposalTable, OverseasLocation, Route } from './presets-types';
import { arrivalDate, disposalTableOn } from './pricing';
import { applyRatio, ratioOf, roundMul, type Ratio } from './ratio';

/**
 * What a run of many returns on one date shares, computed once: each location's and route's
 * fixed amounts in fen, and every per-unit or per-gram price folded with its rate into one
 * fraction (ratio.ts). A return then nets its options in a few multiplications, with no cost
 * line objects. The amounts are exactly those of pricing.ts — each line rounded once, summed
 * in the same order. pricing.ts stays the explanation the user opens and the reference: a
 * change there needs the same change here, and tests/unit/decide/run-path.test.ts fails until
 * the two agree.
 */

export interface RouteTable {
  route: Route;
  returnDate: IsoDate;
  fixedFen: number;
  perParcelFen: number;
  /** × chargeable grams. */
  perKg: Ratio;
  clearanceFen: number;
  /** × grams. */
  haul: Ratio;
  /** The cross-district rule in force on the day the goods arrive. */
  rule: CrossDistrictRule | undefined;
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
  /** × qty each: inbound, inspection, relabel, storage (pricing.ts's line order). */
  relistFees: Ratio[];
  /** × expected sales. */
  platformFee: Ratio;
  /** × qty × price, by sale currency. */
  sales: Map<string, Ratio>;
}

export interface RunTables {
  ctx: DecideContext;
  on: IsoDate;
  /** null: the location or one of its rates is missing, so its returns take the full path (which says why). */
  locations: Map<string, LocationTable | null>;
  routes: Map<string, RouteTable[] | null>;
  /** × qty × declared value, by declared currency. */
  customsValue: Map<string, Ratio>;
  /** × qty × home value, by grade. */
  homeRecovery: Map<string, Ratio>;
  byExportDate: Map<IsoDate, ExportDates>;
}

export function runTables(ctx: DecideContext, on: IsoDate): RunTables {
  const homeRecovery = new Map(Object.entries(ctx.presets.grades).map(([g, p]) => [g, ratioOf([p.recoveryBp], 10_000)]));
  return { ctx, on, locations: new Map(), routes: new Map(), customsValue: new Map(), homeRecovery, byExportDate: new Map() };
}

/** The value, or null when it cannot be computed here (the full path then throws what the user needs to see). */
export function orNull<T>(build: () => T): T | null {
  try {
    return build();
  } catch {
    return null;
  }
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
    rule: crossDistrictRuleOn(ctx.presets.crossDistrictRules, arrivalDate(route, on)),
  };
}

export function locationTable(t: RunTables, locationId: string): LocationTable | null {
  let table = t.locations.get(locationId);
  if (table === undefined) {
    table = orNull(() => {
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
    t.locations.set(locationId, table);
  }
  return table;
}

/** The routes bookable on the run's date, as decideReturn prices them; null when one cannot be priced. */
export function routeTables(t: RunTables, locationId: string): RouteTable[] | null {
  let list = t.routes.get(locationId);
  if (list === undefined) {
    list = orNull(() => routesOn(t.ctx, locationId, t.on).map((r) => routeTable(t, r)));
    t.routes.set(locationId, list);
  }
  return list;
}

export function salesRatio(t: RunTables, loc: LocationTable, currency: string): Ratio {
  let r = loc.sales.get(currency);
  if (!r) {
    const l = loc.location;
    r = fenRatio(t.ctx.rates, currency, t.on, [l.resalePriceFactorBp, l.sellThroughBp], 100_000_000);
    loc.sales.set(currency, r);
  }
  return r;
}

/** What one return brings to every home option, whatever the route. */
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
  /** Every exemption condition but the 6 months, which depends on the route's arrival. */
  exemptIfInTime: boolean;
  /** Duty and VAT when not exempt, worked out when first needed (their rate may be missing). */
  taxed: boolean;
  dutyFen: number;
  vatFen: number;
}

const isInt = Number.isSafeInteger;

/** Fields read as integers; anything else takes the full path, whose float arithmetic this does not copy. */
function integral(i: DecisionInput): boolean {
  return isInt(i.qty) && i.qty >= 1 && isInt(i.unitWeightG) && i.unitWeightG >= 1 && isInt(i.goodsCostFen) && isInt(i.unitPriceMinor)
    && isInt(i.declaredValueMinor) && isInt(i.rebatePerUnitFen) && isInt(i.dutyRateBp)
    && (i.homeValueFen === null || isInt(i.homeValueFen)) && (i.vatRateBp === null || isInt(i.vatRateBp));
}

type ExportDates = { rightLastDay: IsoDate; exemptLastDay: IsoDate; inWindow: boolean };

/** The clocks of an export date, once per date in a run; null for a date that is not one. */
function exportDates(t: RunTables, d: IsoDate): ExportDates | null {
  let dates = t.byExportDate.get(d);
  if (!dates) {
    const presets = t.ctx.presets;
    try {
      dates = {
        rightLastDay: returnRightLastDay(d, presets),
        exemptLastDay: exemptionLastDay(d, presets),
        inWindow: presets.taxExemption.windows.some((w) => w.exportFrom <= d && d <= w.exportTo),
      };
    } catch {
      return null;
    }
    t.byExportDate.set(d, dates);
  }
  return dates;
}

/** null when the return needs the full path: odd numbers, an unknown grade, a malformed date. */
export function returnFacts(t: RunTables, input: DecisionInput, loc: LocationTable): ReturnFacts | null {
  const grade = t.ctx.presets.grades[input.grade];
  const recovery = t.homeRecovery.get(input.grade);
  if (!integral(input) || !grade || !recovery) return null;
  const presets = t.ctx.presets;
  const dates = exportDates(t, input.exportDate);
  if (!dates) return null;
  const rule = presets.taxExemption;
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
    rightLastDay: dates.rightLastDay,
    exemptLastDay: dates.exemptLastDay,
    exemptIfInTime: rule.modes.includes(input.exportMode) && dates.inWindow && rule.grades.includes(input.grade) && !(rule.excludeFood && input.food),
    // 0, not NaN, until taxed: one NaN makes V8 box every number that sums it, down to the summaries.
    taxed: false,
    dutyFen: 0,
    vatFen: 0,
  };
}

function taxes(t: RunTables, f: ReturnFacts): void {
  const input = f.input;
  let value = t.customsValue.get(input.declaredCurrency);
  if (!value) {
    value = fenRatio(t.ctx.rates, input.declaredCurrency, t.on, []);
    t.customsValue.set(input.declaredCurrency, value);
  }
  const valueFen = applyRatio(value, f.qty, input.declaredValueMinor);
  f.dutyFen = roundMul(valueFen, input.dutyRateBp, 10_000);
  f.vatFen = roundMul(valueFen + f.dutyFen, input.vatRateBp ?? t.ctx.presets.taxExemption.defaultVatBp, 10_000);
  f.taxed = true;
}

/** Net of bringing the return home on the route: priceHome's recovery − Σ lines, in its order. */
export function homeNetFen(t: RunTables, f: ReturnFacts, rt: RouteTable, alone: boolean): number {
  let cost = 0;
  cost += f.firstLegFen;
  cost += f.handlingFen;
  if (alone) cost += rt.fixedFen;
  cost += rt.perParcelFen;
  cost += applyRatio(rt.perKg, alone ? Math.max(f.weightG, rt.route.minChargeG) : f.weightG);
  if (alone) cost += rt.clearanceFen;
  cost += applyRatio(rt.haul, f.weightG);
  cost += f.refurbFen;
  if (!(f.exemptIfInTime && rt.returnDate <= f.exemptLastDay)) {
    if (!f.taxed) taxes(t, f);
    cost += f.dutyFen;
    cost += f.vatFen;
  }
  cost += f.rebateFen;
  return f.homeRecoveryFen - cost;
}

/** districtBlockers(…).length > 0, without building the reasons. */
export function blocked(f: ReturnFacts, rt: RouteTable): boolean {
  if (rt.returnDate > f.rightLastDay) return true;
  const input = f.input;
  const district = rt.route.districtCode;
  if (district === input.exportDistrict) return false;
  const rule = rt.rule;
  if (!rule || !rule.modes.includes(input.exportMode)) return true;
  if (rule.districts === 'any') return false;
  return !rule.districts.includes(district) || (rule.originMustBeListed && !rule.districts.includes(input.exportDistrict));
}
