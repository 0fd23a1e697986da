import { addDays } from '../dates';
import { issuesToErrors } from '../errors';
import { newId } from '../ids';
import { divRound } from '../money';
import { orderInput, type OrderInput, type OrderLine } from '../schemas/order';
import { isValidGtin, isValidHsCode } from '../validators';
import { asCurrency, fieldReader, parseAmount, parseQty, type Rejection } from './cells';
import { detectDayOrder, detectDecimalComma, parseDateCell } from './dates';
import type { CatalogEntry, ImportDefaults } from './defaults';
import type { Mapping } from './formats';
import type { RawRow, RawTable } from './read-table';

/**
 * File rows → orders. Rows group by order no. (Shopify repeats an order over one row per line
 * item, with order fields only on the first); lines group by SKU. Customs fields the file
 * lacks come from the catalog by SKU, else from the import defaults, and `filled` says which,
 * so the preview shows it. One bad row rejects its whole order: an order is never imported
 * with a line missing.
 */
export interface OrderCandidate {
  input: OrderInput;
  /** File rows that made this order, first row first. */
  rows: number[];
  /** Per line: where the declaration fields came from. */
  filled: ('file' | 'catalog' | 'defaults')[];
}

export interface OrdersMapped {
  orders: OrderCandidate[];
  rejected: Rejection[];
  dayOrder: 'dmy' | 'mdy' | 'detected-dmy' | 'detected-mdy' | 'iso';
  decimalComma: boolean;
}

export interface OrderSource {
  platform: OrderInput['platform'];
  mapping: Mapping;
  fillDown?: string[];
}

interface LineDraft { row: number; sku: string; qty: number; unitMinor: number; name: string; barcode: string; hsCode: string; weightG: number | null; declared: number | null }
interface OrderDraft { orderNo: string; rows: number[]; date: string; currency: string; country: string; waybill: string; exportDate: string; lines: LineDraft[]; bad: boolean }

const CANCELLED = /^(cancel|canceled|cancelled)/i;

export function mapOrders(table: Pick<RawTable, 'headers' | 'rows'>, source: OrderSource, defaults: ImportDefaults, catalog: readonly CatalogEntry[], onProgress?: (done: number) => void): OrdersMapped {
  const f = fieldReader(table.headers, source.mapping);
  const rows = fillDown(table.rows, f, source.fillDown ?? []);
  const dateValues = rows.map((r) => f.get(r, 'orderDate'));
  const detected = detectDayOrder(dateValues);
  const dayOrder = detected ?? defaults.dayOrder;
  const priceField = f.has('unitPrice') ? 'unitPrice' : 'lineTotal';
  const decimalComma = detectDecimalComma(rows.map((r) => f.get(r, priceField)));
  const rejected: Rejection[] = [];
  // Rows listed so far: an order's other rows are named without rescanning the whole list.
  const listed = new Set<number>();
  const rejectRow = (x: Rejection) => { rejected.push(x); listed.add(x.row); };
  const drafts = new Map<string, OrderDraft>();

  rows.forEach((r, i) => {
    if (i % 5000 === 0) onProgress?.(i);
    const reject = (field: string, key: string, value?: string, params?: Rejection['params']) => {
      rejectRow({ row: r.row, field, key, value, params });
      const d = drafts.get(f.get(r, 'orderNo'));
      if (d) d.bad = true;
    };
    const orderNo = f.get(r, 'orderNo');
    if (!orderNo) return reject('orderNo', 'errors.required');
    let draft = drafts.get(orderNo);
    if (!draft) {
      draft = { orderNo, rows: [], date: '', currency: '', country: '', waybill: f.get(r, 'waybillNo'), exportDate: '', lines: [], bad: false };
      drafts.set(orderNo, draft);
    }
    draft.rows.push(r.row);
    if ((f.has('status') && CANCELLED.test(f.get(r, 'status'))) || (source.platform === 'shopify' && f.get(r, 'status') !== '')) {
      return reject('status', 'data:reason.cancelled', f.get(r, 'status'));
    }
    const date = parseDateCell(f.get(r, 'orderDate'), dayOrder);
    if (!date) return reject('orderDate', 'errors.date', f.get(r, 'orderDate'));
    const currency = f.has('currency') ? asCurrency(f.get(r, 'currency')) : defaults.currency;
    if (!currency) return reject('currency', 'errors.choose', f.get(r, 'currency'));
    const sku = f.get(r, 'sku');
    if (!sku) return reject('sku', 'errors.required');
    const qty = parseQty(f.get(r, 'qty'));
    if (qty === null || qty < 1) return reject('qty', 'errors.wholeNumber', f.get(r, 'qty'));
    const price = parseAmount(f.get(r, priceField), currency, decimalComma);
    if (price === null || price < 0) return reject(priceField, 'errors.amount', f.get(r, priceField));
    // Amazon's item-price is the line total; a unit price that does not divide evenly is
    // rounded half up to the minor unit.
    const unitMinor = priceField === 'lineTotal' ? Number(divRound(BigInt(price), BigInt(qty))) : price;
    let exportDate = '';
    if (f.has('exportDate') && f.get(r, 'exportDate')) {
      exportDate = parseDateCell(f.get(r, 'exportDate'), dayOrder) ?? '';
      if (!exportDate) return reject('exportDate', 'errors.date', f.get(r, 'exportDate'));
    }
    const weightText = f.get(r, 'weightG');
    const declaredText = f.get(r, 'declaredValue');
    if (draft.lines.length === 0) {
      draft.date = date;
      draft.currency = currency;
      draft.country = f.get(r, 'buyerCountry').toUpperCase();
      draft.exportDate = exportDate;
    }
    const existing = draft.lines.find((l) => l.sku === sku);
    if (existing) existing.qty += qty;
    else {
      draft.lines.push({
        row: r.row, sku, qty, unitMinor, name: f.get(r, 'productName'), barcode: f.get(r, 'barcode'), hsCode: f.get(r, 'hsCode'),
        weightG: weightText ? parseQty(weightText) : null, declared: declaredText ? parseAmount(declaredText, currency, decimalComma) : null,
      });
    }
  });

  const bySku = new Map(catalog.map((p) => [p.sku, p]));
  const orders: OrderCandidate[] = [];
  for (const d of drafts.values()) {
    // One bad row rejects its whole order: every other row of it is listed too.
    const sameOrder = () => { for (const row of d.rows) if (!listed.has(row)) rejectRow({ row, field: 'orderNo', key: 'data:reason.sameOrder', value: d.orderNo }); };
    if (d.bad) {
      sameOrder();
      continue;
    }
    const built = buildOrder(d, source.platform, defaults, bySku);
    const parsed = orderInput.safeParse(built.input);
    if (parsed.success) orders.push({ input: built.input, rows: d.rows, filled: built.filled });
    else {
      for (const e of issuesToErrors(parsed.error.issues)) {
        const m = /^lines\.(\d+)\.(.+)$/.exec(e.field);
        const line = m ? d.lines[Number(m[1])] : undefined;
        rejectRow({ row: line?.row ?? d.rows[0]!, field: m ? m[2]! : e.field, key: e.key, value: valueAt(built.input, e.field) });
      }
      sameOrder();
    }
  }
  rejected.sort((a, b) => a.row - b.row);
  return { orders, rejected, dayOrder: detected ? `detected-${detected}` : dateValues.some((v) => /^\d{4}/.test(v)) ? 'iso' : dayOrder, decimalComma };
}

function buildOrder(d: OrderDraft, platform: OrderInput['platform'], defaults: ImportDefaults, bySku: Map<string, CatalogEntry>) {
  const filled: OrderCandidate['filled'] = [];
  const lines: OrderLine[] = d.lines.map((l) => {
    const p = bySku.get(l.sku);
    const fileHas = isValidHsCode(l.hsCode) && l.weightG !== null;
    filled.push(fileHas ? 'file' : p ? 'catalog' : 'defaults');
    return {
      id: newId(),
      productId: p?.id ?? null,
      sku: l.sku,
      barcode: isValidGtin(l.barcode) ? l.barcode : (p?.barcode ?? ''),
      nameZh: p?.nameZh ?? l.name.slice(0, 120),
      nameEn: p?.nameEn ?? l.name.slice(0, 200),
      hsCode: l.hsCode || p?.hsCode || defaults.hsCode,
      unit: p?.unit ?? defaults.unit,
      unitWeightG: l.weightG ?? p?.unitWeightG ?? defaults.unitWeightG,
      qty: l.qty,
      unitPriceMinor: l.unitMinor,
      declaredValueMinor: l.declared ?? l.unitMinor,
      rebatePerUnitFen: 0,
    };
  });
  const input: OrderInput = {
    platform, orderNo: d.orderNo, orderDate: d.date, buyerCountry: d.country, currency: d.currency as OrderInput['currency'], lines,
    exportMode: defaults.exportMode, exportDistrict: defaults.exportDistrict, exportPort: defaults.exportPort,
    exportDate: d.exportDate || addDays(d.date, defaults.exportDaysAfterOrder), declarationNo: '', waybillNo: d.waybill, carrier: '',
  };
  return { input, filled };
}

function valueAt(input: unknown, path: string): string | undefined {
  let node: unknown = input;
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node === undefined || typeof node === 'object' ? undefined : String(node);
}

/** Shopify leaves order-level cells empty after an order's first row; copy them down. */
function fillDown(rows: readonly RawRow[], f: ReturnType<typeof fieldReader>, fields: readonly string[]): RawRow[] {
  const columns = fields.map((k) => f.indexOf(k)).filter((i): i is number => i !== undefined);
  if (columns.length === 0) return rows as RawRow[];
  const first = new Map<string, RawRow>();
  return rows.map((r) => {
    const orderNo = f.get(r, 'orderNo');
    const head = first.get(orderNo);
    if (!head) {
      first.set(orderNo, r);
      return r;
    }
    const cells = [...r.cells];
    for (const i of columns) if ((cells[i] ?? '').trim() === '') cells[i] = head.cells[i] ?? '';
    return { row: r.row, cells };
  });
}
