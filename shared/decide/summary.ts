import type { IsoDate } from '../dates';
import { OPTION_KINDS, type OptionKind } from './model-types';

/**
 * The light form of a decision that lists, charts and batch plans use, and the one rule that
 * picks among options, shared by the full decision (options.ts) and the batch run
 * (run-summaries.ts) so both choose alike.
 */

const RANK: Record<OptionKind, number> = Object.fromEntries(OPTION_KINDS.map((k, i) => [k, i])) as Record<OptionKind, number>;

/** Whether `o` beats `best` under bestOf's rule. */
export function beats(o: { kind: OptionKind; netFen: number }, best: { kind: OptionKind; netFen: number } | undefined): boolean {
  return !best || o.netFen > best.netFen || (o.netFen === best.netFen && RANK[o.kind] < RANK[best.kind]);
}

/** Highest net; ties go to the simpler kind (OPTION_KINDS order), then the earlier option. */
export function bestOf<T extends { kind: OptionKind; netFen: number }>(options: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const o of options) if (beats(o, best)) best = o;
  return best;
}

/** An option without its lines: enough for lists, charts and batch planning. */
export interface OptionSummary {
  kind: OptionKind;
  districtCode: string | undefined;
  routeId: string | undefined;
  allowed: boolean;
  netFen: number;
}

/** A decision without cost lines; expand one with decideReturn when the user opens it. */
export interface DecisionSummary {
  returnId: string;
  on: IsoDate;
  options: OptionSummary[];
  recommended: OptionSummary;
  baseline: OptionSummary;
  /** The best allowed stay-overseas option (what a batch must beat). */
  bestStay: OptionSummary;
  disposeNetFen: number;
  savingsFen: number;
  savingsVsDisposeFen: number;
}
