import type { Platform } from '../codes/ledger-codes';

/**
 * The canonical fields an import fills, and the reports recognised by their header. Columns
 * are matched by name, case- and punctuation-insensitively, because report versions reorder
 * and add columns; a format is recognised when all its `required` columns are present.
 */
export const ORDER_FIELDS = [
  'orderNo', 'orderDate', 'sku', 'qty', 'unitPrice', 'lineTotal', 'currency', 'productName', 'buyerCountry',
  'barcode', 'hsCode', 'weightG', 'declaredValue', 'waybillNo', 'exportDate', 'status',
  'platform', 'shop', 'exportMode', 'exportDistrict',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

export const RETURN_FIELDS = ['orderNo', 'sku', 'qty', 'returnDate', 'rmaNo', 'reason', 'disposition', 'comments'] as const;
export type ReturnField = (typeof RETURN_FIELDS)[number];

export type ImportKind = 'orders' | 'returns';
export type FormatId = 'amazon-orders' | 'amazon-fba-returns' | 'amazon-mfn-returns' | 'shopify-orders' | 'tiktok-orders' | 'ebay-orders' | 'shopee-orders' | 'temu-orders' | 'ozon-postings' | 'custom';

/** Which header column feeds each field (the header text as in the file). */
export type Mapping = Partial<Record<string, string>>;

export interface ReportFormat {
  id: Exclude<FormatId, 'custom'>;
  kind: ImportKind;
  platform: Platform;
  required: string[];
  /** Field → the column names it may have across report versions. */
  columns: Record<string, string[]>;
  /** Shopify: order-level fields appear only on each order's first row. */
  fillDown?: string[];
  /** FBA returns sit in an Amazon warehouse; seller-fulfilled ones are still with the buyer. */
  whereabouts?: 'overseas_warehouse' | 'with_buyer';
}

export const FORMATS: readonly ReportFormat[] = [
  {
    id: 'amazon-orders', kind: 'orders', platform: 'amazon',
    required: ['amazon-order-id', 'purchase-date', 'sku', 'quantity', 'item-price'],
    columns: {
      orderNo: ['amazon-order-id'], orderDate: ['purchase-date'], sku: ['sku'], qty: ['quantity', 'quantity-purchased'],
      lineTotal: ['item-price'], currency: ['currency'], productName: ['product-name'], buyerCountry: ['ship-country'], status: ['order-status'],
    },
  },
  {
    id: 'shopify-orders', kind: 'orders', platform: 'shopify',
    required: ['Name', 'Created at', 'Lineitem quantity', 'Lineitem price', 'Lineitem sku'],
    columns: {
      orderNo: ['Name'], orderDate: ['Created at'], sku: ['Lineitem sku'], qty: ['Lineitem quantity'], unitPrice: ['Lineitem price'],
      currency: ['Currency'], productName: ['Lineitem name'], buyerCountry: ['Shipping Country', 'Billing Country'], status: ['Cancelled at'],
    },
    fillDown: ['orderDate', 'currency', 'buyerCountry', 'status'],
  },
  {
    // TikTok Shop Seller Center order export ("OrderSKUList"), one row per SKU. Columns as read by
    // public parsers: github.com/jeffpham2906/JP-Manager server/types/order.d.ts and
    // github.com/ComaGear/shopeesalescoverter …/Columns/OrderReportTikTokOrderColumn.java.
    id: 'tiktok-orders', kind: 'orders', platform: 'tiktok',
    required: ['Order ID', 'Seller SKU', 'Quantity', 'SKU Unit Original Price', 'Created Time'],
    columns: {
      orderNo: ['Order ID'], orderDate: ['Created Time'], sku: ['Seller SKU'], qty: ['Quantity'], unitPrice: ['SKU Unit Original Price'],
      productName: ['Product Name'], buyerCountry: ['Country'], status: ['Order Status'], waybillNo: ['Tracking ID'],
    },
  },
  {
    // eBay Seller Hub orders report, one row per item. Columns as listed by a public script that
    // reformats it: github.com/randomecho/shifted-sales-report README.md. "Sold For" is the
    // item's price with its currency sign ("$19.99"), which gives the currency.
    id: 'ebay-orders', kind: 'orders', platform: 'ebay',
    required: ['Order Number', 'Sale Date', 'Custom Label', 'Quantity', 'Sold For'],
    columns: {
      orderNo: ['Order Number'], orderDate: ['Sale Date'], sku: ['Custom Label', 'Item Number'], qty: ['Quantity'], unitPrice: ['Sold For'],
      productName: ['Item Title'], buyerCountry: ['Ship To Country', 'Buyer Country'], waybillNo: ['Tracking Number'],
    },
  },
  {
    // Shopee Seller Centre order export (XLSX), one row per item; a shop sells in one country and
    // one currency, which the file does not name: they come from the import defaults. Columns
    // as read by github.com/ComaGear/shopeesalescoverter …/Columns/ShopeeSalesOrderColumn.java.
    id: 'shopee-orders', kind: 'orders', platform: 'shopee',
    required: ['Order ID', 'Order Creation Date', 'SKU Reference No.', 'Quantity', 'Deal Price'],
    columns: {
      orderNo: ['Order ID'], orderDate: ['Order Creation Date'], sku: ['SKU Reference No.', 'Parent SKU Reference No.'], qty: ['Quantity'],
      unitPrice: ['Deal Price'], productName: ['Product Name'], status: ['Order Status'], waybillNo: ['Tracking Number*'],
    },
  },
  {
    // Temu Seller Center order export, one row per order item; it names no currency (the import
    // defaults give it). Columns as read by a public importer of it:
    // github.com/5CORE-ALL/invent app/Http/Controllers/MarketPlace/TemuController.php
    // (normalizeHeader and its sample sheet); the purchase date may carry its zone, "purchase date(UTC+8)".
    id: 'temu-orders', kind: 'orders', platform: 'temu',
    required: ['order id', 'contribution sku', 'quantity purchased', 'base price total', 'ship country'],
    columns: {
      orderNo: ['order id'], orderDate: ['purchase date', 'purchase date(UTC+0)', 'purchase date(UTC+8)'], sku: ['contribution sku'],
      qty: ['quantity purchased'], lineTotal: ['base price total'], productName: ['product name'], buyerCountry: ['ship country'],
      status: ['order item status', 'order status'], waybillNo: ['tracking number'],
    },
  },
  {
    // Ozon's postings report (Заказы → Экспорт CSV; docs.ozon.ru/global/am/analytics/fulfillment-reports/report-orders):
    // ";"-separated UTF-8, one row per product of a posting (отправление). Columns as read by
    // github.com/urevoleg/master-ozon-api models/raw/raw_report_postings.sql (sep=';' in
    // raw_report_postings_fbo.sql); "Итоговая стоимость товара" is the unit price there. Later
    // versions call price and name "Ваша цена" and "Название товара" (also taken). A posting number
    // is what Ozon's labels and returns name, so it is the order number here. The report names no
    // buyer country: it comes from the import defaults.
    id: 'ozon-postings', kind: 'orders', platform: 'ozon',
    required: ['Номер отправления', 'Принят в обработку', 'Артикул', 'Количество', 'Код валюты товара'],
    columns: {
      orderNo: ['Номер отправления'], orderDate: ['Принят в обработку'], sku: ['Артикул'], qty: ['Количество'],
      unitPrice: ['Итоговая стоимость товара', 'Ваша цена'], currency: ['Код валюты товара', 'Код валюты отправления'],
      productName: ['Наименование товара', 'Название товара'], status: ['Статус'],
    },
  },
  {
    id: 'amazon-fba-returns', kind: 'returns', platform: 'amazon',
    required: ['return-date', 'order-id', 'sku', 'quantity', 'detailed-disposition'],
    columns: {
      orderNo: ['order-id'], sku: ['sku'], qty: ['quantity'], returnDate: ['return-date'], rmaNo: ['license-plate-number'],
      reason: ['reason'], disposition: ['detailed-disposition'], comments: ['customer-comments'],
    },
    whereabouts: 'overseas_warehouse',
  },
  {
    id: 'amazon-mfn-returns', kind: 'returns', platform: 'amazon',
    required: ['Order ID', 'Return request date', 'Amazon RMA ID', 'Merchant SKU', 'Return quantity'],
    columns: {
      orderNo: ['Order ID'], sku: ['Merchant SKU'], qty: ['Return quantity'], returnDate: ['Return request date'], rmaNo: ['Amazon RMA ID'],
      reason: ['Return Reason', 'Return reason'], comments: ['Customer comments'],
      refundAmount: ['Refunded Amount'], labelCost: ['Label cost'], labelPaidBy: ['Label to be paid by'], currency: ['Currency code'],
    },
    whereabouts: 'with_buyer',
  },
];

/** Width folded (全角 → half-width), case, spaces and punctuation (【】（）/ - . #) gone. */
export function normHeader(h: string): string {
  return h.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function detectFormat(headers: readonly string[]): ReportFormat | null {
  const have = new Set(headers.map(normHeader));
  return FORMATS.find((f) => f.required.every((r) => have.has(normHeader(r)))) ?? null;
}

/** The format's columns resolved against this file's actual header texts. */
export function mappingFor(format: ReportFormat, headers: readonly string[]): Mapping {
  const byNorm = new Map(headers.map((h) => [normHeader(h), h]));
  const mapping: Mapping = {};
  for (const [field, names] of Object.entries(format.columns)) {
    const hit = names.map((n) => byNorm.get(normHeader(n))).find((h) => h !== undefined);
    if (hit !== undefined) mapping[field] = hit;
  }
  return mapping;
}

/** A header's identity for saved presets: the same columns in any order and spelling. */
export function headerSignature(headers: readonly string[]): string {
  return [...headers].map(normHeader).filter(Boolean).sort().join('|');
}
