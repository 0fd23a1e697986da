/**
 * Writes tests/fixtures/import/*: marketplace reports with their real headers, in the encodings
 * and shapes real files arrive in. Run again only to change a fixture:
 *   node --input-type=module -e "await (await import('vite')).runnerImport('./tests/tools/make-import-fixtures.ts')"
 *
 * Encoders without iconv: UTF-16LE through Buffer's 'utf16le' plus a BOM; Windows-1252 by hand
 * (U+00A0–U+00FF are the same byte values, € is 0x80, – is 0x96); GBK by tests/tools/gbk.ts.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { gbk } from './gbk';

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

/**
 * A Chinese seller-ERP order export as 店小秘/马帮/领星 users open it from Excel: GBK, Chinese
 * headers (an ERP's own 订单号 beside the platform's 平台订单号), the platform and shop per
 * row, and values as sellers write them — 美国, 美利坚合众国, Россия, 美元, 卢布, 2件, full-width
 * digits, 2026年3月1日. Its layout is ERP-style, not a copy of any one ERP's columns (none is
 * published); every header is one the synonym list names. Rows 10–12 must be refused:
 * cancelled, a country that is not one (火星), a zero quantity.
 */
export const ERP_GBK = [
  '订单号,平台订单号,平台,店铺,付款时间,订单状态,SKU,数量,单价,币种,买家国家/地区,商品名称,运单号,收件人',
  'XM0001,113-1000001-1000001,亚马逊,义乌小铺-US,2026年3月1日 09:05,已发货,CUP-THM-500,2件,19.99,美元,美国,保温杯,LP00001,Ann',
  'XM0002,PO-211-0000002,Temu,义乌小铺-Temu,2026/3/2 10:00,已发货,LAMP-LED-01,１,25.00,USD,美利坚合众国,台灯,LP00002,Bo',
  'XM0002,PO-211-0000002,Temu,义乌小铺-Temu,2026/3/2 10:00,已发货,CUP-THM-500,1,19.99,USD,美利坚合众国,保温杯,LP00002,Bo',
  'XM0003,8012345678901,速卖通,AE旗舰店,2026-3-3 14:00,已发货,CUP-THM-500,3 pcs,"1,299.00",卢布,俄罗斯,保温杯,LP00003,Иван',
  'XM0004,2603040001,虾皮,Shopee-MY,2026/3/4,已发货,LAMP-LED-01,1,89.90,林吉特,马来西亚,台灯,LP00004,Siti',
  'XM0005,576000000000001,TikTok Shop,TK-UK,2026年3月5日,已发货,CUP-THM-500,2,15.50,英镑,英国,保温杯,LP00005,Cy',
  'XM0006,0700-1111,Ozon,Ozon-RU,2026/3/6,已发货,CUP-THM-500,1,990,руб,Россия,保温杯,LP00006,Олег',
  'XM0007,305-1000007-1000007,亚马逊,义乌小铺-DE,2026/3/7,已发货,LAMP-LED-01,1,24.99,欧元,德国,台灯,LP00007,Dora',
  'XM0008,SH-1008,独立站,yiwu-home.com,2026/3/8,已发货,LAMP-LED-01,1,29.00,US$,美国,台灯,LP00008,Eve',
  'XM0009,113-1000009-1000009,亚马逊,义乌小铺-US,2026/3/9,已取消,CUP-THM-500,1,19.99,美元,美国,保温杯,,Fay',
  'XM0010,113-1000010-1000010,亚马逊,义乌小铺-US,2026/3/10,已发货,CUP-THM-500,1,19.99,美元,火星,保温杯,LP00010,Gus',
  'XM0011,113-1000011-1000011,亚马逊,义乌小铺-US,2026/3/11,已发货,CUP-THM-500,0,19.99,美元,美国,保温杯,LP00011,Hal',
].join('\r\n') + '\r\n';

/**
 * A second ERP layout, as an ERP with its own words would write it (系统单号 beside 平台单号,
 * 站点 and 订购时间, MSKU, 收件人国家/地区, amounts with their currency sign): again GBK, again
 * no column mapped by hand.
 */
export const ERP2_GBK = [
  '系统单号,平台单号,平台,店铺,站点,订购时间,MSKU,品名,数量,单价,收件人国家/地区,物流跟踪号,监管方式,关区',
  'SO-0001,114-2000001-2000001,Amazon,义乌小铺,US,2026-04-01 10:00,CUP-THM-500,保温杯,1,US$19.99,United States,TRK1,9610,杭州关区',
  'SO-0002,2000002,AliExpress,AE店,ES,2026-04-02 11:30,LAMP-LED-01,台灯,2个,€25.00,西班牙,TRK2,9810 跨境电商出口海外仓,宁波',
].join('\r\n') + '\r\n';

/** TikTok Shop's order export (columns: see shared/import/formats.ts), UTF-8 with a BOM, US month-first times. */
export const TIKTOK = [
  'Order ID,Order Status,Order Substatus,Cancelation/Return Type,Normal or Pre-order,SKU ID,Seller SKU,Product Name,Variation,Quantity,Sku Quantity of return,SKU Unit Original Price,SKU Subtotal Before Discount,SKU Platform Discount,SKU Seller Discount,SKU Subtotal After Discount,Shipping Fee After Discount,Original Shipping Fee,Shipping Fee Seller Discount,Shipping Fee Platform Discount,Payment platform discount,Taxes,Order Amount,Order Refund Amount,Created Time,Paid Time,RTS Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By,Cancel Reason,Fulfillment Type,Warehouse Name,Tracking ID,Delivery Option,Shipping Provider Name,Buyer Message,Buyer Username,Recipient,Phone #,Country,Province,District,Commune,Detail Address,Additional address information,Payment Method,Weight(kg),Product Category,Package ID,Seller Note,Checked Status,Checked Marked by',
  '576111111111111111,Completed,Delivered,,Normal,1729000000000000001,CUP-THM-500,Thermal cup 500 ml,Blue,2,0,19.99,39.98,0,0,39.98,0,5.99,0,5.99,0,0,39.98,0,04/13/2026 9:06:21 PM,04/13/2026 9:07:00 PM,04/14/2026 10:00:00 AM,04/14/2026 6:00:00 PM,04/18/2026 1:00:00 PM,,,,Fulfillment by seller,Yiwu WH,9400111111111111111111,Standard shipping,USPS,,ann_b,Ann B,(+1)555*****01,United States,Texas,Austin,,*** Main St,,Credit card,0.4,Home,111,,Unchecked,',
  '576222222222222222,Canceled,Canceled,Cancel,Normal,1729000000000000002,LAMP-LED-01,LED desk lamp,White,1,0,25.00,25.00,0,0,25.00,0,5.99,0,5.99,0,0,25.00,25.00,04/14/2026 8:00:00 AM,,,,,04/14/2026 9:00:00 AM,Buyer,No longer needed,Fulfillment by seller,Yiwu WH,,Standard shipping,,,bo_c,Bo C,(+1)555*****02,United States,Nevada,Reno,,*** Elm St,,Credit card,0.9,Home,,,Unchecked,',
].join('\r\n') + '\r\n';

/** eBay's orders report (columns: see shared/import/formats.ts), UTF-8, quoted as eBay quotes it. */
const EBAY_HEADER = '"Sales Record Number","Order Number","Buyer Username","Buyer Name","Buyer Email","Buyer Note",Buyer Address 1,Buyer Address 2,Buyer City,"Buyer State","Buyer Zip","Buyer Country","Buyer Tax Identifier Name","Buyer Tax Identifier Value",Ship To Name,"Ship To Phone",Ship To Address 1,Ship To Address 2,Ship To City,"Ship To State","Ship To Zip","Ship To Country","Item Number","Item Title",Custom Label,"Sold Via Promoted Listings","Quantity","Sold For","Shipping And Handling",Item Location,"Item Zip Code","Item Country","eBay Collect And Remit Tax Rate","eBay Collect And Remit Tax Type","eBay Reference Name",eBay Reference Value,Tax Status,"Seller Collected Tax","eBay Collected Tax","Electronic Waste Recycling Fee","Mattress Recycling Fee","Battery Recycling Fee","White Goods Disposal Tax","Tire Recycling Fee","Additional Fee","Lumber Fee","Prepaid Wireless Fee","Road Improvement And Food Delivery Fee","eBay Collected Charges","Total Price","eBay Collected Tax and Fees Included in Total","Payment Method","Sale Date","Paid On Date","Ship By Date","Minimum Estimated Delivery Date","Maximum Estimated Delivery Date","Shipped On Date","Feedback Left","Feedback Received","My Item Note","PayPal Transaction ID","Shipping Service","Tracking Number","Transaction ID",Variation Details,"Global Shipping Program","Global Shipping Reference ID","Click And Collect","Click And Collect Reference Number","eBay Plus","Authenticity Verification Program","Authenticity Verification Status","Authenticity Verification Outcome Reason","PSA Vault Program","Vault Fulfillment Type","eBay Fulfillment Program",Tax City,"Tax State","Tax Zip","Tax Country","eBay International Shipping"';
const ebayRow = (record: string, order: string, country: string, item: string, title: string, sku: string, qty: string, soldFor: string, date: string, tracking: string) => {
  const cells = new Array<string>(EBAY_HEADER.split(',').length).fill('');
  const at = (name: string) => EBAY_HEADER.split(',').map((h) => h.replace(/"/g, '')).indexOf(name);
  const set = (name: string, value: string) => { cells[at(name)] = value; };
  set('Sales Record Number', record); set('Order Number', order); set('Ship To Country', country); set('Item Number', item); set('Item Title', title);
  set('Custom Label', sku); set('Quantity', qty); set('Sold For', soldFor); set('Sale Date', date); set('Tracking Number', tracking);
  set('Buyer Username', 'buyer'); set('Total Price', soldFor); set('Payment Method', 'PayPal');
  return cells.map((c) => (/[,"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
};
export const EBAY = [
  EBAY_HEADER,
  ebayRow('1001', '12-11111-11111', 'United States', '225500000001', 'Thermal cup 500 ml', 'CUP-THM-500', '2', '$19.99', 'Apr-13-26', '9400100000000000000001'),
  ebayRow('1002', '12-22222-22222', 'United Kingdom', '225500000002', 'LED desk lamp', 'LAMP-LED-01', '1', '£25.00', 'Apr-14-26', ''),
].join('\r\n') + '\r\n';

/** Shopee's order export, as XLSX like Seller Centre gives it (columns: see shared/import/formats.ts). */
async function shopeeXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2026, 3, 20));
  const ws = wb.addWorksheet('orders');
  ws.addRow(['Order ID', 'Order Status', 'Return / Refund Status', 'Tracking Number*', 'Ship Time', 'Order Creation Date', 'Order Complete Time', 'Parent SKU Reference No.', 'Product Name', 'SKU Reference No.', 'Variation Name', 'Deal Price', 'Quantity', 'Returned quantity', 'Total Amount', 'Commission Fee', 'Service Fee', 'Transaction Fee', 'Estimated Shipping Fee', 'Shipping Rebate Estimate']);
  ws.addRow(['260413ABCDEF01', 'Completed', '', 'MY2600000001', '2026-04-14 10:00', '2026-04-13 21:06', '2026-04-20 12:00', 'CUP', 'Thermal cup 500 ml', 'CUP-THM-500', 'Blue', 89.9, 2, 0, 179.8, 5.4, 3.6, 3.8, 8, 8]);
  ws.addRow(['260414ABCDEF02', 'Cancelled', '', '', '', '2026-04-14 08:00', '', 'LAMP', 'LED desk lamp', 'LAMP-LED-01', 'White', 120, 1, 0, 120, 0, 0, 0, 0, 0]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Temu's seller order export (columns: see shared/import/formats.ts), UTF-8, one row per order item, no currency column. */
const TEMU_HEADER = ['order id', 'order status', 'fulfillment mode', 'logistics service suggestion', 'order item id', 'order item status', 'product name by customer order', 'product name', 'variation', 'contribution sku', 'sku id', 'quantity purchased', 'quantity shipped', 'quantity to ship', 'recipient name', 'recipient first name', 'recipient last name', 'recipient phone number', 'ship address 1', 'ship address 2', 'ship address 3', 'district', 'ship city', 'ship state', 'ship postal code', 'ship country', 'purchase date', 'latest shipping time', 'latest delivery time', 'iPhone serial number', 'virtual email', 'activity goods base price', 'base price total', 'tracking number', 'carrier', 'order settlement status', 'keep proof of shipment before delivery'];
const temuRow = (order: string, status: string, item: string, name: string, sku: string, qty: string, unit: string, total: string, country: string, date: string, tracking: string) => {
  const cells: Record<string, string> = {
    'order id': order, 'order status': status, 'fulfillment mode': 'Fulfilled by seller', 'order item id': item, 'order item status': status, 'product name': name,
    'contribution sku': sku, 'sku id': `SK${item}`, 'quantity purchased': qty, 'quantity shipped': status === 'Shipped' ? qty : '0', 'quantity to ship': '0',
    'recipient name': 'Ann B', 'ship city': 'Austin', 'ship state': 'TX', 'ship country': country, 'purchase date': date,
    'activity goods base price': unit, 'base price total': total, 'tracking number': tracking, carrier: tracking ? 'USPS' : '', 'order settlement status': 'Unsettled',
  };
  return TEMU_HEADER.map((h) => cells[h] ?? '').join(',');
};
export const TEMU = [
  TEMU_HEADER.join(','),
  temuRow('PO-211-10000000000001', 'Shipped', '1001', 'Thermal cup 500 ml', 'CUP-THM-500', '2', '19.99', '39.98', 'United States', '2026-04-20 10:00:00', 'TN0001'),
  temuRow('PO-211-10000000000001', 'Shipped', '1002', 'LED desk lamp', 'LAMP-LED-01', '1', '25.00', '25.00', 'United States', '2026-04-20 10:00:00', 'TN0001'),
  temuRow('PO-211-10000000000002', 'Canceled', '1003', 'LED desk lamp', 'LAMP-LED-01', '1', '25.00', '25.00', 'United States', '2026-04-21 08:30:00', ''),
].join('\r\n') + '\r\n';

/**
 * Ozon's postings report (columns: see shared/import/formats.ts): ";"-separated UTF-8 with a BOM,
 * one row per product of a posting; the posting 0700-1111-1 holds two products.
 */
const OZON_HEADER = ['Номер заказа', 'Номер отправления', 'Принят в обработку', 'Дата отгрузки', 'Статус', 'Дата доставки', 'Сумма отправления', 'Код валюты отправления', 'Наименование товара', 'OZON id', 'Артикул', 'Итоговая стоимость товара', 'Код валюты товара', 'Количество', 'Стоимость доставки', 'Связанные отправления', 'Выкуп товара', 'Цена товара до скидок', 'Скидка %', 'Скидка руб', 'Акции'];
export const OZON = [
  OZON_HEADER.join(';'),
  ['0700-1111', '0700-1111-1', '2026-04-13 09:06:21', '2026-04-14 10:00:00', 'Доставлен', '2026-04-20 12:00:00', '2280', 'RUB', 'Термокружка 500 мл', '1234567', 'CUP-THM-500', '990', 'RUB', '2', '0', '', '', '1290', '23%', '300', ''].join(';'),
  ['0700-1111', '0700-1111-1', '2026-04-13 09:06:21', '2026-04-14 10:00:00', 'Доставлен', '2026-04-20 12:00:00', '2280', 'RUB', 'Настольная лампа', '1234568', 'LAMP-LED-01', '300', 'RUB', '1', '0', '', '', '300', '0%', '0', ''].join(';'),
  ['0700-2222', '0700-2222-1', '2026-04-15 18:40:00', '', 'Отменён', '', '990', 'RUB', 'Термокружка 500 мл', '1234567', 'CUP-THM-500', '990', 'RUB', '1', '0', '', '', '1290', '23%', '300', ''].join(';'),
].join('\n') + '\n';

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

writeFileSync(`${DIR}amazon-all-orders.txt`, AMAZON_ORDERS, 'utf8');
writeFileSync(`${DIR}amazon-all-orders-utf16le.txt`, utf16le(AMAZON_ORDERS));
writeFileSync(`${DIR}shopify-orders.csv`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHOPIFY, 'utf8')]));
writeFileSync(`${DIR}shopify-orders-eu-1252.csv`, windows1252(SHOPIFY_EU));
writeFileSync(`${DIR}amazon-fba-returns.txt`, FBA_RETURNS, 'utf8');
writeFileSync(`${DIR}amazon-mfn-returns.csv`, MFN_RETURNS, 'utf8');
writeFileSync(`${DIR}generic-orders-gbk.csv`, gbk(GBK_TEXT));
writeFileSync(`${DIR}erp-orders-gbk.csv`, gbk(ERP_GBK));
writeFileSync(`${DIR}erp2-orders-gbk.csv`, gbk(ERP2_GBK));
writeFileSync(`${DIR}tiktok-orders.csv`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TIKTOK, 'utf8')]));
writeFileSync(`${DIR}temu-orders.csv`, TEMU, 'utf8');
writeFileSync(`${DIR}ozon-postings.csv`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(OZON, 'utf8')]));
writeFileSync(`${DIR}ebay-orders.csv`, EBAY, 'utf8');
writeFileSync(`${DIR}shopee-orders.xlsx`, await shopeeXlsx());
console.log('import fixtures written');
