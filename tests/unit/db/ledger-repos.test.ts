import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../shared/errors';
import { aLine, anOrder, aProduct, aReturn } from '../../builders/ledger';
import { freshRepositories } from './test-db';

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationFailed);
  return (error as ValidationFailed).errors;
}

describe('products', () => {
  it('finds a product by barcode or SKU, as a scanner types it', async () => {
    const { products } = freshRepositories();
    const cup = await products.create(aProduct());
    expect((await products.findByCode('6901234567892'))?.id).toBe(cup.id);
    expect((await products.findByCode('CUP-THM-500'))?.id).toBe(cup.id);
    expect(await products.findByCode('0000000000000')).toBeUndefined();
  });

  it('refuses a bad barcode or HS code, naming the field, and saves nothing', async () => {
    const { products } = freshRepositories();
    expect(await refusal(products.create(aProduct({ barcode: '6901234567893' })))).toEqual([{ field: 'barcode', key: 'errors.gtin' }]);
    expect((await refusal(products.create(aProduct({ hsCode: '96170019' }))))[0]?.field).toBe('hsCode');
    expect(await products.list()).toHaveLength(0);
  });

  it('keeps SKUs and barcodes unique', async () => {
    const { products } = freshRepositories();
    await products.create(aProduct());
    expect((await refusal(products.create(aProduct({ barcode: '' }))))[0]).toMatchObject({ field: 'sku', key: 'errors.duplicateSku' });
    expect((await refusal(products.create(aProduct({ sku: 'OTHER' }))))[0]).toMatchObject({ field: 'barcode', key: 'errors.duplicateBarcode' });
  });

  it('deletes with an undo that brings the same record back', async () => {
    const { products } = freshRepositories();
    const cup = await products.create(aProduct());
    const removed = await products.remove(cup.id);
    expect(await products.list()).toHaveLength(0);
    await products.restore(removed!);
    expect(await products.get(cup.id)).toEqual(cup);
  });
});

describe('orders', () => {
  it('keeps order numbers unique per platform, not across platforms', async () => {
    const { orders } = freshRepositories();
    await orders.create(anOrder());
    expect((await refusal(orders.create(anOrder())))[0]).toMatchObject({ field: 'orderNo', key: 'errors.duplicateOrder' });
    await orders.create(anOrder({ platform: 'ebay' }));
    expect(await orders.list()).toHaveLength(2);
  });

  it('searches by order no., SKU, barcode and waybill', async () => {
    const { orders } = freshRepositories();
    await orders.create(anOrder({ orderNo: 'A-1', waybillNo: 'YT111', lines: [aLine({ sku: 'LED-STRIP-5M', barcode: '' })] }));
    await orders.create(anOrder({ orderNo: 'B-2', waybillNo: 'LP222' }));
    const nos = async (search: string) => (await orders.list({ search })).map((o) => o.orderNo).sort();
    expect(await nos('a-1')).toEqual(['A-1']);
    expect(await nos('led-')).toEqual(['A-1']);
    expect(await nos('6901234567892')).toEqual(['B-2']);
    expect(await nos('LP2')).toEqual(['B-2']);
    expect(await nos('nothing')).toEqual([]);
  });

  it('sorts newest first and filters by platform and country', async () => {
    const { orders } = freshRepositories();
    await orders.create(anOrder({ orderNo: 'OLD', orderDate: '2026-01-01', exportDate: '2026-01-02' }));
    await orders.create(anOrder({ orderNo: 'NEW', orderDate: '2026-06-01', exportDate: '2026-06-02', buyerCountry: 'DE', currency: 'EUR' }));
    expect((await orders.list()).map((o) => o.orderNo)).toEqual(['NEW', 'OLD']);
    expect((await orders.list({ buyerCountry: 'DE' })).map((o) => o.orderNo)).toEqual(['NEW']);
    expect(await orders.list({ platform: 'temu' })).toEqual([]);
  });

  it('refuses to delete an order that returns point at', async () => {
    const { orders, returns } = freshRepositories();
    const order = await orders.create(anOrder());
    await returns.create(aReturn(order.id, order.lines[0]!.id));
    expect((await refusal(orders.remove(order.id)))[0]).toMatchObject({ key: 'errors.orderHasReturns', params: { count: 1 } });
    expect(await orders.get(order.id)).toBeDefined();
  });

  it('refuses an edit that cuts a line below what came back', async () => {
    const { orders, returns } = freshRepositories();
    const order = await orders.create(anOrder());
    await returns.create(aReturn(order.id, order.lines[0]!.id, { qty: 2 }));
    const cut = { ...anOrder(), lines: [{ ...order.lines[0]!, qty: 1 }] };
    expect((await refusal(orders.update(order.id, cut)))[0]).toMatchObject({ field: 'lines.0.qty', key: 'errors.belowReturned' });
    expect((await orders.get(order.id))?.lines[0]?.qty).toBe(3);
  });
});

describe('returns', () => {
  it('never returns more than was sold minus what already came back', async () => {
    const { orders, returns } = freshRepositories();
    const order = await orders.create(anOrder()); // line qty 3
    const lineId = order.lines[0]!.id;
    await returns.create(aReturn(order.id, lineId, { qty: 2 }));
    const errors = await refusal(returns.create(aReturn(order.id, lineId, { rmaNo: 'RMA-0002', qty: 2 })));
    expect(errors).toEqual([{ field: 'qty', key: 'errors.overQuantity', params: { sold: 3, returned: 2, max: 1 } }]);
    expect(await returns.list()).toHaveLength(1);
    await returns.create(aReturn(order.id, lineId, { rmaNo: 'RMA-0002', qty: 1 }));
    expect(await returns.returnable(order.id, lineId)).toEqual({ sold: 3, returned: 3, max: 0 });
  });

  it('refuses a refund above the order line, a negative label cost and 0 parcels, naming the field, and saves nothing', async () => {
    const { orders, returns } = freshRepositories();
    const order = await orders.create(anOrder({ lines: [aLine({ qty: 3, unitPriceMinor: 1999 })] })); // line worth US$59.97
    const lineId = order.lines[0]!.id;
    expect(await refusal(returns.create(aReturn(order.id, lineId, { refundMinor: 5998 }))))
      .toEqual([{ field: 'refundMinor', key: 'errors.refundOverLine', params: { max: '59.97 USD' } }]);
    expect(await refusal(returns.create(aReturn(order.id, lineId, { labelCostMinor: -1 })))).toEqual([{ field: 'labelCostMinor', key: 'errors.notNegative' }]);
    expect(await refusal(returns.create(aReturn(order.id, lineId, { parcelCount: 0 })))).toEqual([{ field: 'parcelCount', key: 'errors.atLeastOne' }]);
    expect(await returns.list()).toHaveLength(0);
    // The whole line refunded, a label the seller paid, two cartons: kept as typed.
    const saved = await returns.create(aReturn(order.id, lineId, { refundMinor: 5997, refundDate: '2026-05-22', labelCostMinor: 799, labelPaidBy: 'seller', parcelCount: 2 }));
    expect((await returns.get(saved.id))).toMatchObject({ refundMinor: 5997, labelCostMinor: 799, labelPaidBy: 'seller', parcelCount: 2 });
  });

  it('lets an edit keep its own quantity', async () => {
    const { orders, returns } = freshRepositories();
    const order = await orders.create(anOrder());
    const ret = await returns.create(aReturn(order.id, order.lines[0]!.id, { qty: 3 }));
    const edited = await returns.update(ret.id, aReturn(order.id, order.lines[0]!.id, { qty: 3, notes: 'box dented' }));
    expect(edited.notes).toBe('box dented');
  });

  it('moves through statuses with a dated history and refuses skipped steps', async () => {
    const { orders, returns } = freshRepositories();
    const order = await orders.create(anOrder());
    const ret = await returns.create(aReturn(order.id, order.lines[0]!.id));
    await returns.moveStatus(ret.id, 'received_overseas');
    await returns.moveStatus(ret.id, 'decided');
    const moved = await returns.moveStatus(ret.id, 'in_batch');
    expect(moved.history.map((h) => h.status)).toEqual(['requested', 'received_overseas', 'decided', 'in_batch']);
    expect(moved.history.every((h) => !Number.isNaN(Date.parse(h.at)))).toBe(true);
    expect((await refusal(returns.moveStatus(ret.id, 'restocked')))[0]).toMatchObject({ key: 'errors.badTransition' });
    expect((await returns.get(ret.id))?.status).toBe('in_batch');
  });

  it('keeps RMA numbers unique and copies order no. and SKU for search', async () => {
    const { orders, returns } = freshRepositories();
    const order = await orders.create(anOrder({ lines: [aLine({ qty: 5 })] }));
    const ret = await returns.create(aReturn(order.id, order.lines[0]!.id));
    expect(ret).toMatchObject({ orderNo: order.orderNo, sku: 'CUP-THM-500', platform: 'amazon' });
    expect((await refusal(returns.create(aReturn(order.id, order.lines[0]!.id))))[0]).toMatchObject({ field: 'rmaNo', key: 'errors.duplicateRma' });
    expect((await returns.list({ search: 'cup-' })).map((r) => r.id)).toEqual([ret.id]);
  });
});

describe('returns in a batch', () => {
  it('are moved by their batch, not by hand', async () => {
    const { orders, returns, db } = freshRepositories();
    const order = await orders.create(anOrder());
    const ret = await returns.create(aReturn(order.id, order.lines[0]!.id));
    await returns.moveStatus(ret.id, 'decided');
    await returns.moveStatus(ret.id, 'in_batch');
    await db.returns.update(ret.id, { batchId: 'batch-1' });
    expect((await refusal(returns.moveStatus(ret.id, 'decided')))[0]).toMatchObject({ field: 'status', key: 'errors.movedByBatch' });
    expect((await returns.get(ret.id))?.status).toBe('in_batch');
  });
});

describe('returns opened from a dashboard bar', () => {
  it('filter by SKU, reason, platform and the order’s buyer country', async () => {
    const { orders, returns } = freshRepositories();
    const us = await orders.create(anOrder({ orderNo: 'US-1', lines: [aLine({ qty: 5 })] }));
    const de = await orders.create(anOrder({ orderNo: 'DE-1', buyerCountry: 'DE', currency: 'EUR', lines: [aLine({ qty: 5, sku: 'LED-STRIP-5M', barcode: '' })] }));
    await returns.create(aReturn(us.id, us.lines[0]!.id, { rmaNo: 'R-US', reason: 'damaged' }));
    await returns.create(aReturn(de.id, de.lines[0]!.id, { rmaNo: 'R-DE', reason: 'size_fit' }));
    const rmas = async (q: Parameters<typeof returns.list>[0]) => (await returns.list(q)).map((r) => r.rmaNo);
    expect(await rmas({ country: 'DE' })).toEqual(['R-DE']);
    expect(await rmas({ sku: 'CUP-THM-500' })).toEqual(['R-US']);
    expect(await rmas({ reason: 'size_fit' })).toEqual(['R-DE']);
    expect(await rmas({ platform: 'ebay' })).toEqual([]);
    expect((await rmas({ country: 'US', reason: 'damaged' }))).toEqual(['R-US']);
  });
});
