import type { CurrencyRate } from '../decide/presets-types';
import { minorToFen, rateBook } from '../decide/currency';
import type { Order, OrderLine } from '../schemas/order';
import type { Column, ExportTable } from './table';
import type { ExportWords } from './words';

/**
 * Orders and order lines as bookkeeping tables: the original-currency amount beside its CNY
 * value at the rate in force on the order date (Settings → rates). A currency without a rate
 * for that date leaves the CNY cell empty rather than guessing.
 */
export type ToFen = (minor: number, currency: string, date: string) => number | null;

export function fenConverter(rates: readonly CurrencyRate[] | undefined): ToFen {
  if (!rates) return (minor, currency) => (currency === 'CNY' ? minor : null);
  const book = rateBook(rates);
  return (minor, currency, date) => {
    if (currency === 'CNY') return minor;
    // A currency with no rate at all is common (rates not set up); skip the throw, which at
    // 100,000 rows costs seconds.
    if (!book.byCurrency.has(currency)) return null;
    try {
      return minorToFen(book, minor, currency, date);
    } catch {
      return null;
    }
  };
}

/** An order with the sums over its lines the table shows, added up once rather than per column. */
export interface OrderRow {
  order: Order;
  units: number;
  valueMinor: number;
  declaredMinor: number;
  grams: number;
  rebateFen: number;
}

export function orderRow(order: Order): OrderRow {
  let units = 0, valueMinor = 0, declaredMinor = 0, grams = 0, rebateFen = 0;
  for (const l of order.lines) {
    units += l.qty;
    valueMinor += l.qty * l.unitPriceMinor;
    declaredMinor += l.qty * l.declaredValueMinor;
    grams += l.qty * l.unitWeightG;
    rebateFen += l.qty * l.rebatePerUnitFen;
  }
  return { order, units, valueMinor, declaredMinor, grams, rebateFen };
}

export function ordersTable(orders: readonly Order[], toFen: ToFen, w: ExportWords): ExportTable<OrderRow> {
  const columns: Column<OrderRow>[] = [
    { key: 'orderNo', type: 'text', value: (r) => r.order.orderNo, width: 22 },
    { key: 'platform', type: 'text', value: (r) => w.word('platform', r.order.platform), code: (r) => r.order.platform, width: 11 },
    { key: 'orderDate', type: 'date', value: (r) => r.order.orderDate },
    { key: 'buyerCountry', type: 'text', value: (r) => w.country(r.order.buyerCountry), code: (r) => r.order.buyerCountry, width: 14 },
    { key: 'currency', type: 'text', value: (r) => r.order.currency, width: 8 },
    { key: 'lineCount', type: 'integer', value: (r) => r.order.lines.length, sum: true },
    { key: 'units', type: 'integer', value: (r) => r.units, sum: true },
    { key: 'orderValue', type: 'money', value: (r) => r.valueMinor, currency: (r) => r.order.currency },
    { key: 'orderValueCny', type: 'fen', value: (r) => toFen(r.valueMinor, r.order.currency, r.order.orderDate), sum: true },
    { key: 'declaredValue', type: 'money', value: (r) => r.declaredMinor, currency: (r) => r.order.currency },
    { key: 'exportMode', type: 'text', value: (r) => w.word('exportMode', r.order.exportMode), code: (r) => r.order.exportMode, width: 18 },
    { key: 'exportDistrict', type: 'text', value: (r) => w.district(r.order.exportDistrict), code: (r) => r.order.exportDistrict, width: 20 },
    { key: 'exportPort', type: 'text', value: (r) => r.order.exportPort },
    { key: 'exportDate', type: 'date', value: (r) => r.order.exportDate },
    { key: 'declarationNo', type: 'text', value: (r) => r.order.declarationNo, width: 22 },
    { key: 'waybillNo', type: 'text', value: (r) => r.order.waybillNo, width: 22 },
    { key: 'carrier', type: 'text', value: (r) => r.order.carrier },
    { key: 'weightKg', type: 'grams', value: (r) => r.grams, sum: true },
    { key: 'rebateCny', type: 'fen', value: (r) => r.rebateFen, sum: true },
  ];
  return { name: 'orders', columns, rows: orders.map(orderRow) };
}

export interface LineRow {
  order: Order;
  line: OrderLine;
}

function orderLineRows(orders: readonly Order[]): LineRow[] {
  return orders.flatMap((order) => order.lines.map((line) => ({ order, line })));
}

export function orderLinesTable(orders: readonly Order[], toFen: ToFen, w: ExportWords): ExportTable<LineRow> {
  const cur = (r: LineRow) => r.order.currency;
  const columns: Column<LineRow>[] = [
    { key: 'orderNo', type: 'text', value: (r) => r.order.orderNo, width: 22 },
    { key: 'platform', type: 'text', value: (r) => w.word('platform', r.order.platform), code: (r) => r.order.platform, width: 11 },
    { key: 'orderDate', type: 'date', value: (r) => r.order.orderDate },
    { key: 'sku', type: 'text', value: (r) => r.line.sku },
    { key: 'barcode', type: 'text', value: (r) => r.line.barcode, width: 15 },
    { key: 'nameZh', type: 'text', value: (r) => r.line.nameZh, width: 24 },
    { key: 'nameEn', type: 'text', value: (r) => r.line.nameEn, width: 28 },
    // HS codes stay text: a number would drop the leading zero of chapters 01–09.
    { key: 'hsCode', type: 'text', value: (r) => r.line.hsCode, width: 12 },
    { key: 'unit', type: 'text', value: (r) => w.word('unit', r.line.unit), code: (r) => r.line.unit, width: 12 },
    { key: 'qty', type: 'integer', value: (r) => r.line.qty, sum: true },
    { key: 'currency', type: 'text', value: cur, width: 8 },
    { key: 'unitPrice', type: 'money', value: (r) => r.line.unitPriceMinor, currency: cur },
    { key: 'lineValue', type: 'money', value: (r) => r.line.qty * r.line.unitPriceMinor, currency: cur },
    { key: 'lineValueCny', type: 'fen', value: (r) => toFen(r.line.qty * r.line.unitPriceMinor, cur(r), r.order.orderDate), sum: true },
    { key: 'declaredValue', type: 'money', value: (r) => r.line.declaredValueMinor, currency: cur },
    { key: 'weightKg', type: 'grams', value: (r) => r.line.qty * r.line.unitWeightG, sum: true },
    { key: 'rebateCny', type: 'fen', value: (r) => r.line.qty * r.line.rebatePerUnitFen, sum: true },
    { key: 'exportMode', type: 'text', value: (r) => w.word('exportMode', r.order.exportMode), code: (r) => r.order.exportMode, width: 18 },
    { key: 'exportDate', type: 'date', value: (r) => r.order.exportDate },
  ];
  return { name: 'lines', columns, rows: orderLineRows(orders) };
}
