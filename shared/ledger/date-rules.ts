import { addDays, type IsoDate } from '../dates';
import type { FieldError } from '../errors';

/**
 * The dates of the ledger that must make sense together, one rule each, used by the forms (the
 * repositories) and the imports alike. "Today" is the caller's (the user's calendar day), so
 * the rules stay pure. Each refusal names the field and the date it conflicts with.
 */

/** How far ahead a date may be: a day, for a seller whose buyer's calendar is ahead of theirs. */
export const FUTURE_SLACK_DAYS = 1;

function notFuture(field: string, date: IsoDate, today: IsoDate): FieldError[] {
  const latest = addDays(today, FUTURE_SLACK_DAYS);
  return date > latest ? [{ field, key: 'errors.dateInFuture', params: { date: latest } }] : [];
}

/**
 * A 9610 parcel leaves China after the buyer orders; 9810/1210 stock (and 9710, 0110 goods) may be
 * exported ahead of the sale, so only 9610 refuses an export date before the order date.
 */
export function exportBeforeOrder(o: { orderDate: IsoDate; exportDate: IsoDate; exportMode: string }): FieldError[] {
  return o.exportMode === '9610' && o.exportDate < o.orderDate
    ? [{ field: 'exportDate', key: 'errors.exportBeforeOrder', params: { date: o.orderDate } }]
    : [];
}

/** An order's dates: none more than a day ahead of today, and the export not before a 9610 order. */
export function orderDateErrors(o: { orderDate: IsoDate; exportDate: IsoDate; exportMode: string }, today: IsoDate): FieldError[] {
  return [...notFuture('orderDate', o.orderDate, today), ...notFuture('exportDate', o.exportDate, today), ...exportBeforeOrder(o)];
}

/** A return is requested on or after its order's date, and not more than a day ahead of today. */
export function returnDateErrors(requestedDate: IsoDate, orderDate: IsoDate, today: IsoDate): FieldError[] {
  if (requestedDate < orderDate) return [{ field: 'requestedDate', key: 'errors.beforeOrderDate', params: { date: orderDate } }];
  return notFuture('requestedDate', requestedDate, today);
}

/**
 * A status step dated `at` (ISO timestamp): never before the step before it, never more than a
 * day ahead of `now` (ISO timestamp).
 */
export function stepDateErrors(at: string, previousAt: string, now: string): FieldError[] {
  if (at < previousAt) return [{ field: 'at', key: 'errors.stepBeforePrevious', params: { date: previousAt } }];
  const latest = new Date(Date.parse(now) + FUTURE_SLACK_DAYS * 86_400_000).toISOString();
  return at > latest ? [{ field: 'at', key: 'errors.dateInFuture', params: { date: latest.slice(0, 10) } }] : [];
}
