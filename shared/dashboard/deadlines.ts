import { addDays, daysBetween, type IsoDate } from '../dates';
import type { ReturnStatus } from '../ledger/return-status';
import type { ReturnFact } from './facts';

/**
 * The two clocks on goods still abroad (the same rules as Decide's deadline alerts, worked
 * out per return in buildFacts from the ledger alone, so no decision model run is needed): the tax exemption
 * (export + 6 months, when its conditions hold) and the 1-year right of return. Only
 * returns not yet cleared into China can still lose them.
 */

export const OPEN_STATUSES: ReadonlySet<ReturnStatus> = new Set(['requested', 'received_overseas', 'decided', 'in_batch', 'in_transit']);

export type DeadlineKind = 'taxExemption' | 'returnRight';

export interface DeadlineItem { returnId: string; rmaNo: string; sku: string; kind: DeadlineKind; lastDay: IsoDate; daysLeft: number }

/** Days-left buckets of the chart: [from, to] inclusive. */
export const DEADLINE_BUCKETS: readonly (readonly [number, number])[] = [[0, 6], [7, 13], [14, 20], [21, 30]];
export const DEADLINE_HORIZON_DAYS = 30;

export interface DeadlineBucket { from: number; to: number; taxExemption: number; returnRight: number }
export interface Deadlines { buckets: DeadlineBucket[]; soonest: DeadlineItem[]; total: number }

export function upcomingDeadlines(returns: readonly ReturnFact[], today: IsoDate, soonestCount = 8): Deadlines {
  const horizon = addDays(today, DEADLINE_HORIZON_DAYS);
  const items: DeadlineItem[] = [];
  const consider = (r: ReturnFact, kind: DeadlineKind, lastDay: IsoDate) => {
    // Text comparison first: daysBetween (which builds Dates) only runs for the few that qualify.
    if (lastDay < today || lastDay > horizon) return;
    items.push({ returnId: r.id, rmaNo: r.rmaNo, sku: r.sku, kind, lastDay, daysLeft: daysBetween(today, lastDay) });
  };
  for (const r of returns) {
    if (!OPEN_STATUSES.has(r.status)) continue;
    if (r.exemptionLastDay) consider(r, 'taxExemption', r.exemptionLastDay);
    consider(r, 'returnRight', r.rightLastDay);
  }
  items.sort((a, b) => a.daysLeft - b.daysLeft || (a.rmaNo < b.rmaNo ? -1 : a.rmaNo > b.rmaNo ? 1 : 0));
  const buckets = DEADLINE_BUCKETS.map(([from, to]) => ({ from, to, taxExemption: 0, returnRight: 0 }));
  for (const item of items) {
    const b = buckets.find((x) => item.daysLeft >= x.from && item.daysLeft <= x.to);
    if (b) b[item.kind] += 1;
  }
  return { buckets, soonest: items.slice(0, soonestCount), total: items.length };
}
