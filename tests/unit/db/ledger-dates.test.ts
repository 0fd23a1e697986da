import { describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../../shared/dates';
import { ValidationFailed } from '../../../shared/errors';
import { anOrder, aReturn } from '../../builders/ledger';
import { freshRepositories } from './test-db';

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationFailed);
  return (error as ValidationFailed).errors;
}

describe('ledger dates, as the forms save them', () => {
  it('refuses a return requested before its order, naming the order date, and saves nothing', async () => {
    const { orders, returns } = freshRepositories();
    const order = await orders.create(anOrder({ orderDate: '2026-05-02' }));
    expect(await refusal(returns.create(aReturn(order.id, order.lines[0]!.id, { requestedDate: '2026-05-01' }))))
      .toEqual([{ field: 'requestedDate', key: 'errors.beforeOrderDate', params: { date: '2026-05-02' } }]);
    expect(await returns.list()).toHaveLength(0);
  });

  it('refuses an order dated more than a day ahead (the 2030 order that stretched the dashboard)', async () => {
    const { orders } = freshRepositories();
    const errors = await refusal(orders.create(anOrder({ orderDate: '2030-01-01', exportDate: '2030-01-02' })));
    expect(errors.map((e) => e.field)).toEqual(['orderDate', 'exportDate']);
    await orders.create(anOrder({ orderNo: 'TOMORROW', orderDate: addDays(localToday(), 1), exportDate: addDays(localToday(), 1) }));
  });

  it('refuses moving an order date past one of its returns', async () => {
    const { orders, returns } = freshRepositories();
    const order = await orders.create(anOrder());
    await returns.create(aReturn(order.id, order.lines[0]!.id, { requestedDate: '2026-05-20', rmaNo: 'RMA-EARLY' }));
    expect(await refusal(orders.update(order.id, { ...order, orderDate: '2026-05-25', exportDate: '2026-05-26' })))
      .toEqual([{ field: 'orderDate', key: 'errors.afterReturnDate', params: { date: '2026-05-20', rmaNo: 'RMA-EARLY' } }]);
  });

  it('dates a status step back, but never before the step before it', async () => {
    const { orders, returns } = freshRepositories();
    const order = await orders.create(anOrder());
    const ret = await returns.create(aReturn(order.id, order.lines[0]!.id, { requestedDate: '2026-05-20' }));
    // The request step is dated on its request day, so a step after it can be dated back too.
    expect(ret.history[0]!.at.slice(0, 10) <= '2026-05-20').toBe(true);
    const received = await returns.moveStatus(ret.id, 'received_overseas', '', new Date('2026-06-01T09:00:00').toISOString());
    expect(received.history.at(-1)!.at).toBe(new Date('2026-06-01T09:00:00').toISOString());
    const early = new Date('2026-05-31T09:00:00').toISOString();
    expect(await refusal(returns.moveStatus(ret.id, 'decided', '', early)))
      .toEqual([{ field: 'at', key: 'errors.stepBeforePrevious', params: { date: received.history.at(-1)!.at } }]);
    expect((await returns.get(ret.id))!.status).toBe('received_overseas');
    // Without a date the step is stamped now.
    const before = new Date().toISOString();
    expect((await returns.moveStatus(ret.id, 'decided')).history.at(-1)!.at >= before).toBe(true);
  });
});
