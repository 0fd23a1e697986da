import { OPTION_KINDS, type OptionKind } from '../decide/model-types';
import type { DecisionFact } from './facts';
import { monthNumber, type MonthKey } from './months';

/**
 * Money per month from accepted decisions, bucketed by the day each was priced. Months
 * without decisions stay in the series with zeros, so a quiet month reads as quiet rather
 * than disappearing from the axis.
 */

export interface SavingsMonth {
  month: MonthKey;
  /** Σ net of what the seller chose. */
  chosenFen: number;
  /** Σ net of the best "original in, original out" option (the pre-reform habit). */
  baselineFen: number;
  /** Σ net had everything been disposed overseas. */
  disposeFen: number;
  /** Σ per-return savings against the baseline this month, and running total from the first month shown. */
  savingsFen: number;
  cumulativeFen: number;
  /** Σ per-return savings against always disposing this month. */
  vsDisposeFen: number;
  decisions: number;
}

export interface SavingsSummary {
  months: SavingsMonth[];
  totalSavingsFen: number;
  totalVsDisposeFen: number;
  decisions: number;
}

export interface RecoveryMonth {
  month: MonthKey;
  /** What the chosen outcomes brought back (resale, liquidation, value of goods home). */
  recoveredFen: number;
  /** Goods cost of the returned units that nothing recovered. */
  writtenOffFen: number;
}

export interface OutcomeSlice { kind: OptionKind; returns: number; units: number; netFen: number }

export interface DecisionAggregates {
  savings: SavingsSummary;
  recovery: RecoveryMonth[];
  outcomes: OutcomeSlice[];
}

/** `months`: consecutive, as monthsBetween gives them. */
export function aggregateDecisions(decisions: readonly DecisionFact[], months: readonly MonthKey[]): DecisionAggregates {
  const base = months.length ? monthNumber(months[0]!) : 0;
  const savings: SavingsMonth[] = months.map((month) => ({ month, chosenFen: 0, baselineFen: 0, disposeFen: 0, savingsFen: 0, cumulativeFen: 0, vsDisposeFen: 0, decisions: 0 }));
  const recovery: RecoveryMonth[] = months.map((month) => ({ month, recoveredFen: 0, writtenOffFen: 0 }));
  const byKind = new Map<OptionKind, OutcomeSlice>(OPTION_KINDS.map((kind) => [kind, { kind, returns: 0, units: 0, netFen: 0 }]));
  let totalSavingsFen = 0;
  let totalVsDisposeFen = 0;
  for (const d of decisions) {
    const i = monthNumber(d.date) - base;
    if (!(i >= 0 && i < months.length) || !d.date.startsWith(months[i]!)) continue;
    const s = savings[i]!;
    s.chosenFen += d.netFen;
    s.baselineFen += d.baselineNetFen;
    s.disposeFen += d.disposeNetFen;
    s.savingsFen += d.savingsFen;
    s.vsDisposeFen += d.savingsVsDisposeFen;
    s.decisions += 1;
    totalSavingsFen += d.savingsFen;
    totalVsDisposeFen += d.savingsVsDisposeFen;
    const r = recovery[i]!;
    r.recoveredFen += d.recoveryFen;
    r.writtenOffFen += Math.max(0, d.goodsFen - d.recoveryFen);
    const k = byKind.get(d.kind)!;
    k.returns += 1;
    k.units += d.units;
    k.netFen += d.netFen;
  }
  let running = 0;
  for (const s of savings) {
    running += s.savingsFen;
    s.cumulativeFen = running;
  }
  const counted = savings.reduce((n, s) => n + s.decisions, 0);
  return { savings: { months: savings, totalSavingsFen, totalVsDisposeFen, decisions: counted }, recovery, outcomes: [...byKind.values()] };
}
