import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import type { Order } from '../../../shared/schemas/order';
import { orderMatches } from '../../../shared/search/order-match';
import { OrdersRepo, withIndexes } from '../../../renderer/db/orders-repo';
import { aLine, anOrder, aProduct } from '../../builders/ledger';
import { freshRepositories } from './test-db';

const at = '2026-05-01T08:00:00.000Z';
const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);

describe('what an order search matches', () => {
  // One order as a seller types at it: its order no., waybill, a SKU in another case, a barcode.
  const order = { platform: 'ebay', buyerCountry: 'DE', orderNo: 'AB-1', waybillNo: 'LP00123', skus: ['Cup-2'], barcodes: ['6901234567892'] };
  const none = new Set<string>();

  it('matches order no., waybill and SKU by prefix in any case, a barcode only whole, and the filters exactly', () => {
    expect(orderMatches(order, { search: 'ab-' }, none)).toBe(true);
    expect(orderMatches(order, { search: ' lp001 ' }, none)).toBe(true);
    expect(orderMatches(order, { search: 'CUP' }, none)).toBe(true);
    expect(orderMatches(order, { search: '6901234567892' }, none)).toBe(true);
    // Part of a barcode is not a scan; inside a SKU is not its start.
    expect(orderMatches(order, { search: '690123' }, none)).toBe(false);
    expect(orderMatches(order, { search: 'up-2' }, none)).toBe(false);
    // A product name found in the catalog brings its SKUs.
    expect(orderMatches(order, { search: '保温杯' }, new Set(['Cup-2']))).toBe(true);
    expect(orderMatches(order, { search: '保温杯' }, new Set(['CUP-2']))).toBe(false);
    // Filters narrow: the right platform and country only.
    expect(orderMatches(order, { search: 'ab', platform: 'ebay', buyerCountry: 'DE' }, none)).toBe(true);
    expect(orderMatches(order, { search: 'ab', platform: 'amazon' }, none)).toBe(false);
    expect(orderMatches(order, { buyerCountry: 'US' }, none)).toBe(false);
    expect(orderMatches(order, {}, none)).toBe(true);
  });
});

describe("a long list's search shows its first rows before its count", () => {
  it('by product name, pinyin initials and SKU: their newest orders from the SKU-and-date index, found however old; then every match with the count', async () => {
    const repos = freshRepositories();
    const { db } = repos;
    await repos.products.create(aProduct({ sku: 'BT-EAR-1', barcode: '6901234567892', nameZh: '蓝牙耳机', nameEn: 'Bluetooth earbuds' }));
    await repos.products.create(aProduct({ sku: 'CUP-1', barcode: '4006381333931', nameZh: '保温杯', nameEn: 'Thermal cup' }));
    await repos.products.create(aProduct({ sku: 'LAMP-OLD', barcode: '4006381333948', nameZh: '旧台灯', nameEn: 'Old lamp' }));
    // Thirty orders a day apart; every fourth one (0, 4, … 28) is earbuds, the odd ones on eBay;
    // the lamp was sold on the first three days only, long before the newest orders.
    const all: Order[] = Array.from({ length: 30 }, (_, i) => withIndexes({
      ...anOrder({ platform: i % 2 ? 'ebay' : 'amazon', orderNo: `114-${String(i).padStart(4, '0')}`, orderDate: day(i), exportDate: day(i), waybillNo: '', lines: [aLine({ sku: i % 4 === 0 ? 'BT-EAR-1' : i < 3 ? 'LAMP-OLD' : 'CUP-1', barcode: '' })] }),
      id: newId(), createdAt: at, updatedAt: at,
    }));
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.bulkAdd(all));
    // Sorted in the index, newest first; a search reads about ten records for its first rows.
    const orders = new OrdersRepo(db, 0, 10);
    const no = (ids: readonly string[]) => ids.map((id) => all.find((o) => o.id === id)!.orderNo.slice(4));
    const search = async (query: Parameters<OrdersRepo['ids']>[0]) => {
      const parts: [string[], number | undefined][] = [];
      const ids = await orders.ids(query, undefined, async (first, count) => { parts.push([no(first), count]); });
      return { ids: no(ids), parts };
    };
    for (const q of ['蓝牙', 'lyej', 'bluetooth', 'bt-ear']) {
      const { ids, parts } = await search({ search: q });
      expect(ids).toEqual(['0028', '0024', '0020', '0016', '0012', '0008', '0004', '0000']);
      // The earbuds' eight orders are fewer than ten: all of them first, not yet counted; then, the count.
      expect(parts[0]).toEqual([ids, undefined]);
      expect(parts.slice(1).every(([first, count]) => count === 8 && first.length === 8)).toBe(true);
    }
    // CUP-1 is on 20 orders: its ten newest first (29 … 15, not the earbuds' days), nothing after the tenth.
    const cups = await search({ search: '保温杯' });
    expect(cups.ids).toHaveLength(20);
    expect(cups.parts[0]).toEqual([cups.ids.slice(0, 10), undefined]);
    // 'l' names all three products (Bluetooth, Thermal, Old lamp): three of each SKU's newest
    // orders are read (BT 28, 24, 20; CUP 29, 27, 26; the lamp's two). CUP-1's next, 25, was not:
    // the first rows end at 26, the last CUP-1 read, and are the list's beginning.
    const three = await search({ search: 'l' });
    expect(three.parts[0]).toEqual([['0029', '0028', '0027', '0026'], undefined]);
    expect(three.ids.slice(0, 5)).toEqual(['0029', '0028', '0027', '0026', '0025']);
    // The lamp is on none of the newest orders: its two still come first.
    expect((await search({ search: 'LAMP' })).parts[0]).toEqual([['0002', '0001'], undefined]);
    // Order numbers none of the top orders carry: the ten that match, read by their own index.
    expect((await search({ search: '114-001' })).parts[0]).toEqual([['0019', '0018', '0017', '0016', '0015', '0014', '0013', '0012', '0011', '0010'], undefined]);
    // In another order the top ten orders of that sort (29 … 20) are tested record by record.
    const byExport = await search({ search: '蓝牙', sort: 'exportDate' });
    expect(byExport.parts[0]).toEqual([['0028', '0024', '0020'], undefined]);
    // A search on eBay only: of the earbuds, none (they are all on even days, Amazon).
    expect(await orders.ids({ search: '蓝牙', platform: 'ebay' }, undefined, async () => { throw new Error('no rows to show'); })).toEqual([]);
    // The lamp's orders on eBay: the one on day 1.
    expect((await search({ search: 'lamp', platform: 'ebay' })).parts[0]).toEqual([['0001'], undefined]);
  });
});
