import type { IsoDate } from '../dates';
import type { DecideContext } from './context';
import { districtBlockers } from './eligibility';
import { DecideError, OPTION_KINDS, STAY_KINDS, type Decision, type DecisionInput, type Option, type OptionKind, type Reason } from './model-types';
import type { OverseasLocation } from './presets-types';
import { explained, priceDispose, priceHomeOn, priceLiquidate, priceRelist, type Explained } from './pricing';
import { locationTable, returnFacts, routeTables, runTables, type LocationTable, type ReturnFacts, type RunTables } from './run-tables';
import { beats, bestOf, type DecisionSummary, type OptionSummary } from './summary';

export { bestOf, type DecisionSummary, type OptionSummary } from './summary';

/**
 * Every option for one return, priced (pricing.ts) and checked against the rules and the
 * location's channels, then the recommendation, the "original in, original out" baseline and
 * the savings. The full decision (with cost lines) and the light summary of a batch run are
 * the same walk over the same prices; only what is kept differs.
 */

/** Why the location cannot offer a stay-overseas option, or null when it can. */
export function stayBlock(kind: OptionKind, input: DecisionInput, location: OverseasLocation): Reason | null {
  const c = location.channels;
  const missing = kind === 'keep' ? !c.returnless : kind === 'dispose' ? !c.dispose : kind === 'liquidate' ? !c.liquidate : kind === 'relist' ? !c.relist : false;
  if (missing) return { key: 'decide.reason.notAtLocation', params: { location: location.name, locationEn: location.nameEn || location.name } };
  if (kind === 'keep' && input.buyerShipped) return { key: 'decide.reason.buyerShipped' };
  if (kind === 'relist' && !location.relistGrades.includes(input.grade)) return { key: 'decide.reason.gradeNotRelistable', params: { grade: input.grade } };
  return null;
}

/** Platform returnless-refund bands that apply to this sale, as notes on "keep". */
function returnlessNotes(ctx: DecideContext, input: DecisionInput): Reason[] {
  const rule = ctx.platformRules.get(`${input.platform}:${input.saleCurrency}`);
  if (!rule) return [];
  const band = rule.returnless.find((b) => b.fromMinor <= input.unitPriceMinor && input.unitPriceMinor <= b.toMinor);
  if (!band) return [];
  return [{ key: band.policy === 'auto_returnless' ? 'decide.note.autoReturnless' : 'decide.note.offerReturnless', params: { upToMinor: band.toMinor, currency: rule.currency } }];
}

/** What the full decision adds to an option's summary: its explanation and every reason it is not allowed. */
interface Detail { x: Explained; reasons: Reason[]; returnDate: IsoDate | undefined }

function summary(kind: OptionKind, allowed: boolean, netFen: number, districtCode: string | undefined, routeId: string | undefined): OptionSummary {
  // One object shape for every option keeps 20,000 decisions fast (no spread, no shape churn).
  return { kind, districtCode, routeId, allowed, netFen };
}

/** The four stay-overseas options, in OPTION_KINDS order; `details` also gets their lines and reasons. */
function stays(t: RunTables, f: ReturnFacts, loc: LocationTable, details: Detail[] | null): OptionSummary[] {
  const input = f.input;
  const location = loc.location;
  const x = details ? [explained(), explained(), explained(), explained()] : null;
  if (x) x[0]!.notes = returnlessNotes(t.ctx, input);
  const keep = stayBlock('keep', input, location), dispose = stayBlock('dispose', input, location);
  const liquidate = stayBlock('liquidate', input, location), relist = stayBlock('relist', input, location);
  const options = [
    summary('keep', keep === null, 0 - 0, undefined, undefined),
    summary('dispose', dispose === null, priceDispose(f, loc, x && x[1]!), undefined, undefined),
    summary('liquidate', liquidate === null, priceLiquidate(f, loc, x && x[2]!), undefined, undefined),
    summary('relist', relist === null, priceRelist(t, f, loc, x && x[3]!), undefined, undefined),
  ];
  if (details && x) [keep, dispose, liquidate, relist].forEach((block, i) => details.push({ x: x[i]!, reasons: block ? [block] : [], returnDate: undefined }));
  return options;
}

/**
 * Every option as a summary, in one order: keep, dispose, liquidate, relist, each bookable
 * route, then the original district when no route reaches it. Given `details`, the same walk
 * also writes each option's cost lines and reasons there, index for index.
 */
function walk(t: RunTables, input: DecisionInput, details: Detail[] | null): OptionSummary[] {
  const loc = locationTable(t, input.locationId);
  const f = returnFacts(t, input, loc);
  const options = stays(t, f, loc, details);
  const presets = t.ctx.presets;
  let original = false;
  for (const rt of routeTables(t, input.locationId)) {
    const district = rt.route.districtCode;
    original ||= district === input.exportDistrict;
    const x = details ? explained() : null;
    const net = priceHomeOn(t, f, loc, rt, 'alone', x);
    const reasons = districtBlockers(input, district, rt.returnDate, presets, f.rightLastDay);
    options.push(summary(district === input.exportDistrict ? 'home_original' : 'home_other', reasons.length === 0, net, district, rt.route.id));
    if (details && x) details.push({ x, reasons, returnDate: rt.returnDate });
  }
  if (!original) {
    // Say that the original district cannot be priced rather than leave it out silently.
    options.push(summary('home_original', false, 0 - 0, input.exportDistrict, undefined));
    details?.push({ x: explained(), reasons: [{ key: 'decide.reason.noRoute', params: { district: input.exportDistrict, locationId: input.locationId } }], returnDate: undefined });
  }
  return options;
}

function optionOf(s: OptionSummary, d: Detail): Option {
  const x = d.x;
  return {
    kind: s.kind, districtCode: s.districtCode, routeId: s.routeId, allowed: s.allowed, reasons: d.reasons,
    notes: x.notes, recoveryKey: x.recoveryKey, recoveryFen: x.recoveryFen, costLines: x.costLines, netFen: s.netFen, returnDate: d.returnDate,
  };
}

interface Picks<O> { recommended: O; baseline: O; bestStay: O; dispose: O }

/**
 * The recommendation (best allowed option), the baseline (best allowed under "original in,
 * original out") and the best allowed stay, in one pass. With no allowed option at all the
 * return cannot be decided: the user must switch on a channel or add a route.
 */
function pick<O extends { kind: OptionKind; allowed: boolean; netFen: number }>(options: readonly O[], input: DecisionInput): Picks<O> {
  let recommended: O | undefined;
  let baseline: O | undefined;
  let bestStay: O | undefined;
  for (const o of options) {
    if (!o.allowed) continue;
    if (beats(o, recommended)) recommended = o;
    const stays = STAY_KINDS.has(o.kind);
    if ((stays || o.kind === 'home_original') && beats(o, baseline)) baseline = o;
    if (stays && beats(o, bestStay)) bestStay = o;
  }
  const dispose = options[1]!;
  if (!recommended) throw new DecideError('errors.noWayToEnd', { returnId: input.returnId, locationId: input.locationId });
  // Without an allowed stay, what leaving the goods would cost is the disposal table's price.
  return { recommended, baseline: baseline ?? dispose, bestStay: bestStay ?? dispose, dispose };
}

/**
 * Decides one return on date `on` (rates and routes as of `on`; district rules and the tax
 * exemption as of the day each route would deliver), with every option's cost lines.
 */
export function decideReturn(input: DecisionInput, ctx: DecideContext, on: IsoDate): Decision {
  const details: Detail[] = [];
  const options = walk(runTables(ctx, on), input, details).map((o, i) => optionOf(o, details[i]!));
  const { recommended, baseline, dispose } = pick(options, input);
  return {
    returnId: input.returnId, on, options, recommended, baseline, dispose,
    savingsFen: Math.max(0, recommended.netFen - baseline.netFen),
    savingsVsDisposeFen: Math.max(0, recommended.netFen - dispose.netFen),
  };
}

/** decideReturn without the cost lines: what lists, charts and batch plans keep. */
export function decideSummary(t: RunTables, input: DecisionInput): DecisionSummary {
  const options = walk(t, input, null);
  const { recommended, baseline, bestStay, dispose } = pick(options, input);
  return {
    returnId: input.returnId, on: t.on, options, recommended, baseline, bestStay,
    disposeNetFen: dispose.netFen,
    savingsFen: Math.max(0, recommended.netFen - baseline.netFen),
    savingsVsDisposeFen: Math.max(0, recommended.netFen - dispose.netFen),
  };
}

/** The best allowed stay-overseas option of a return (the disposal table's price when none is allowed). */
export function bestStayOf(t: RunTables, input: DecisionInput): OptionSummary {
  const loc = locationTable(t, input.locationId);
  const options = stays(t, returnFacts(t, input, loc), loc, null);
  return bestOf(options.filter((o) => o.allowed)) ?? options[1]!;
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
  /** Returns that could not be decided, with the fix the user needs (missing rate, location, channel). */
  failures: { returnId: string; key: string; params: Record<string, string | number> }[];
}

/** Decides many returns; one bad return is reported, not fatal to the rest. */
export function decideAll(inputs: readonly DecisionInput[], ctx: DecideContext, on: IsoDate): DecideAllResult {
  const t = runTables(ctx, on);
  const decisions: DecisionSummary[] = [];
  const failures: DecideAllResult['failures'] = [];
  for (const input of inputs) {
    try {
      decisions.push(decideSummary(t, input));
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
