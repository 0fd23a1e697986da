import enData from '../locales/en/data.json';
import enLedger from '../locales/en/ledger.json';
import zhData from '../locales/zh-CN/data.json';
import zhLedger from '../locales/zh-CN/ledger.json';
import { normHeader, ORDER_FIELDS, RETURN_FIELDS, type ImportKind, type Mapping } from './formats';

/**
 * Columns matched by meaning: each field's header names as Chinese seller ERPs (店小秘, 马帮,
 * 领星), marketplaces (Ozon's Russian headers too) and hand-made sheets spell them, compared after `normHeader` (width,
 * case, spaces and punctuation folded). Earlier names win when a file has several — a
 * platform's order number before an ERP's own (系统订单号). The app's own labels for each
 * field, in both languages, are added from the locale files, so a file the app exported and
 * a sheet typed with the mapping screen's words always match. "商品编码" is the customs HS
 * code here (the app's own label), never an ERP's product code.
 */
const SYNONYMS: Record<string, string[]> = {
  orderNo: ['平台订单号', '订单号', '订单编号', '订单ID', '平台单号', '交易号', 'Order ID', 'Order No.', 'Order Number', 'order-id', 'Order #', 'Platform Order ID', 'PO号', '系统订单号', '系统单号', 'Номер отправления', 'Номер заказа'],
  orderDate: ['下单时间', '下单日期', '订购时间', '订单日期', '订单时间', '付款时间', '支付时间', '订单创建时间', '创建时间', 'Order Date', 'Order Time', 'Purchase Date', 'Order Creation Date', 'Created Time', 'Created at', 'Date', '日期', 'Принят в обработку', 'Purchase Date(UTC+0)', 'Purchase Date(UTC+8)'],
  sku: ['SKU', '商品SKU', '产品SKU', '平台SKU', '自定义SKU', '卖家SKU', '商家SKU', '库存SKU', 'SKU编码', '货号', 'MSKU', 'Seller SKU', 'Merchant SKU', 'SKU Reference No.', 'Contribution SKU', 'Item SKU', 'Артикул'],
  qty: ['数量', '购买数量', '商品数量', '产品数量', '销售数量', '订购数量', '件数', 'Qty', 'Quantity', 'Quantity Purchased', 'Qty Ordered', 'Units', 'Количество', 'Return quantity', '退货数量'],
  unitPrice: ['单价', '商品单价', '产品单价', '销售单价', '售价', 'Unit Price', 'Price', 'Deal Price', 'Sale Price', 'SKU Unit Original Price', 'Item Price', 'Activity Goods Base Price', 'Итоговая стоимость товара', 'Ваша цена'],
  lineTotal: ['商品总价', '商品金额', '产品金额', '小计', '金额', 'Line Total', 'Subtotal', 'Total Price', 'SKU Subtotal After Discount', 'Base Price Total'],
  currency: ['币种', '币别', '货币', '币种代码', '货币代码', 'Currency', 'Currency Code', 'Код валюты товара', 'Код валюты отправления'],
  productName: ['商品名称', '产品名称', '商品标题', '产品标题', '品名', '中文品名', '商品中文名称', '标题', 'Product Name', 'Item Name', 'Product Title', 'Title', 'Item Title', 'Наименование товара', 'Название товара'],
  buyerCountry: ['买家国家', '收货国家', '收件人国家', '收货人国家', '买家国家/地区', '收货国家/地区', '收件人国家/地区', '国家/地区', '目的国', '目的国家', '国家二字码', '国家代码', '国家', 'Country', 'Ship Country', 'Shipping Country', 'Buyer Country', 'Destination Country', 'Recipient Country', 'Country/Region', 'Country Code'],
  barcode: ['条码', '条形码', '商品条码', 'Barcode', 'EAN', 'UPC', 'GTIN'],
  hsCode: ['HS编码', '商品编码', '海关编码', '海关商品编码', '税则号', 'HS Code', 'HSCode'],
  weightG: ['重量(g)', '重量（克）', '单件重量(g)', '产品重量(g)', '包裹重量(g)', 'Weight (g)', 'Unit Weight (g)', 'Weight(g)'],
  declaredValue: ['申报价值', '申报金额', '申报单价', 'Declared Value'],
  waybillNo: ['运单号', '物流单号', '跟踪号', '追踪号', '物流跟踪号', '快递单号', '国际运单号', 'Tracking Number', 'Tracking No.', 'Tracking ID', 'Waybill', 'Waybill No.'],
  exportDate: ['出口日期', '申报日期', 'Export Date'],
  status: ['订单状态', '平台订单状态', '平台状态', '状态', 'Order Status', 'Status', 'Статус'],
  platform: ['平台', '销售平台', '来源平台', '平台名称', '渠道', '销售渠道', 'Platform', 'Marketplace', 'Channel', 'Sales Channel'],
  shop: ['店铺', '店铺名称', '店铺名', '店铺账号', '店铺帐号', '账号', 'Shop', 'Shop Name', 'Store', 'Store Name', 'Seller Account'],
  exportMode: ['监管方式', '贸易方式', 'Export Mode', 'Customs Mode'],
  exportDistrict: ['关区', '申报关区', '出口关区', '报关关区', 'Customs District'],
  returnDate: ['退货日期', '退货时间', '退款时间', '售后申请时间', '申请时间', 'Return Date', 'Return Request Date', 'Return-date', 'Refund Date'],
  rmaNo: ['退货单号', '退货编号', '售后单号', '退款单号', 'RMA', 'RMA No.', 'RMA ID', 'Return ID'],
  reason: ['退货原因', '退款原因', '售后原因', '原因', 'Reason', 'Return Reason', 'Refund Reason'],
  disposition: ['处置结果', '处理结果', '处置', 'Disposition', 'Detailed Disposition'],
  comments: ['买家备注', '备注', '留言', 'Comments', 'Customer Comments', 'Notes', 'Note', 'Buyer Message'],
};

/** The app's own words for a field: mapping labels, ledger field labels and export column titles, both languages. */
function ownLabels(field: string): string[] {
  const sources = [enData.mapping.field, zhData.mapping.field, enLedger.field, zhLedger.field, enData.col, zhData.col] as Record<string, unknown>[];
  return sources.map((s) => s[field]).filter((v): v is string => typeof v === 'string');
}

const byField = new Map<string, string[]>();

/** Every name a field answers to, normalised, in order of preference; the app's own labels are always among them. */
export function fieldNames(field: string): string[] {
  let names = byField.get(field);
  if (!names) {
    names = [...new Set([...(SYNONYMS[field] ?? []), ...ownLabels(field)].map(normHeader).filter(Boolean))];
    byField.set(field, names);
  }
  return names;
}

export interface Proposal {
  mapping: Mapping;
  /** Header texts no field took. */
  unplaced: string[];
}

/** Each field's column in this header, by name; a column feeds at most one field. */
export function proposeMapping(headers: readonly string[], kind: ImportKind): Proposal {
  const fields: readonly string[] = kind === 'orders' ? ORDER_FIELDS : RETURN_FIELDS;
  const byNorm = new Map<string, string>();
  for (const h of headers) if (!byNorm.has(normHeader(h))) byNorm.set(normHeader(h), h);
  const taken = new Set<string>();
  const mapping: Mapping = {};
  for (const field of fields) {
    const hit = fieldNames(field).map((n) => byNorm.get(n)).find((h) => h !== undefined && !taken.has(h));
    if (hit !== undefined) {
      mapping[field] = hit;
      taken.add(hit);
    }
  }
  return { mapping, unplaced: headers.filter((h) => h.trim() !== '' && !taken.has(h)) };
}

/** The fields an order or return cannot do without; a price is unitPrice or lineTotal. */
export const REQUIRED: Record<ImportKind, string[]> = {
  orders: ['orderNo', 'orderDate', 'sku', 'qty', 'buyerCountry'],
  returns: ['orderNo', 'sku', 'qty', 'returnDate'],
};

/** Required fields this mapping leaves without a column. */
export function missingFields(mapping: Mapping, kind: ImportKind): string[] {
  const missing = REQUIRED[kind].filter((f) => !mapping[f]);
  if (kind === 'orders' && !mapping.unitPrice && !mapping.lineTotal) missing.push('unitPrice');
  return missing;
}
