import type { CurrencyRate } from '../decide/presets-types';
import { minorToFen, rateBook } from '../decide/currency';
import type { Order, OrderLine } from '../schemas/order';
import type { Column, ExportTable } from './table';

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

const sumLines = (o: Order, f: (l: OrderLine) => number) => o.lines.reduce((s, l) => s + f(l), 0);

export function ordersTable(orders: readonly Order[], toFen: ToFen): ExportTable<Order> {
  const value = (o: Order) => sumLines(o, (l) => l.qty * l.unitPriceMinor);
  const columns: Column<Order>[] = [
    { key: 'orderNo', type: 'text', value: (o) => o.orderNo, width: 22 },
    { key: 'platform', type: 'text', value: (o) => o.platform, width: 11 },
    { key: 'orderDate', type: 'date', value: (o) => o.orderDate },
    { key: 'buyerCountry', type: 'text', value: (o) => o.buyerCountry, width: 8 },
    { key: 'currency', type: 'text', value: (o) => o.currency, width: 8 },
    { key: 'lineCount', type: 'integer', value: (o) => o.lines.length, sum: true },
    { key: 'units', type: 'integer', value: (o) => sumLines(o, (l) => l.qty), sum: true },
    { key: 'orderValue', type: 'money', value: value, currency: (o) => o.currency },
    { key: 'orderValueCny', type: 'fen', value: (o) => toFen(value(o), o.currency, o.orderDate), sum: true },
    { key: 'declaredValue', type: 'money', value: (o) => sumLines(o, (l) => l.qty * l.declaredValueMinor), currency: (o) => o.currency },
    { key: 'exportMode', type: 'text', value: (o) => o.exportMode, width: 8 },
    { key: 'exportDistrict', type: 'text', value: (o) => o.exportDistrict, width: 8 },
    { key: 'exportPort', type: 'text', value: (o) => o.exportPort },
    { key: 'exportDate', type: 'date', value: (o) => o.exportDate },
    { key: 'declarationNo', type: 'text', value: (o) => o.declarationNo, width: 22 },
    { key: 'waybillNo', type: 'text', value: (o) => o.waybillNo, width: 22 },
    { key: 'carrier', type: 'text', value: (o) => o.carrier },
    { key: 'weightKg', type: 'grams', value: (o) => sumLines(o, (l) => l.qty * l.unitWeightG), sum: true },
    { key: 'rebateCny', type: 'fen', value: (o) => sumLines(o, (l) => l.qty * l.rebatePerUnitFen), sum: true },
  ];
  return { name: 'orders', columns, rows: orders };
}

export interface LineRow {
  order: Order;
  line: OrderLine;
}

export function orderLineRows(orders: readonly Order[]): LineRow[] {
  return orders.flatMap((order) => order.lines.map((line) => ({ order, line })));
}

export function orderLinesTable(orders: readonly Order[], toFen: ToFen): ExportTable<LineRow> {
  const cur = (r: LineRow) => r.order.currency;
  const columns: Column<LineRow>[] = [
    { key: 'orderNo', type: 'text', value: (r) => r.order.orderNo, width: 22 },
    { key: 'platform', type: 'text', value: (r) => r.order.platform, width: 11 },
    { key: 'orderDate', type: 'date', value: (r) => r.order.orderDate },
    { key: 'sku', type: 'text', value: (r) => r.line.sku },
    { key: 'barcode', type: 'text', value: (r) => r.line.barcode, width: 15 },
    { key: 'nameZh', type: 'text', value: (r) => r.line.nameZh, width: 24 },
    { key: 'nameEn', type: 'text', value: (r) => r.line.nameEn, width: 28 },
    // HS codes stay text: a number would drop the leading zero of chapters 01–09.
    { key: 'hsCode', type: 'text', value: (r) => r.line.hsCode, width: 12 },
    { key: 'unit', type: 'text', value: (r) => r.line.unit, width: 6 },
    { key: 'qty', type: 'integer', value: (r) => r.line.qty, sum: true },
    { key: 'currency', type: 'text', value: cur, width: 8 },
    { key: 'unitPrice', type: 'money', value: (r) => r.line.unitPriceMinor, currency: cur },
    { key: 'lineValue', type: 'money', value: (r) => r.line.qty * r.line.unitPriceMinor, currency: cur },
    { key: 'lineValueCny', type: 'fen', value: (r) => toFen(r.line.qty * r.line.unitPriceMinor, cur(r), r.order.orderDate), sum: true },
    { key: 'declaredValue', type: 'money', value: (r) => r.line.declaredValueMinor, currency: cur },
    { key: 'weightKg', type: 'grams', value: (r) => r.line.qty * r.line.unitWeightG, sum: true },
    { key: 'rebateCny', type: 'fen', value: (r) => r.line.qty * r.line.rebatePerUnitFen, sum: true },
    { key: 'exportMode', type: 'text', value: (r) => r.order.exportMode, width: 8 },
    { key: 'exportDate', type: 'date', value: (r) => r.order.exportDate },
  ];
  return { name: 'order lines', columns, rows: orderLineRows(orders) };
}
