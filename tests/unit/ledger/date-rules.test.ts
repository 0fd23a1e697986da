import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { orderDateErrors, returnDateErrors, stepDateErrors } from '../../../shared/ledger/date-rules';
import { orderInput } from '../../../shared/schemas/order';
import { issuesToErrors } from '../../../shared/errors';
import { anOrder } from '../../builders/ledger';

describe('dates that make sense', () => {
  const today = '2026-12-03';

  it('refuses a return requested before its order, naming the order date', () => {
    expect(returnDateErrors('2026-05-09', '2026-05-10', today)).toEqual([{ field: 'requestedDate', key: 'errors.beforeOrderDate', params: { date: '2026-05-10' } }]);
    expect(returnDateErrors('2026-05-10', '2026-05-10', today)).toEqual([]);
  });

  it('allows tomorrow (a buyer a time zone ahead) and refuses the day after, naming the latest allowed date', () => {
    expect(returnDateErrors('2026-12-04', '2026-05-10', today)).toEqual([]);
    expect(returnDateErrors('2026-12-05', '2026-05-10', today)).toEqual([{ field: 'requestedDate', key: 'errors.dateInFuture', params: { date: '2026-12-04' } }]);
    // The issue's case: an order dated 2030.
    const o2030 = { orderDate: '2030-01-01', exportDate: '2030-01-02', exportMode: '9610' };
    expect(orderDateErrors(o2030, today).map((e) => e.field)).toEqual(['orderDate', 'exportDate']);
  });

  it('refuses a 9610 export before the order date, but lets 9810 stock leave ahead of the sale', () => {
    expect(orderDateErrors({ orderDate: '2026-05-10', exportDate: '2026-05-01', exportMode: '9610' }, today))
      .toEqual([{ field: 'exportDate', key: 'errors.exportBeforeOrder', params: { date: '2026-05-10' } }]);
    expect(orderDateErrors({ orderDate: '2026-05-10', exportDate: '2026-05-01', exportMode: '9810' }, today)).toEqual([]);
  });

  it('the order schema carries the same rule, with the date it conflicts with', () => {
    const bad = { ...anOrder(), orderDate: '2026-05-10', exportDate: '2026-05-01', exportMode: '9610' as const };
    const result = orderInput.safeParse(bad);
    expect(result.success).toBe(false);
    expect(issuesToErrors(result.error!.issues)).toContainEqual({ field: 'exportDate', key: 'errors.exportBeforeOrder', params: { date: '2026-05-10' } });
  });

  it('a status step may be dated back, never before the previous step nor over a day ahead', () => {
    const now = '2026-12-03T10:00:00.000Z';
    expect(stepDateErrors('2026-11-20T08:00:00.000Z', '2026-11-19T08:00:00.000Z', now)).toEqual([]);
    expect(stepDateErrors('2026-11-18T08:00:00.000Z', '2026-11-19T08:00:00.000Z', now))
      .toEqual([{ field: 'at', key: 'errors.stepBeforePrevious', params: { date: '2026-11-19T08:00:00.000Z' } }]);
    expect(stepDateErrors('2026-12-05T08:00:00.000Z', '2026-11-19T08:00:00.000Z', now)).toEqual([{ field: 'at', key: 'errors.dateInFuture', params: { date: '2026-12-04' } }]);
  });

  it('property: any request date from the order date up to tomorrow is accepted, any other refused', () => {
    fc.assert(fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 300 }), (offset, age) => {
      const orderDate = addDays(today, -age);
      const requested = addDays(today, offset);
      const ok = requested >= orderDate && requested <= addDays(today, 1);
      expect(returnDateErrors(requested, orderDate, today).length === 0).toBe(ok);
    }));
  });
});
