import { daysBetween, type IsoDate } from '../dates';
import type { DecideContext } from './context';
import { checkTaxExemption, exemptionLastDay, returnRightLastDay } from './eligibility';
import type { DecisionInput } from './model-types';

/**
 * The two clocks that run on every return: the tax-free window (export + 6 months) and the
 * e-commerce return right (export + 1 year). Dates are the last day (inclusive) the goods
 * may be declared at China customs; transit time has to fit before them.
 */

export interface ReturnDeadlines {
  returnId: string;
  /** Last day of the tax exemption, or null when it does not hold on `on` anyway. */
  taxExemptionLastDay: IsoDate | null;
  returnRightLastDay: IsoDate;
}

export function deadlinesOf(input: DecisionInput, ctx: DecideContext, on: IsoDate): ReturnDeadlines {
  const holds = checkTaxExemption(input, on, ctx.presets).exempt;
  return {
    returnId: input.returnId,
    taxExemptionLastDay: holds ? exemptionLastDay(input.exportDate, ctx.presets) : null,
    returnRightLastDay: returnRightLastDay(input.exportDate, ctx.presets),
  };
}

export interface DeadlineAlert {
  returnId: string;
  kind: 'taxExemption' | 'returnRight';
  lastDay: IsoDate;
  /** 0 = today is the last day. */
  daysLeft: number;
}

/** Deadlines falling within `withinDays` of `on` (inclusive), soonest first. */
export function upcomingDeadlines(inputs: readonly DecisionInput[], ctx: DecideContext, on: IsoDate, withinDays = 14): DeadlineAlert[] {
  const alerts: DeadlineAlert[] = [];
  // 20,000 returns share a few hundred last days: count the days to each once.
  const daysTo = new Map<IsoDate, number>();
  const daysLeft = (lastDay: IsoDate): number => {
    let left = daysTo.get(lastDay);
    if (left === undefined) {
      left = daysBetween(on, lastDay);
      daysTo.set(lastDay, left);
    }
    return left;
  };
  for (const input of inputs) {
    const d = deadlinesOf(input, ctx, on);
    if (d.taxExemptionLastDay !== null) {
      const left = daysLeft(d.taxExemptionLastDay);
      if (left >= 0 && left <= withinDays) alerts.push({ returnId: input.returnId, kind: 'taxExemption', lastDay: d.taxExemptionLastDay, daysLeft: left });
    }
    const left = daysLeft(d.returnRightLastDay);
    if (left >= 0 && left <= withinDays) alerts.push({ returnId: input.returnId, kind: 'returnRight', lastDay: d.returnRightLastDay, daysLeft: left });
  }
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft || (a.returnId < b.returnId ? -1 : a.returnId > b.returnId ? 1 : 0));
}
