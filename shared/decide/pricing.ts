import type { IsoDate } from '../dates';
import type { DecideContext } from './context';
import { roundRatio } from './currency';
import { checkTaxExemption } from './eligibility';
import { DecideError, type CostLine, type DecisionInput, type Reason } from './model-types';
import type { DisposalTable, OverseasLocation, Route } from './presets-types';
import { applyRatio, roundMul } from './ratio';
import {
  customsValueRatio, locationTable, returnFacts, routeTable, runTables, salesRatio,
  type LocationTable, type ReturnFacts, type RouteTable, type RunTables,
} from './run-tables';

export { arrivalDate, disposalTableOn } from './run-tables';

/**
 * The one pricing of every option. Each function returns the option's net (recovery − Σ cost
 * lines) from the run's tables; given an Explained, it also writes the cost lines that make
 * up that net, for the person who opens the option. A batch run passes null and builds no
 * line objects, so deciding 20,000 returns stays fast — the amounts are the same either way,
 * because they are the same code. Each line is converted and rounded once (currency.ts,
 * ratio.ts), and the net is summed in the order of the lines.
 */

export interface Explained {
  recoveryKey: string;
  recoveryFen: number;
  costLines: CostLine[];
  notes: Reason[];
}
/** An option's explanation (the name its callers have always used). */
export type Priced = Explained;

export function explained(): Explained {
  return { recoveryKey: 'decide.recovery.none', recoveryFen: 0, costLines: [], notes: [] };
}

/** A line priced in `currency`: fen for the model, the original amount (factors / divisor) for display. */
function foreign(x: Explained, key: string, fen: number, currency: string, factors: number[], divisor: number, params?: CostLine['params']): void {
  const line: CostLine = { key, fen };
  if (params) line.params = params;
  if (currency !== 'CNY') line.original = { currency, minor: roundRatio(factors, divisor) };
  x.costLines.push(line);
}

function cny(x: Explained, key: string, fen: number, params?: CostLine['params']): void {
  x.costLines.push(params ? { key, fen, params } : { key, fen });
}

function recovery(x: Explained | null, key: string, fen: number): number {
  if (x) {
    x.recoveryKey = key;
    x.recoveryFen = fen;
  }
  return fen;
}

/** Disposal fee for one unit of `weightG`, in thousandths of a minor unit (keeps per-kg exact). */
export function disposalFeeMilli(table: DisposalTable, weightG: number): number {
  for (const band of table.bands) if (weightG <= band.upToG) return band.feeMinor * 1000;
  const last = table.bands[table.bands.length - 1]?.upToG ?? 0;
  return table.overBaseMinor * 1000 + table.overPerKgMinor * (weightG - last);
}

/** The buyer's return label: still to pay while the buyer holds the goods, sunk (no line) once shipped. */
function firstLeg(f: ReturnFacts, loc: LocationTable, x: Explained | null): number {
  if (x && !f.input.buyerShipped) foreign(x, 'decide.cost.firstLeg', f.firstLegFen, loc.location.currency, [loc.location.firstLegLabelMinor], 1);
  return f.firstLegFen;
}

function handling(f: ReturnFacts, loc: LocationTable, x: Explained | null): number {
  if (x) foreign(x, 'decide.cost.handling', f.handlingFen, loc.location.currency, [f.qty, loc.location.handlingMinor], 1, { qty: f.qty });
  return f.handlingFen;
}

export function priceDispose(f: ReturnFacts, loc: LocationTable, x: Explained | null): number {
  const q = f.qty;
  const milli = disposalFeeMilli(loc.disposal, f.input.unitWeightG);
  let cost = 0;
  cost += firstLeg(f, loc, x);
  const fee = applyRatio(loc.dispose, q, milli);
  if (x) foreign(x, 'decide.cost.disposal', fee, loc.location.currency, [q, milli], 1000, { qty: q, weightG: f.input.unitWeightG });
  cost += fee;
  return recovery(x, 'decide.recovery.none', 0) - cost;
}

export function priceLiquidate(f: ReturnFacts, loc: LocationTable, x: Explained | null): number {
  let cost = 0;
  cost += firstLeg(f, loc, x);
  cost += handling(f, loc, x);
  return recovery(x, 'decide.recovery.liquidation', applyRatio(loc.liquidation, f.qty, f.input.goodsCostFen)) - cost;
}

const RELIST_KEYS = ['decide.cost.relistInbound', 'decide.cost.relistInspection', 'decide.cost.relistRelabel', 'decide.cost.relistStorage'] as const;

export function priceRelist(t: RunTables, f: ReturnFacts, loc: LocationTable, x: Explained | null): number {
  const q = f.qty;
  const l = loc.location;
  // Expected sales = q × price × resale factor × sell-through; the platform takes its fee of that.
  const salesFen = applyRatio(salesRatio(t, loc, f.input.saleCurrency), q, f.input.unitPriceMinor);
  let cost = 0;
  cost += firstLeg(f, loc, x);
  const fee = applyRatio(loc.platformFee, salesFen);
  if (x) cny(x, 'decide.cost.platformFee', fee, { rateBp: l.platformFeeBp, salesFen });
  cost += fee;
  const minors = [l.relistFees.inboundMinor, l.relistFees.inspectionMinor, l.relistFees.relabelMinor, l.relistFees.storageMinor];
  for (let i = 0; i < loc.relistFees.length; i++) {
    const fen = applyRatio(loc.relistFees[i]!, q);
    if (x) foreign(x, RELIST_KEYS[i]!, fen, l.currency, [q, minors[i]!], 1, { qty: q });
    cost += fen;
  }
  return recovery(x, 'decide.recovery.resale', salesFen) - cost;
}

/** 'alone': the return ships by itself and bears every cost; 'batch': only its own variable costs. */
export type HomeBasis = 'alone' | 'batch';

export function priceHomeOn(t: RunTables, f: ReturnFacts, loc: LocationTable, rt: RouteTable, basis: HomeBasis, x: Explained | null): number {
  const route = rt.route;
  const alone = basis === 'alone';
  const weightG = f.weightG;
  let cost = 0;
  cost += firstLeg(f, loc, x);
  cost += handling(f, loc, x);
  if (alone) {
    if (x) foreign(x, 'decide.cost.freightFixed', rt.fixedFen, route.currency, [route.fixedMinor], 1);
    cost += rt.fixedFen;
  }
  if (x) foreign(x, 'decide.cost.freightPerParcel', rt.perParcelFen, route.currency, [route.perParcelMinor], 1);
  cost += rt.perParcelFen;
  // Alone, the minimum chargeable weight applies to this parcel; in a batch the top-up is shared.
  const chargeG = alone ? Math.max(weightG, route.minChargeG) : weightG;
  const perKg = applyRatio(rt.perKg, chargeG);
  if (x) foreign(x, 'decide.cost.freightPerKg', perKg, route.currency, [route.perKgMinor, chargeG], 1000, { chargeG, weightG });
  cost += perKg;
  if (alone) {
    if (x) cny(x, 'decide.cost.clearance', rt.clearanceFen, { district: route.districtCode });
    cost += rt.clearanceFen;
  }
  const haul = applyRatio(rt.haul, weightG);
  if (x) cny(x, 'decide.cost.domesticHaul', haul, { district: route.districtCode, weightG });
  cost += haul;
  if (x) cny(x, 'decide.cost.refurbishment', f.refurbFen, { qty: f.qty, grade: f.input.grade });
  cost += f.refurbFen;
  cost = addTaxes(t, f, rt, x, cost);
  if (x) cny(x, 'decide.cost.rebateRepaid', f.rebateFen, { qty: f.qty });
  cost += f.rebateFen;
  return recovery(x, 'decide.recovery.homeValue', f.homeRecoveryFen) - cost;
}

/** Whether the goods sent on this route arrive while the exemption holds. */
export function exemptOn(f: ReturnFacts, rt: RouteTable): boolean {
  return f.exemptIfInTime && rt.returnDate <= f.exemptLastDay;
}

/**
 * Adds the taxes to `costSoFar`, as customs computes them: the declared value converted at the rate of the export
 * declaration's date (or, when no rate is known that early, the decision date's, and the
 * line says so) and rounded to the fen; then duty = value × d and VAT = (value + duty) × t,
 * each rounded once.
 */
function addTaxes(t: RunTables, f: ReturnFacts, rt: RouteTable, x: Explained | null, costSoFar: number): number {
  let cost = costSoFar;
  if (exemptOn(f, rt)) {
    if (x) cny(x, 'decide.cost.taxesExempt', 0);
    return cost + 0;
  }
  const input = f.input;
  if (f.valueFen < 0) customsValue(t, f);
  const valueFen = f.valueFen;
  const rateDate = f.valueRateDate;
  const vatBp = input.vatRateBp ?? t.ctx.presets.taxExemption.defaultVatBp;
  const duty = roundMul(valueFen, input.dutyRateBp, 10_000);
  const vat = roundMul(valueFen + duty, vatBp, 10_000);
  if (x) {
    const key = rateDate === input.exportDate ? 'decide.cost.importDuty' : 'decide.cost.importDutyDecisionRate';
    cny(x, key, duty, { valueFen, rateBp: input.dutyRateBp, rateDate, declaredDate: input.exportDate });
    cny(x, 'decide.cost.importVat', vat, { baseFen: valueFen + duty, rateBp: vatBp });
    x.notes.push(...checkTaxExemption(input, rt.returnDate, t.ctx.presets).failed);
  }
  // Added one line at a time, as the lines are summed.
  cost += duty;
  cost += vat;
  return cost;
}

/** The declared value in fen at the declaration date's rate, else the decision date's. */
function customsValue(t: RunTables, f: ReturnFacts): void {
  const input = f.input;
  let rateDate = input.exportDate;
  let ratio = customsValueRatio(t, input.declaredCurrency, rateDate);
  if (!ratio) {
    rateDate = t.on;
    ratio = customsValueRatio(t, input.declaredCurrency, rateDate);
    if (!ratio) throw new DecideError('errors.noRate', { currency: input.declaredCurrency, date: rateDate });
  }
  f.valueFen = applyRatio(ratio, f.qty, input.declaredValueMinor);
  f.valueRateDate = rateDate;
}

/** The cost lines of bringing one return home on `route` (for tests and a batch member the user opens). */
export function priceHome(ctx: DecideContext, input: DecisionInput, location: OverseasLocation, route: Route, on: IsoDate, basis: HomeBasis): Priced {
  const t = runTables(ctx, on);
  const loc = locationTable(t, location.id);
  const x = explained();
  priceHomeOn(t, returnFacts(t, input, loc), loc, routeTable(t, route), basis, x);
  return x;
}
