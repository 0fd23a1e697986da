import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/import/decode';
import { DEFAULT_IMPORT_DEFAULTS, type CatalogEntry } from '../../../shared/import/defaults';
import { parseImport } from '../../../shared/import/run-import';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const CATALOG: CatalogEntry[] = [{ id: '01PRODUCT0000000000000CUP', sku: 'CUP-THM-500', barcode: '6901234567892', nameZh: '保温杯 500 毫升', nameEn: 'Thermal cup 500 ml', hsCode: '9617001900', unit: '008', unitWeightG: 380 }];
const DEFAULTS = { ...DEFAULT_IMPORT_DEFAULTS, hsCode: '9405110000', unit: '007' as const, unitWeightG: 900, exportDistrict: '2900' as const, exportDaysAfterOrder: 2 };
const run = (name: string, mapping: Record<string, string> | null = null) =>
  parseImport({ bytes: fixture(name), mapping, kind: 'orders', defaults: { ...DEFAULTS, platform: 'temu' }, catalog: CATALOG });

/** The fields a golden row checks (ids are fresh per run). */
function shape(o: { input: { orderNo: string; orderDate: string; exportDate: string; currency: string; buyerCountry: string; platform: string; lines: { sku: string; qty: number; unitPriceMinor: number; hsCode: string; unitWeightG: number; nameZh: string; productId: string | null }[] } }) {
  const { orderNo, orderDate, exportDate, currency, buyerCountry, platform } = o.input;
  return { platform, orderNo, orderDate, exportDate, currency, buyerCountry, lines: o.input.lines.map((l) => `${l.sku} ${l.qty}×${l.unitPriceMinor} ${l.hsCode} ${l.unitWeightG}g ${l.nameZh}${l.productId ? ' (catalog)' : ''}`) };
}

describe('decoding', () => {
  it.each([
    ['amazon-all-orders.txt', 'utf-8', false],
    ['amazon-all-orders-utf16le.txt', 'utf-16le', true],
    ['shopify-orders.csv', 'utf-8', true],
    ['shopify-orders-eu-1252.csv', 'windows-1252', false],
    ['generic-orders-gbk.csv', 'gb18030', false],
  ])('%s decodes as %s', (name, encoding, bom) => {
    const d = decodeBytes(fixture(name));
    expect(d.encoding).toBe(encoding);
    expect(d.bom).toBe(bom);
    expect(d.text).not.toContain('\ufffd');
  });

  it('reads Chinese from GBK and accents from Windows-1252', () => {
    expect(decodeBytes(fixture('generic-orders-gbk.csv')).text).toContain('订单号,下单日期');
    expect(decodeBytes(fixture('shopify-orders-eu-1252.csv')).text).toContain('Tasse isotherme – crème brûlée');
  });
});

const AMAZON_GOLDEN = [
  { platform: 'amazon', orderNo: '113-0000001-0000001', orderDate: '2026-04-05', exportDate: '2026-04-07', currency: 'USD', buyerCountry: 'US', lines: ['CUP-THM-500 2×1999 9617001900 380g 保温杯 500 毫升 (catalog)'] },
  { platform: 'amazon', orderNo: '113-0000002-0000002', orderDate: '2026-04-06', exportDate: '2026-04-08', currency: 'USD', buyerCountry: 'US', lines: ['CUP-THM-500 1×1999 9617001900 380g 保温杯 500 毫升 (catalog)', 'LAMP-LED-01 1×2500 9405110000 900g LED desk lamp'] },
  { platform: 'amazon', orderNo: '028-0000004-0000004', orderDate: '2026-04-07', exportDate: '2026-04-09', currency: 'EUR', buyerCountry: 'DE', lines: ['LAMP-LED-01 3×2500 9405110000 900g Schreibtischlampe – LED'] },
];

describe('Amazon All Orders', () => {
  it.each(['amazon-all-orders.txt', 'amazon-all-orders-utf16le.txt'])('%s: golden orders, rejected rows named', async (name) => {
    const r = await run(name);
    expect(r.inspection).toMatchObject({ format: 'amazon-orders', kind: 'orders', delimiter: '\t', rowCount: 6 });
    expect(r.orders!.orders.map(shape)).toEqual(AMAZON_GOLDEN);
    expect(r.orders!.orders[1]!.filled).toEqual(['catalog', 'defaults']);
    expect(r.orders!.rejected).toEqual([
      { row: 5, field: 'status', key: 'data:reason.cancelled', value: 'Cancelled' },
      { row: 7, field: 'qty', key: 'errors.wholeNumber', value: 'two' },
    ]);
  });
});

describe('Shopify orders export', () => {
  it('groups line-item rows by Name, fills order fields down, keeps the multi-line note out of the way', async () => {
    const r = await run('shopify-orders.csv');
    expect(r.inspection).toMatchObject({ format: 'shopify-orders', delimiter: ',', rowCount: 4 });
    expect(r.orders!.orders.map(shape)).toEqual([
      { platform: 'shopify', orderNo: '#1001', orderDate: '2026-04-05', exportDate: '2026-04-07', currency: 'USD', buyerCountry: 'US', lines: ['CUP-THM-500 1×1999 9617001900 380g 保温杯 500 毫升 (catalog)', 'LAMP-LED-01 1×2500 9405110000 900g LED desk lamp'] },
      { platform: 'shopify', orderNo: '#1002', orderDate: '2026-04-08', exportDate: '2026-04-10', currency: 'GBP', buyerCountry: 'GB', lines: ['CUP-THM-500 2×1999 9617001900 380g 保温杯 500 毫升 (catalog)'] },
    ]);
    expect(r.orders!.rejected).toEqual([{ row: 5, field: 'status', key: 'data:reason.cancelled', value: '2026-04-09 12:00:00 +0100' }]);
  });

  it('reads the Windows-1252, semicolon, decimal-comma variant to the same amounts', async () => {
    const r = await run('shopify-orders-eu-1252.csv');
    expect(r.inspection.delimiter).toBe(';');
    expect(r.orders!.decimalComma).toBe(true);
    expect(r.orders!.orders.map(shape)[1]).toEqual({ platform: 'shopify', orderNo: '#1002', orderDate: '2026-04-08', exportDate: '2026-04-10', currency: 'EUR', buyerCountry: 'FR', lines: ['CUP-THM-500 2×1999 9617001900 380g 保温杯 500 毫升 (catalog)'] });
  });
});

describe('any CSV through a column mapping', () => {
  it('waits for a mapping when the header is unknown, then maps a GBK file with day-first dates', async () => {
    const first = await run('generic-orders-gbk.csv');
    expect(first.inspection.format).toBe('custom');
    expect(first.inspection.headers).toEqual(['订单号', '下单日期', 'SKU', '数量', '单价', '币种', '收货国家', '商品名称']);
    expect(first.orders).toBeNull();
    const mapped = await run('generic-orders-gbk.csv', { orderNo: '订单号', orderDate: '下单日期', sku: 'SKU', qty: '数量', unitPrice: '单价', currency: '币种', buyerCountry: '收货国家', productName: '商品名称' });
    expect(mapped.orders!.dayOrder).toBe('detected-dmy');
    expect(mapped.orders!.orders.map(shape)).toEqual([
      { platform: 'temu', orderNo: 'TM-20260413-001', orderDate: '2026-04-13', exportDate: '2026-04-15', currency: 'USD', buyerCountry: 'US', lines: ['CUP-THM-500 2×1999 9617001900 380g 保温杯 500 毫升 (catalog)'] },
      { platform: 'temu', orderNo: 'TM-20260502-002', orderDate: '2026-05-02', exportDate: '2026-05-04', currency: 'USD', buyerCountry: 'US', lines: ['LAMP-LED-01 1×2500 9405110000 900g 台灯'] },
    ]);
  });

  it('rejects lines without an HS code when neither the catalog nor the defaults have one', async () => {
    const r = await parseImport({ bytes: fixture('amazon-all-orders.txt'), mapping: null, kind: 'orders', defaults: { ...DEFAULTS, hsCode: '' }, catalog: CATALOG });
    expect(r.orders!.orders.map((o) => o.input.orderNo)).toEqual(['113-0000001-0000001']);
    expect(r.orders!.rejected.filter((x) => x.field === 'hsCode').map((x) => x.row)).toEqual([4, 6]);
  });
});

describe('returns reports', () => {
  it('maps FBA returns: license plate as RMA, disposition as grade, reason code to the taxonomy', async () => {
    const r = await run('amazon-fba-returns.txt');
    expect(r.inspection.format).toBe('amazon-fba-returns');
    expect(r.returns!.returns.map((x) => [x.rmaNo, x.orderNo, x.sku, x.qty, x.reason, x.grade, x.whereabouts, x.requestedDate])).toEqual([
      ['LPNRR0000000001', '113-0000001-0000001', 'CUP-THM-500', 1, 'defective', 'C', 'overseas_warehouse', '2026-04-20'],
      ['LPNRR0000000002', '113-0000002-0000002', 'LAMP-LED-01', 1, 'no_longer_needed', 'A', 'overseas_warehouse', '2026-04-21'],
      ['LPNRR0000000003', '113-9999999-9999999', 'CUP-THM-500', 1, 'defective', 'C', 'overseas_warehouse', '2026-04-22'],
    ]);
  });

  it('maps seller-fulfilled returns with month-first dates', async () => {
    const r = await run('amazon-mfn-returns.csv');
    expect(r.inspection.format).toBe('amazon-mfn-returns');
    expect(r.returns!.returns.map((x) => [x.rmaNo, x.orderNo, x.sku, x.reason, x.whereabouts, x.requestedDate])).toEqual([
      ['DXRMA0001', '028-0000004-0000004', 'LAMP-LED-01', 'defective', 'with_buyer', '2026-04-22'],
    ]);
    // Label cost 5.20 EUR paid by the seller; Refunded Amount 0.00 means not refunded yet (unknown).
    expect(r.returns!.returns[0]!.money).toEqual({ labelCostMinor: 520, labelPaidBy: 'seller' });
  });
});
