import type { IsoDate } from '../dates';
import { locationOf, routesOn, type DecideContext } from './context';
import { districtBlockers } from './eligibility';
import { DecideError, OPTION_KINDS, STAY_KINDS, type Decision, type DecisionInput, type Option, type OptionKind, type Reason } from './model-types';
import type { OverseasLocation, Route } from './presets-types';
import { arrivalDate, priceDispose, priceHome, priceLiquidate, priceRelist, type Priced } from './pricing';
import { quickSummary } from './run-summaries';
import { runTables, type RunTables } from './run-tables';
import { bestOf, type DecisionSummary, type OptionSummary } from './summary';

export { bestOf, type DecisionSummary, type OptionSummary } from './summary';

/**
 * Every option for one return, priced and checked against the rules, then the
 * recommendation, the "original in, original out" baseline and the savings.
 */

function build(kind: OptionKind, priced: Priced, reasons: Reason[], route?: { districtCode: string; routeId?: string; returnDate?: IsoDate }): Option {
  let cost = 0;
  for (const l of priced.costLines) cost += l.fen;
  // One object shape for every option keeps 20,000 decisions fast (no spread, no shape churn).
  return {
    kind,
    districtCode: route?.districtCode,
    routeId: route?.routeId,
    allowed: reasons.length === 0,
    reasons,
    notes: priced.notes,
    recoveryKey: priced.recoveryKey,
    recoveryFen: priced.recoveryFen,
    costLines: priced.costLines,
    netFen: priced.recoveryFen - cost,
    returnDate: route?.returnDate,
  };
}

/** Platform returnless-refund bands that apply to this sale, as notes on "keep". */
function returnlessNotes(ctx: DecideContext, input: DecisionInput): Reason[] {
  const rule = ctx.platformRules.get(`${input.platform}:${input.saleCurrency}`);
  if (!rule) return [];
  const band = rule.returnless.find((b) => b.fromMinor <= input.unitPriceMinor && input.unitPriceMinor <= b.toMinor);
  if (!band) return [];
  return [{ key: band.policy === 'auto_returnless' ? 'decide.note.autoReturnless' : 'decide.note.offerReturnless', params: { upToMinor: band.toMinor, currency: rule.currency } }];
}

export function keepOption(ctx: DecideContext, input: DecisionInput): Option {
  const reasons: Reason[] = input.buyerShipped ? [{ key: 'decide.reason.buyerShipped' }] : [];
  return build('keep', { recoveryKey: 'decide.recovery.none', recoveryFen: 0, costLines: [], notes: returnlessNotes(ctx, input) }, reasons);
}

export function homeOption(ctx: DecideContext, input: DecisionInput, location: OverseasLocation, route: Route, on: IsoDate): Option {
  const returnDate = arrivalDate(route, on);
  const kind: OptionKind = route.districtCode === input.exportDistrict ? 'home_original' : 'home_other';
  return build(kind, priceHome(ctx, input, location, route, on, 'alone'), districtBlockers(input, route.districtCode, returnDate, ctx.presets), {
    districtCode: route.districtCode, routeId: route.id, returnDate,
  });
}

/** Stay-overseas options: keep, dispose, liquidate, relist. */
export function stayOptions(ctx: DecideContext, input: DecisionInput, location: OverseasLocation, on: IsoDate): Option[] {
  const relistBlock: Reason[] = location.relistGrades.includes(input.grade) ? [] : [{ key: 'decide.reason.gradeNotRelistable', params: { grade: input.grade } }];
  return [
    keepOption(ctx, input),
    build('dispose', priceDispose(ctx, input, location, on), []),
    build('liquidate', priceLiquidate(ctx, input, location, on), []),
    build('relist', priceRelist(ctx, input, location, on), relistBlock),
  ];
}

function validate(input: DecisionInput): void {
  if (!Number.isInteger(input.qty) || input.qty < 1) throw new DecideError('errors.atLeastOne', { field: 'qty', returnId: input.returnId });
  if (!Number.isInteger(input.unitWeightG) || input.unitWeightG < 1) throw new DecideError('errors.atLeastOne', { field: 'unitWeightG', returnId: input.returnId });
}

/**
 * Decides one return on date `on` (rates and routes as of `on`; district rules as of the
 * day each route would deliver). `routes` lets batch callers pass the pre-filtered list.
 */
export function decideReturn(input: DecisionInput, ctx: DecideContext, on: IsoDate, routes?: readonly Route[]): Decision {
  validate(input);
  const location = locationOf(ctx, input.locationId);
  const options = stayOptions(ctx, input, location, on);
  const available = routes ?? routesOn(ctx, location.id, on);
  for (const route of available) options.push(homeOption(ctx, input, location, route, on));
  if (!available.some((r) => r.districtCode === input.exportDistrict)) {
    // Say that the original district cannot be priced rather than leave it out silently.
    options.push(build('home_original', { recoveryKey: 'decide.recovery.none', recoveryFen: 0, costLines: [], notes: [] },
      [{ key: 'decide.reason.noRoute', params: { district: input.exportDistrict, locationId: location.id } }], { districtCode: input.exportDistrict }));
  }
  const allowed = options.filter((o) => o.allowed);
  const dispose = options[1] as Option;
  const recommended = bestOf(allowed) ?? dispose;
  const baseline = bestOf(allowed.filter((o) => STAY_KINDS.has(o.kind) || o.kind === 'home_original')) ?? dispose;
  return {
    returnId: input.returnId,
    on,
    options,
    recommended,
    baseline,
    dispose,
    savingsFen: Math.max(0, recommended.netFen - baseline.netFen),
    savingsVsDisposeFen: Math.max(0, recommended.netFen - dispose.netFen),
  };
}

function summaryOf(o: Option): OptionSummary {
  return { kind: o.kind, districtCode: o.districtCode, routeId: o.routeId, allowed: o.allowed, netFen: o.netFen };
}

export function summarize(d: Decision): DecisionSummary {
  const options = d.options.map(summaryOf);
  const at = (o: Option) => options[d.options.indexOf(o)] as OptionSummary;
  const stay = bestOf(d.options.filter((o) => o.allowed && STAY_KINDS.has(o.kind))) ?? d.dispose;
  return {
    returnId: d.returnId, on: d.on, options, recommended: at(d.recommended), baseline: at(d.baseline), bestStay: at(stay),
    disposeNetFen: d.dispose.netFen, savingsFen: d.savingsFen, savingsVsDisposeFen: d.savingsVsDisposeFen,
  };
}

export interface DecideAllResult {
  /** In input order, without cost lines (20,000 full explanations would be ~1M objects). */
  decisions: DecisionSummary[];
  /** Returns that could not be decided, with the fix the user needs (missing rate, location). */
  failures: { returnId: string; key: string; params: Record<string, string | number> }[];
}

/** The full decision's summary, for a return the batch run's tables cannot take (it then reports or throws as decideReturn does). */
function slowSummary(input: DecisionInput, ctx: DecideContext, on: IsoDate, routeCache: Map<string, Route[]>): DecisionSummary {
  let routes = routeCache.get(input.locationId);
  if (!routes) {
    routes = routesOn(ctx, input.locationId, on);
    routeCache.set(input.locationId, routes);
  }
  return summarize(decideReturn(input, ctx, on, routes));
}

function quickOrNull(tables: RunTables, input: DecisionInput): DecisionSummary | null {
  try {
    return quickSummary(tables, input);
  } catch {
    return null;
  }
}

/**
 * Decides many returns; one bad return is reported, not fatal to the rest. Each summary is
 * what summarize(decideReturn(…)) gives, computed from tables shared by the run
 * (run-summaries.ts) without building the cost lines nobody reads here.
 */
export function decideAll(inputs: readonly DecisionInput[], ctx: DecideContext, on: IsoDate): DecideAllResult {
  const tables = runTables(ctx, on);
  const routeCache = new Map<string, Route[]>();
  const decisions: DecisionSummary[] = [];
  const failures: DecideAllResult['failures'] = [];
  for (const input of inputs) {
    try {
      decisions.push(quickOrNull(tables, input) ?? slowSummary(input, ctx, on, routeCache));
    } catch (e) {
      if (!(e instanceof DecideError)) throw e;
      failures.push({ returnId: input.returnId, key: e.key, params: e.params });
    }
  }
  return { decisions, failures };
}

/** The best allowed option of each kind (cheapest route per kind), for a compact table. */
export function bestPerKind(decision: Decision): Partial<Record<OptionKind, Option>> {
  const out: Partial<Record<OptionKind, Option>> = {};
  for (const kind of OPTION_KINDS) {
    const ofKind = decision.options.filter((o) => o.kind === kind);
    const best = bestOf(ofKind.filter((o) => o.allowed)) ?? ofKind[0];
    if (best) out[kind] = best;
  }
  return out;
}
