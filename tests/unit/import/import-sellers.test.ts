import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/import/decode';
import { DEFAULT_IMPORT_DEFAULTS } from '../../../shared/import/defaults';
import { headerSignature } from '../../../shared/import/formats';
import { parseImport, type ImportRequest } from '../../../shared/import/run-import';
import { REJECT } from '../../../shared/import/values';

/** Sellers' own files as they arrive: an ERP export in GBK, TikTok Shop's, eBay's, Shopee's, Temu's and Ozon's exports. */
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const DEFAULTS = { ...DEFAULT_IMPORT_DEFAULTS, hsCode: '9617001900' };
const request = (bytes: Uint8Array, more: Partial<ImportRequest> = {}): ImportRequest => ({ bytes, mapping: null, kind: 'orders', defaults: DEFAULTS, catalog: [], ...more });
/** Unrecognised files: the proposal is taken as it stands, as a user who changes nothing would. */
async function asProposed(name: string, more: Partial<ImportRequest> = {}) {
  const first = await parseImport(request(fixture(name)));
  return { first, r: first.orders ? first : await parseImport(request(fixture(name), { mapping: first.inspection.mapping, ...more })) };
}
const line = (o: { input: { platform: string; orderNo: string; orderDate: string; currency: string; buyerCountry: string; shop?: string; lines: { sku: string; qty: number; unitPriceMinor: number }[] } }) =>
  `${o.input.platform} ${o.input.orderNo} ${o.input.orderDate} ${o.input.buyerCountry} ${o.input.shop ?? '-'} ${o.input.lines.map((l) => `${l.sku}×${l.qty}@${l.unitPriceMinor}${o.input.currency}`).join(' + ')}`;

describe('a Chinese seller-ERP export (GBK)', () => {
  it('is matched column by column without help, platform and shop per row', async () => {
    const { first, r } = await asProposed('erp-orders-gbk.csv');
    expect(decodeBytes(fixture('erp-orders-gbk.csv')).encoding).toBe('gb18030');
    expect(first.inspection.format).toBe('custom');
    expect(first.inspection.mapping).toEqual({
      orderNo: '平台订单号', orderDate: '付款时间', sku: 'SKU', qty: '数量', unitPrice: '单价', currency: '币种', productName: '商品名称',
      buyerCountry: '买家国家/地区', waybillNo: '运单号', status: '订单状态', platform: '平台', shop: '店铺',
    });
    expect(first.inspection.missing).toEqual([]);
    // The ERP's own order number is left for the user to see, not taken as the platform's.
    expect(first.inspection.unplaced).toEqual(['订单号', '收件人']);
    // Golden rows, worked from the file: 2件 → 2, "１" → 1, "1,299.00" 卢布 → 129900 kopecks, 990 руб → 99000.
    expect(r.orders!.orders.map(line)).toEqual([
      'amazon 113-1000001-1000001 2026-03-01 US 义乌小铺-US CUP-THM-500×2@1999USD',
      'temu PO-211-0000002 2026-03-02 US 义乌小铺-Temu LAMP-LED-01×1@2500USD + CUP-THM-500×1@1999USD',
      'aliexpress 8012345678901 2026-03-03 RU AE旗舰店 CUP-THM-500×3@129900RUB',
      'shopee 2603040001 2026-03-04 MY Shopee-MY LAMP-LED-01×1@8990MYR',
      'tiktok 576000000000001 2026-03-05 GB TK-UK CUP-THM-500×2@1550GBP',
      'ozon 0700-1111 2026-03-06 RU Ozon-RU CUP-THM-500×1@99000RUB',
      'amazon 305-1000007-1000007 2026-03-07 DE 义乌小铺-DE LAMP-LED-01×1@2499EUR',
      'independent SH-1008 2026-03-08 US yiwu-home.com LAMP-LED-01×1@2900USD',
    ]);
    expect(r.orders!.rejected).toEqual([
      { row: 11, field: 'status', key: 'data:reason.cancelled', value: '已取消' },
      { row: 12, field: 'buyerCountry', key: 'data:reason.unknownValue', value: '火星' },
      { row: 13, field: 'qty', key: 'errors.atLeastOne', value: '0' },
    ]);
    expect(r.orders!.unresolved).toEqual([{ field: 'buyerCountry', value: '火星', rows: 1 }]);
  });

  it('takes the user’s answer for an unknown value, or leaves its rows out on purpose', async () => {
    const mapped = (await asProposed('erp-orders-gbk.csv')).first.inspection.mapping;
    const us = await parseImport(request(fixture('erp-orders-gbk.csv'), { mapping: mapped, resolutions: { buyerCountry: { 火星: 'US' } } }));
    expect(us.orders!.orders.map((o) => o.input.orderNo)).toContain('113-1000010-1000010');
    expect(us.orders!.unresolved).toEqual([]);
    const out = await parseImport(request(fixture('erp-orders-gbk.csv'), { mapping: mapped, resolutions: { buyerCountry: { 火星: REJECT } } }));
    expect(out.orders!.rejected.find((x) => x.row === 12)).toMatchObject({ key: 'data:reason.userRejected', value: '火星' });
    expect(out.orders!.unresolved).toEqual([]);
  });
});

describe('another ERP layout with its own words (GBK)', () => {
  it('is carried by the synonyms too: mode and district per row, currency from the price sign', async () => {
    const { first, r } = await asProposed('erp2-orders-gbk.csv');
    expect(first.inspection.encoding).toBe('gb18030');
    expect(first.inspection.missing).toEqual([]);
    expect(first.inspection.mapping).toMatchObject({ orderNo: '平台单号', orderDate: '订购时间', sku: 'MSKU', buyerCountry: '收件人国家/地区', exportMode: '监管方式', exportDistrict: '关区' });
    expect(r.orders!.orders.map(line)).toEqual([
      'amazon 114-2000001-2000001 2026-04-01 US 义乌小铺 CUP-THM-500×1@1999USD',
      'aliexpress 2000002 2026-04-02 ES AE店 LAMP-LED-01×2@2500EUR',
    ]);
    expect(r.orders!.orders.map((o) => [o.input.exportMode, o.input.exportDistrict])).toEqual([['9610', '2900'], ['9810', '3100']]);
  });

  it('a 马帮-style sheet (column names as a public parser of its order export reads them) is placed but for its price', async () => {
    const text = '订单编号,交易编号,付款时间,SKU,商品数量,店铺名,平台订单状态,国家,订单总金额,商品中文名称\nMB1,112-1,2026-03-01 10:00,S1,2,小铺,Shipped,US,39.98,保温杯\n';
    const first = await parseImport(request(new TextEncoder().encode(text)));
    expect(first.inspection.mapping).toEqual({ orderNo: '订单编号', orderDate: '付款时间', sku: 'SKU', qty: '商品数量', productName: '商品中文名称', buyerCountry: '国家', status: '平台订单状态', shop: '店铺名' });
    // Its only amount is the order's total: which column is a line's price is the user's call.
    expect(first.inspection.missing).toEqual(['unitPrice']);
    expect(first.inspection.unplaced).toEqual(['交易编号', '订单总金额']);
  });
});

describe('a saved mapping', () => {
  it('applies by itself to the next file with the same header, with its answers, reading the file once', async () => {
    const { first } = await asProposed('erp-orders-gbk.csv');
    const preset = { name: '店小秘', signature: headerSignature(first.inspection.headers), kind: 'orders' as const, mapping: first.inspection.mapping, resolutions: { buyerCountry: { 火星: REJECT } } };
    const r = await parseImport(request(fixture('erp-orders-gbk.csv'), { presets: [preset] }));
    expect(r.inspection.preset?.name).toBe('店小秘');
    expect(r.orders!.orders).toHaveLength(8);
    expect(r.orders!.unresolved).toEqual([]);
  });
});

describe('marketplace exports', () => {
  it('eBay is recognised by its header; "$19.99" and "£25.00" give the currency, "Apr-13-26" the date', async () => {
    const r = await parseImport(request(fixture('ebay-orders.csv')));
    expect(r.inspection.format).toBe('ebay-orders');
    expect(r.orders!.orders.map(line)).toEqual([
      'ebay 12-11111-11111 2026-04-13 US - CUP-THM-500×2@1999USD',
      'ebay 12-22222-22222 2026-04-14 GB - LAMP-LED-01×1@2500GBP',
    ]);
    expect(r.orders!.rejected).toEqual([]);
  });

  it('Shopee (XLSX) is recognised by its header; its one country and currency come from the defaults', async () => {
    const bare = await parseImport(request(fixture('shopee-orders.xlsx')));
    expect(bare.inspection).toMatchObject({ format: 'shopee-orders', encoding: 'xlsx' });
    expect(bare.orders!.rejected.map((x) => [x.row, x.field, x.key])).toEqual([[2, 'buyerCountry', 'errors.required'], [3, 'status', 'data:reason.cancelled']]);
    const r = await parseImport(request(fixture('shopee-orders.xlsx'), { defaults: { ...DEFAULTS, buyerCountry: 'MY', currency: 'MYR' } }));
    expect(r.orders!.orders.map(line)).toEqual(['shopee 260413ABCDEF01 2026-04-13 MY - CUP-THM-500×2@8990MYR']);
  });

  it('a lone ¥ beside prices is asked about, never taken for CNY or JPY by itself', async () => {
    const text = 'Order ID,Order Date,SKU,Qty,Price,Country,Product Name\nJ1,2026-03-01,S1,1,¥980,JP,Cup\nJ2,2026-03-01,S1,1,¥980,JP,Cup\n';
    const first = await parseImport(request(new TextEncoder().encode(text)));
    const asked = await parseImport(request(new TextEncoder().encode(text), { mapping: first.inspection.mapping }));
    expect(asked.orders!.orders).toEqual([]);
    expect(asked.orders!.unresolved).toEqual([{ field: 'currency', value: '¥', rows: 2 }]);
    const jpy = await parseImport(request(new TextEncoder().encode(text), { mapping: first.inspection.mapping, resolutions: { currency: { '¥': 'JPY' } } }));
    expect(jpy.orders!.orders.map(line)).toEqual(['other J1 2026-03-01 JP - S1×1@980JPY', 'other J2 2026-03-01 JP - S1×1@980JPY']);
  });

  it('a report that opens with a blank line is read from its first line of text', async () => {
    const text = '\r\n订单号,下单日期,SKU,数量,单价,币种,国家,品名\r\nA1,2026/3/1,S1,1,1.00,USD,美国,杯\r\nA2,2026/3/1,S1,x,1.00,USD,美国,杯\r\n';
    const first = await parseImport(request(new TextEncoder().encode(text)));
    expect(first.inspection.headers[0]).toBe('订单号');
    const r = await parseImport(request(new TextEncoder().encode(text), { mapping: first.inspection.mapping }));
    expect(r.orders!.orders.map((o) => o.input.orderNo)).toEqual(['A1']);
    expect(r.orders!.rejected.map((x) => x.row)).toEqual([4]);
  });

  // Golden rows: TikTok's second order is cancelled; Temu's 39.98 for 2 cups is 19.99 each, its second
  // item joins the same order, "United States" → US, and its currency is the default's.
  it.each([
    ['tiktok-orders.csv', 'tiktok-orders', 'tiktok 576111111111111111 2026-04-13 US - CUP-THM-500×2@1999USD', 3],
    ['temu-orders.csv', 'temu-orders', 'temu PO-211-10000000000001 2026-04-20 US - CUP-THM-500×2@1999USD + LAMP-LED-01×1@2500USD', 4],
  ])('%s is recognised by its header as %s; the cancelled order is named', async (file, format, order, cancelledRow) => {
    const r = await parseImport(request(fixture(file)));
    expect(r.inspection.format).toBe(format);
    expect(r.orders!.orders.map(line)).toEqual([order]);
    expect(r.orders!.rejected).toEqual([{ row: cancelledRow, field: 'status', key: 'data:reason.cancelled', value: 'Canceled' }]);
  });

  it('Ozon (";", UTF-8 with BOM, Russian headers) is recognised; a posting is an order, its country the default', async () => {
    const bytes = fixture('ozon-postings.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const bare = await parseImport(request(bytes));
    expect(bare.inspection.format).toBe('ozon-postings');
    expect(bare.orders!.rejected.map((x) => [x.row, x.field, x.key])).toEqual([[2, 'buyerCountry', 'errors.required'], [3, 'buyerCountry', 'errors.required'], [4, 'status', 'data:reason.cancelled']]);
    const r = await parseImport(request(bytes, { defaults: { ...DEFAULTS, buyerCountry: 'RU' } }));
    // Golden: 990 RUB × 2 and 300 RUB × 1 on posting 0700-1111-1 (the report's 2280 posting sum); 0700-2222-1 is Отменён.
    expect(r.orders!.orders.map(line)).toEqual(['ozon 0700-1111-1 2026-04-13 RU - CUP-THM-500×2@99000RUB + LAMP-LED-01×1@30000RUB']);
    expect(r.orders!.rejected).toEqual([{ row: 4, field: 'status', key: 'data:reason.cancelled', value: 'Отменён' }]);
  });

  it('a Temu or Ozon layout the formats do not know is still carried by the column names', async () => {
    const temu = 'order id,contribution sku,quantity purchased,activity goods base price,purchase date(UTC+8),ship country\nPO-1,S1,2,5.00,2026-04-20 10:00:00,US\n';
    const t = await parseImport(request(new TextEncoder().encode(temu)));
    expect(t.inspection.format).toBe('custom');
    // Without its line total Temu's sheet is not the format, but its unit price and zoned purchase date are names the list knows.
    expect(t.inspection.mapping).toMatchObject({ orderNo: 'order id', orderDate: 'purchase date(UTC+8)', sku: 'contribution sku', qty: 'quantity purchased', unitPrice: 'activity goods base price', buyerCountry: 'ship country' });
    expect(t.inspection.missing).toEqual([]);
    const ozon = 'Номер отправления;Принят в обработку;Артикул;Количество;Ваша цена;Код валюты отправления;Статус\n0700-1-1;2026-04-13 09:00:00;S1;1;990;RUB;Доставлен\n';
    const o = await parseImport(request(new TextEncoder().encode(ozon)));
    expect(o.inspection.format).toBe('custom');
    expect(o.inspection.mapping).toMatchObject({ orderNo: 'Номер отправления', orderDate: 'Принят в обработку', sku: 'Артикул', qty: 'Количество', unitPrice: 'Ваша цена', currency: 'Код валюты отправления', status: 'Статус' });
    expect(o.inspection.missing).toEqual(['buyerCountry']);
  });

  it('a returns sheet in another platform\'s words is carried by the column names (no returns layout beyond Amazon\'s is confirmed)', async () => {
    const text = 'Return ID,Order ID,Seller SKU,Return quantity,Return Request Date,Return Reason\nR1,576111111111111111,CUP-THM-500,1,2026-04-20,Damaged\n';
    const r = await parseImport(request(new TextEncoder().encode(text), { kind: 'returns' }));
    expect(r.inspection.format).toBe('custom');
    expect(r.inspection.mapping).toEqual({ orderNo: 'Order ID', sku: 'Seller SKU', qty: 'Return quantity', returnDate: 'Return Request Date', rmaNo: 'Return ID', reason: 'Return Reason' });
    expect(r.inspection.missing).toEqual([]);
  });
});

describe('bad input is named and nothing is taken', () => {
  it('a file that is not a table, and a header with no order number', async () => {
    const junk = await parseImport(request(new TextEncoder().encode('just a note to myself')));
    expect(junk.broken).toEqual([{ row: 1, field: '', key: 'data:reason.noHeader' }]);
    const noOrder = await parseImport(request(new TextEncoder().encode('日期,数量\n2026/3/1,2\n')));
    // The mapping screen names row 1 and its columns (mapping.noOrderNo); nothing is read until it is mapped.
    expect(noOrder.orders).toBeNull();
    expect(noOrder.inspection.missing).toEqual(['orderNo', 'sku', 'buyerCountry', 'unitPrice']);
  });

  it('a negative quantity and an ambiguous decimal comma are refused with row, column and value', async () => {
    const text = '订单号,下单日期,SKU,数量,单价,币种,国家,品名\nA1,2026/3/1,S1,-2,1.00,USD,美国,杯\nA2,2026/3/1,S1,1,"39,99",USD,美国,杯\nA3,2026/3/1,S1,1,19.99,USD,美国,杯\n';
    const first = await parseImport(request(new TextEncoder().encode(text)));
    const r = await parseImport(request(new TextEncoder().encode(text), { mapping: first.inspection.mapping }));
    expect(r.orders!.rejected).toEqual([
      { row: 2, field: 'qty', key: 'errors.notNegative', value: '-2', params: undefined },
      // The column also holds 1.00 and 19.99, so its decimal mark is the point: "39,99" is asked about, never read as 3999.
      { row: 3, field: 'unitPrice', key: 'errors.ambiguousComma', value: '39,99', params: { point: '39.99', joined: '3999' } },
    ]);
    expect(r.orders!.orders.map((o) => o.input.orderNo)).toEqual(['A3']);
  });
});
