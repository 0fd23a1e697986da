import type { IsoDate } from '../dates';
import { addDaysMemo as addDays } from './date-memo';
import { clearanceFenAt, haulPerKgFenFrom, type DecideContext } from './context';
import { roundRatio, toFen } from './currency';
import { checkTaxExemption } from './eligibility';
import type { CostLine, DecisionInput, Reason } from './model-types';
import type { DisposalTable, OverseasLocation, Route } from './presets-types';

/**
 * The cost lines of each option for one return. Each line is converted and rounded once
 * (see currency.ts); an option's net is then recovery − Σ lines, so what the screen adds up
 * is exactly what the model compared.
 */

export interface Priced {
  recoveryKey: string;
  recoveryFen: number;
  costLines: CostLine[];
  notes: Reason[];
}

/** A line priced in `currency`: fen for the model, the original amount for display. */
export function foreignLine(ctx: DecideContext, on: IsoDate, key: string, currency: string, factors: number[], divisor: number, params?: CostLine['params']): CostLine {
  const line: CostLine = { key, fen: toFen(ctx.rates, currency, on, factors, divisor) };
  if (params) line.params = params;
  if (currency !== 'CNY') line.original = { currency, minor: roundRatio(factors, divisor) };
  return line;
}

function cnyLine(key: string, fen: number, params?: CostLine['params']): CostLine {
  return params ? { key, fen, params } : { key, fen };
}

/** The buyer's return label: still to pay while the buyer holds the goods, sunk once shipped. */
function firstLeg(ctx: DecideContext, input: DecisionInput, location: OverseasLocation, on: IsoDate): CostLine[] {
  if (input.buyerShipped) return [];
  return [foreignLine(ctx, on, 'decide.cost.firstLeg', location.currency, [location.firstLegLabelMinor], 1)];
}

export function disposalTableOn(location: OverseasLocation, on: IsoDate): DisposalTable {
  let found: DisposalTable | undefined;
  for (const t of location.disposal) if (t.validFrom <= on && (!found || t.validFrom > found.validFrom)) found = t;
  // Before the first table's date, the earliest table is the best estimate there is.
  return found ?? location.disposal.reduce((a, b) => (b.validFrom < a.validFrom ? b : a));
}

/** Disposal fee for one unit of `weightG`, in thousandths of a minor unit (keeps per-kg exact). */
export function disposalFeeMilli(table: DisposalTable, weightG: number): number {
  for (const band of table.bands) if (weightG <= band.upToG) return band.feeMinor * 1000;
  const last = table.bands[table.bands.length - 1]?.upToG ?? 0;
  return table.overBaseMinor * 1000 + table.overPerKgMinor * (weightG - last);
}

export function priceDispose(ctx: DecideContext, input: DecisionInput, location: OverseasLocation, on: IsoDate): Priced {
  const milli = disposalFeeMilli(disposalTableOn(location, on), input.unitWeightG);
  return {
    recoveryKey: 'decide.recovery.none',
    recoveryFen: 0,
    costLines: [
      ...firstLeg(ctx, input, location, on),
      foreignLine(ctx, on, 'decide.cost.disposal', location.currency, [input.qty, milli], 1000, { qty: input.qty, weightG: input.unitWeightG }),
    ],
    notes: [],
  };
}

export function priceLiquidate(ctx: DecideContext, input: DecisionInput, location: OverseasLocation, on: IsoDate): Priced {
  return {
    recoveryKey: 'decide.recovery.liquidation',
    recoveryFen: roundRatio([input.qty, input.goodsCostFen, location.liquidationRateBp], 10_000),
    costLines: [
      ...firstLeg(ctx, input, location, on),
      foreignLine(ctx, on, 'decide.cost.handling', location.currency, [input.qty, location.handlingMinor], 1, { qty: input.qty }),
    ],
    notes: [],
  };
}

export function priceRelist(ctx: DecideContext, input: DecisionInput, location: OverseasLocation, on: IsoDate): Priced {
  const q = input.qty;
  const f = location.relistFees;
  const cur = location.currency;
  // Expected sales = q × price × resale factor × sell-through; the platform takes its fee of that.
  const salesFen = toFen(ctx.rates, input.saleCurrency, on, [q, input.unitPriceMinor, location.resalePriceFactorBp, location.sellThroughBp], 100_000_000);
  return {
    recoveryKey: 'decide.recovery.resale',
    recoveryFen: salesFen,
    costLines: [
      ...firstLeg(ctx, input, location, on),
      cnyLine('decide.cost.platformFee', roundRatio([salesFen, location.platformFeeBp], 10_000), { rateBp: location.platformFeeBp, salesFen }),
      foreignLine(ctx, on, 'decide.cost.relistInbound', cur, [q, f.inboundMinor], 1, { qty: q }),
      foreignLine(ctx, on, 'decide.cost.relistInspection', cur, [q, f.inspectionMinor], 1, { qty: q }),
      foreignLine(ctx, on, 'decide.cost.relistRelabel', cur, [q, f.relabelMinor], 1, { qty: q }),
      foreignLine(ctx, on, 'decide.cost.relistStorage', cur, [q, f.storageMinor], 1, { qty: q }),
    ],
    notes: [],
  };
}

/** 'alone': the return ships by itself and bears every cost; 'batch': only its own variable costs. */
export type HomeBasis = 'alone' | 'batch';

/** The date the goods would be declared at China customs if sent today on this route. */
export function arrivalDate(route: Route, on: IsoDate): IsoDate {
  return addDays(on, route.transitDays);
}

export function priceHome(ctx: DecideContext, input: DecisionInput, location: OverseasLocation, route: Route, on: IsoDate, basis: HomeBasis): Priced {
  const q = input.qty;
  const weightG = q * input.unitWeightG;
  const grade = ctx.presets.grades[input.grade];
  const homeValue = input.homeValueFen ?? input.goodsCostFen;
  const lines: CostLine[] = [
    ...firstLeg(ctx, input, location, on),
    foreignLine(ctx, on, 'decide.cost.handling', location.currency, [q, location.handlingMinor], 1, { qty: q }),
  ];
  if (basis === 'alone') lines.push(foreignLine(ctx, on, 'decide.cost.freightFixed', route.currency, [route.fixedMinor], 1));
  lines.push(foreignLine(ctx, on, 'decide.cost.freightPerParcel', route.currency, [route.perParcelMinor], 1));
  // Alone, the minimum chargeable weight applies to this parcel; in a batch the top-up is shared.
  const chargeG = basis === 'alone' ? Math.max(weightG, route.minChargeG) : weightG;
  lines.push(foreignLine(ctx, on, 'decide.cost.freightPerKg', route.currency, [route.perKgMinor, chargeG], 1000, { chargeG, weightG }));
  if (basis === 'alone') {
    lines.push(cnyLine('decide.cost.clearance', clearanceFenAt(ctx, route.districtCode), { district: route.districtCode }));
  }
  lines.push(cnyLine('decide.cost.domesticHaul', roundRatio([haulPerKgFenFrom(ctx, route.districtCode), weightG], 1000), { district: route.districtCode, weightG }));
  lines.push(cnyLine('decide.cost.refurbishment', q * grade.refurbishFen, { qty: q, grade: input.grade }));
  const taxes = priceTaxes(ctx, input, arrivalDate(route, on), on);
  lines.push(...taxes.lines);
  lines.push(cnyLine('decide.cost.rebateRepaid', q * input.rebatePerUnitFen, { qty: q }));
  return {
    recoveryKey: 'decide.recovery.homeValue',
    recoveryFen: roundRatio([q, homeValue, grade.recoveryBp], 10_000),
    costLines: lines,
    notes: taxes.notes,
  };
}

/**
 * Taxes as customs computes them: the customs value is converted and rounded to the fen
 * first, then duty = value × d and VAT = (value + duty) × t, each rounded once.
 */
export function priceTaxes(ctx: DecideContext, input: DecisionInput, returnDate: IsoDate, on: IsoDate): { lines: CostLine[]; notes: Reason[] } {
  const check = checkTaxExemption(input, returnDate, ctx.presets);
  if (check.exempt) return { lines: [cnyLine('decide.cost.taxesExempt', 0)], notes: [] };
  const valueFen = toFen(ctx.rates, input.declaredCurrency, on, [input.qty, input.declaredValueMinor], 1);
  const vatBp = input.vatRateBp ?? ctx.presets.taxExemption.defaultVatBp;
  const duty = roundRatio([valueFen, input.dutyRateBp], 10_000);
  const vat = roundRatio([valueFen + duty, vatBp], 10_000);
  return {
    lines: [
      cnyLine('decide.cost.importDuty', duty, { valueFen, rateBp: input.dutyRateBp }),
      cnyLine('decide.cost.importVat', vat, { baseFen: valueFen + duty, rateBp: vatBp }),
    ],
    notes: check.failed,
  };
}
