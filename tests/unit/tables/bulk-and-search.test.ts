import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../shared/errors';
import { matchesProduct } from '../../../shared/search/product-match';
import { initialsFor } from '../../../renderer/db/pinyin-initials';
import { NO_LOCATION } from '../../../renderer/db/returns-query';
import { aLine, anOrder, aProduct, aReturn } from '../../builders/ledger';
import { freshRepositories } from '../db/test-db';

async function withReturns(n: number) {
  const repos = freshRepositories();
  const order = await repos.orders.create(anOrder({ lines: [aLine({ qty: n })] }));
  const rets = [];
  for (let i = 0; i < n; i++) {
    rets.push(await repos.returns.create(aReturn(order.id, order.lines[0]!.id, { rmaNo: `RMA-${String(i).padStart(3, '0')}`, requestedDate: `2026-05-${String(10 + (i % 10)).padStart(2, '0')}` })));
  }
  return { repos, order, rets };
}

describe('bulk actions on returns', () => {
  it('sets the location of 30 returns in one write, and the undo puts every one back as it was', async () => {
    const { repos, rets } = await withReturns(30);
    const before = await repos.returns.list({ sort: 'rmaNo' });
    const undo = await repos.bulk.setReturns(rets.map((r) => r.id), { locationId: 'us-amazon' });
    expect(await repos.returns.list({ location: 'us-amazon' })).toHaveLength(30);
    expect(await repos.returns.list({ location: NO_LOCATION })).toHaveLength(0);
    await repos.bulk.restoreReturns(undo);
    expect(await repos.returns.list({ sort: 'rmaNo' })).toEqual(before);
  });

  it('refuses an unknown location and a step some returns cannot take, naming them, and changes nothing', async () => {
    const { repos, rets } = await withReturns(3);
    await expect(repos.bulk.setReturns([rets[0]!.id], { locationId: 'nowhere' })).rejects.toBeInstanceOf(ValidationFailed);
    await repos.returns.moveStatus(rets[1]!.id, 'kept_by_buyer');
    const error = await repos.bulk.moveReturns(rets.map((r) => r.id), 'received_overseas').catch((e: ValidationFailed) => e);
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors[0]).toMatchObject({ key: 'errors.bulkBlocked', params: { count: 1, list: 'RMA-001' } });
    const after = await repos.returns.list({ sort: 'rmaNo' });
    expect(after.map((r) => [r.status, r.locationId])).toEqual([['requested', null], ['kept_by_buyer', null], ['requested', null]]);
  });

  it('moves every return one dated step when all can take it', async () => {
    const { repos, rets } = await withReturns(2);
    await repos.bulk.moveReturns(rets.map((r) => r.id), 'received_overseas');
    for (const r of await repos.returns.list()) expect(r.history.map((h) => h.status)).toEqual(['requested', 'received_overseas']);
  });
});

describe('bulk delete of orders', () => {
  it('refuses orders with returns, naming them; deletes the others in one write, with undo', async () => {
    const { repos, order } = await withReturns(1);
    const free = await repos.orders.create(anOrder({ orderNo: '113-0000000-0000002' }));
    const error = await repos.bulk.removeOrders([order.id, free.id]).catch((e: ValidationFailed) => e);
    expect((error as ValidationFailed).errors[0]).toMatchObject({ key: 'errors.bulkHasReturns', params: { count: 1, list: order.orderNo } });
    expect(await repos.orders.count()).toBe(2);
    const removed = await repos.bulk.removeOrders([free.id]);
    expect(await repos.orders.count()).toBe(1);
    await repos.bulk.restoreOrders(removed);
    expect(await repos.orders.get(free.id)).toEqual(free);
  });
});

describe('returns filters', () => {
  it('filter by requested-date range (both ends included) and by location, and sort by any column', async () => {
    const { repos, rets } = await withReturns(10);
    await repos.bulk.setReturns([rets[0]!.id], { locationId: 'de-amazon' });
    expect((await repos.returns.list({ from: '2026-05-12', to: '2026-05-14' })).map((r) => r.requestedDate).sort()).toEqual(['2026-05-12', '2026-05-13', '2026-05-14']);
    expect((await repos.returns.list({ location: 'de-amazon' })).map((r) => r.rmaNo)).toEqual(['RMA-000']);
    expect(await repos.returns.list({ location: NO_LOCATION })).toHaveLength(9);
    expect((await repos.returns.list({ sort: 'rmaNo', desc: true }))[0]!.rmaNo).toBe('RMA-009');
    // Found by their order's waybill (LP00123456789012), in any case, and by product name.
    expect(await repos.returns.list({ search: 'lp0012345' })).toHaveLength(10);
    expect(await repos.returns.list({ search: 'LP999' })).toHaveLength(0);
  });
});

describe('search by product name', () => {
  it('finds orders by Chinese name, English name and pinyin initials ("lyej" → 蓝牙耳机)', async () => {
    const { products, orders } = freshRepositories();
    await products.create(aProduct({ sku: 'BT-EAR-01', barcode: '', nameZh: '蓝牙耳机 降噪', nameEn: 'Bluetooth earbuds' }));
    await products.create(aProduct());
    const ear = await orders.create(anOrder({ orderNo: 'A-1', lines: [aLine({ sku: 'BT-EAR-01', barcode: '' })] }));
    await orders.create(anOrder({ orderNo: 'A-2' }));
    for (const q of ['蓝牙', 'lyej', 'LYE', 'earbuds']) expect(await orders.ids({ search: q })).toEqual([ear.id]);
    expect(await orders.ids({ search: 'zzzz' })).toEqual([]);
  });

  it('matches initials only for letter queries, and never by accident on the English name', async () => {
    const initials = (await initialsFor('bwb'))!;
    expect(initials('保温杯 500 毫升')).toBe('bwbhs');
    const cup = { sku: 'CUP', barcode: '6901234567892', nameZh: '保温杯 500 毫升', nameEn: 'Thermal cup' };
    expect(matchesProduct(cup, 'bwb', initials)).toBe(true);
    expect(matchesProduct(cup, 'bwb')).toBe(false);
    expect(await initialsFor('500')).toBeUndefined();
  });
});

describe('decide selected', () => {
  it('accepts each return’s recommended option in one write; the undo removes the decisions and restores the returns', async () => {
    const { repos, rets } = await withReturns(3);
    await repos.products.create(aProduct());
    await repos.bulk.setReturns(rets.map((r) => r.id), { locationId: 'us-amazon' });
    const before = await repos.returns.list({ sort: 'rmaNo' });
    const { decideSelected } = await import('../../../renderer/db/decide-selected');
    const undo = await decideSelected(repos, rets.map((r) => r.id));
    expect(undo.decisionIds).toHaveLength(3);
    expect((await repos.returns.list()).every((r) => r.status === 'decided')).toBe(true);
    await repos.bulk.undoDecisions(undo);
    expect(await repos.decisions.list()).toHaveLength(0);
    expect(await repos.returns.list({ sort: 'rmaNo' })).toEqual(before);
  });

  it('decides nothing when one selected return cannot be priced, and names it', async () => {
    const { repos, rets } = await withReturns(2);
    await repos.products.create(aProduct());
    await repos.bulk.setReturns([rets[0]!.id], { locationId: 'us-amazon' });
    const { decideSelected } = await import('../../../renderer/db/decide-selected');
    const error = await decideSelected(repos, rets.map((r) => r.id)).catch((e: ValidationFailed) => e);
    expect((error as ValidationFailed).errors[0]).toMatchObject({ key: 'errors.cannotDecide', params: { count: 1, list: 'RMA-001' } });
    expect(await repos.decisions.list()).toHaveLength(0);
  });
});
