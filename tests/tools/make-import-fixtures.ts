/**
 * Writes tests/fixtures/import/*: marketplace reports with their real headers, in the encodings
 * and shapes real files arrive in. Run again only to change a fixture:
 *   node --input-type=module -e "await (await import('vite')).runnerImport('./tests/tools/make-import-fixtures.ts')"
 *
 * Encoders without iconv: UTF-16LE through Buffer's 'utf16le' plus a BOM; Windows-1252 by hand
 * (U+00A0–U+00FF are the same byte values, € is 0x80, – is 0x96); GBK by a reverse table built
 * from Node's own GBK decoder: every double-byte code 0x81–0xFE × 0x40–0xFE is decoded once and
 * the character it yields is mapped back to those two bytes.
 */
import { writeFileSync } from 'node:fs';

const DIR = 'tests/fixtures/import/';

const AMAZON_HEADER = 'amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\torder-channel\turl\tship-service-level\tproduct-name\tsku\tasin\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\titem-promotion-discount\tship-promotion-discount\tship-city\tship-state\tship-postal-code\tship-country\tpromotion-ids\tis-business-order\tpurchase-order-number\tprice-designation';
const amazonRow = (id: string, date: string, status: string, name: string, sku: string, qty: string, currency: string, price: string, country: string) =>
  [id, '', date, date, status, 'Merchant', 'Amazon.com', '', '', 'Standard', name, sku, 'B0TEST0001', status === 'Cancelled' ? 'Cancelled' : 'Shipped', qty, currency, price, '0.00', '4.99', '0.00', '', '', '', '', 'Phoenix', 'AZ', '85001', country, '', 'false', '', ''].join('\t');
export const AMAZON_ORDERS = [
  AMAZON_HEADER,
  amazonRow('113-0000001-0000001', '2026-04-05T21:06:21+00:00', 'Shipped', 'Thermal cup 500 ml', 'CUP-THM-500', '2', 'USD', '39.98', 'US'),
  amazonRow('113-0000002-0000002', '2026-04-06T03:15:00-07:00', 'Shipped', 'Thermal cup 500 ml', 'CUP-THM-500', '1', 'USD', '19.99', 'US'),
  amazonRow('113-0000002-0000002', '2026-04-06T03:15:00-07:00', 'Shipped', 'LED desk lamp', 'LAMP-LED-01', '1', 'USD', '25.00', 'US'),
  amazonRow('113-0000003-0000003', '2026-04-06T09:00:00Z', 'Cancelled', 'LED desk lamp', 'LAMP-LED-01', '0', 'USD', '', 'US'),
  amazonRow('028-0000004-0000004', '2026-04-07T10:00:00Z', 'Shipped', 'Schreibtischlampe – LED', 'LAMP-LED-01', '3', 'EUR', '75.00', 'DE'),
  amazonRow('113-0000005-0000005', '2026-04-08T10:00:00Z', 'Shipped', 'Thermal cup 500 ml', 'CUP-THM-500', 'two', 'USD', '19.99', 'US'),
].join('\n') + '\n';

const SHOPIFY_HEADER = 'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Country,Shipping Name,Shipping City,Shipping Zip,Shipping Country,Notes,Note Attributes,Cancelled at,Payment Method,Refunded Amount,Vendor,Id,Tags';
function shopify(sep: string, dec: (s: string) => string, name2: string, cur2: string, country2: string) {
  const q = (s: string) => (s.includes(sep) || s.includes('\n') || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s);
  const row = (cells: string[]) => cells.map(q).join(sep);
  return [
    SHOPIFY_HEADER.split(',').join(sep),
    row(['#1001', 'ann@example.com', 'paid', '2026-04-05 21:10:00 +0400', 'fulfilled', '2026-04-06 10:00:00 +0400', 'no', 'USD', dec('44.99'), dec('5.00'), dec('0.00'), dec('49.99'), '', dec('0.00'), 'Standard', '2026-04-05 21:06:21 +0400', '1', 'Thermal cup 500 ml', dec('19.99'), '', 'CUP-THM-500', 'true', 'true', 'fulfilled', 'Ann Buyer', 'US', 'Ann Buyer', 'Austin', '78701', 'US', 'Leave at the door,\nring twice — "thanks"', '', '', 'Shopify Payments', dec('0.00'), 'Homebound Test', '5550001', '']),
    row(['#1001', 'ann@example.com', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '1', 'LED desk lamp', dec('25.00'), '', 'LAMP-LED-01', 'true', 'true', 'fulfilled', '', '', '', '', '', '', '', '', '', '', '', 'Homebound Test', '', '']),
    row(['#1002', 'bo@example.com', 'paid', '', 'fulfilled', '', 'no', cur2, dec('39.98'), dec('0.00'), dec('0.00'), dec('39.98'), '', dec('0.00'), 'Standard', '2026-04-08 09:00:00 +0100', '2', name2, dec('19.99'), '', 'CUP-THM-500', 'true', 'true', 'fulfilled', 'Bo Käufer', country2, 'Bo Käufer', 'Lyon', '69001', country2, '', '', '', 'Shopify Payments', dec('0.00'), 'Homebound Test', '5550002', '']),
    row(['#1003', 'cy@example.com', 'voided', '', '', '', 'no', 'USD', dec('19.99'), dec('0.00'), dec('0.00'), dec('19.99'), '', dec('0.00'), 'Standard', '2026-04-09 09:00:00 +0100', '1', 'Thermal cup 500 ml', dec('19.99'), '', 'CUP-THM-500', 'true', 'true', '', 'Cy', 'US', 'Cy', 'Reno', '89501', 'US', '', '', '2026-04-09 12:00:00 +0100', '', dec('0.00'), 'Homebound Test', '5550003', '']),
  ].join('\r\n') + '\r\n';
}
export const SHOPIFY = shopify(',', (s) => s, 'Thermal cup 500 ml', 'GBP', 'GB');
export const SHOPIFY_EU = shopify(';', (s) => s.replace('.', ','), 'Tasse isotherme – crème brûlée', 'EUR', 'FR');

export const FBA_RETURNS = [
  'return-date\torder-id\tsku\tasin\tfnsku\tproduct-name\tquantity\tfulfillment-center-id\tdetailed-disposition\treason\tstatus\tlicense-plate-number\tcustomer-comments',
  '2026-04-20T08:00:00+00:00\t113-0000001-0000001\tCUP-THM-500\tB0TEST0001\tX00TEST001\tThermal cup 500 ml\t1\tPHX7\tCUSTOMER_DAMAGED\tDEFECTIVE\tUnit returned to inventory\tLPNRR0000000001\t=HYPERLINK("http://evil.example","lid leaks")',
  '2026-04-21T09:30:00+00:00\t113-0000002-0000002\tLAMP-LED-01\tB0TEST0002\tX00TEST002\tLED desk lamp\t1\tPHX7\tSELLABLE\tUNWANTED_ITEM\tUnit returned to inventory\tLPNRR0000000002\t',
  '2026-04-22T10:00:00+00:00\t113-9999999-9999999\tCUP-THM-500\tB0TEST0001\tX00TEST001\tThermal cup 500 ml\t1\tPHX7\tDEFECTIVE\tDEFECTIVE\tUnit returned to inventory\tLPNRR0000000003\t',
].join('\n') + '\n';

export const MFN_RETURNS = [
  'Order ID,Order date,Return request date,Return request status,Amazon RMA ID,Merchant RMA ID,Label type,Label cost,Currency code,Return carrier,Tracking ID,Label to be paid by,A-to-Z Claim,Is prime,ASIN,Merchant SKU,Item Name,Return quantity,Return Reason,In policy,Return type,Resolution,Invoice number,Return delivery date,Order Amount,Order quantity,SafeT Action reason,SafeT claim id,SafeT claim state,SafeT claim creation time,SafeT claim reimbursement amount,Refunded Amount',
  '028-0000004-0000004,04/07/2026,04/22/2026,Approved,DXRMA0001,,Amazon Prepaid Label,5.20,EUR,DHL,JJD000111,Seller,N,N,B0TEST0002,LAMP-LED-01,Schreibtischlampe,1,Item defective or doesn\'t work,Y,C-Returns,StandardRefund,,,75.00,3,,,,,,0.00',
].join('\r\n') + '\r\n';

export const GBK_TEXT = [
  '订单号,下单日期,SKU,数量,单价,币种,收货国家,商品名称',
  'TM-20260413-001,13/04/2026,CUP-THM-500,2,19.99,USD,US,保温杯',
  'TM-20260502-002,02/05/2026,LAMP-LED-01,1,25.00,USD,US,台灯',
].join('\r\n') + '\r\n';

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function windows1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97 };
  return Buffer.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const byte = special[ch];
    if (byte === undefined) throw new Error(`not in Windows-1252: ${ch}`);
    return byte;
  }));
}

function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

writeFileSync(`${DIR}amazon-all-orders.txt`, AMAZON_ORDERS, 'utf8');
writeFileSync(`${DIR}amazon-all-orders-utf16le.txt`, utf16le(AMAZON_ORDERS));
writeFileSync(`${DIR}shopify-orders.csv`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHOPIFY, 'utf8')]));
writeFileSync(`${DIR}shopify-orders-eu-1252.csv`, windows1252(SHOPIFY_EU));
writeFileSync(`${DIR}amazon-fba-returns.txt`, FBA_RETURNS, 'utf8');
writeFileSync(`${DIR}amazon-mfn-returns.csv`, MFN_RETURNS, 'utf8');
writeFileSync(`${DIR}generic-orders-gbk.csv`, gbk(GBK_TEXT));
console.log('import fixtures written');
