import { addDays } from '../dates';
import { issuesToErrors } from '../errors';
import { newId } from '../ids';
import { divRound, minorDigits } from '../money';
import { orderInput, type OrderInput, type OrderLine } from '../schemas/order';
import { isValidGtin, isValidHsCode } from '../validators';
import { numberMessage } from '../numbers';
import { fieldReader, parseAmount, parseQty, readAmount, type Rejection } from './cells';
import { CodedValues, type Coded, type Unresolved } from './coded';
import { detectDayOrder, detectDecimalComma, parseDateCell } from './dates';
import type { CatalogEntry, ImportDefaults } from './defaults';
import type { Mapping } from './formats';
import type { RawRow, RawTable } from './read-table';
import {
  amountMark, readCountry, readCurrency, readDistrict, readExportMode, readPlatform, readQuantity, yenFrom,
  type CodedField, type Resolutions,
} from './values';

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
  /** Distinct values no reader knew, for the review to ask about once each. */
  unresolved: Unresolved[];
}

export interface OrderSource {
  /** The file's platform (a recognised report, or the defaults); a platform column wins per row. */
  platform: OrderInput['platform'];
  mapping: Mapping;
  fillDown?: string[];
  resolutions?: Resolutions;
}

interface LineDraft { row: number; sku: string; qty: number; unitMinor: number; name: string; barcode: string; hsCode: string; weightG: number | null; declared: number | null }
interface OrderDraft {
  orderNo: string; platform: OrderInput['platform']; rows: number[]; date: string; currency: string; country: string; waybill: string; exportDate: string;
  shop: string; exportMode: string; exportDistrict: string; lines: LineDraft[]; bad: boolean;
}

const CANCELLED = /^(cancel|canceled|cancelled|已取消|取消|已关闭|отмен)/i;

export function mapOrders(table: Pick<RawTable, 'headers' | 'rows'>, source: OrderSource, defaults: ImportDefaults, catalog: readonly CatalogEntry[], onProgress?: (done: number) => void): OrdersMapped {
  const f = fieldReader(table.headers, source.mapping);
  const rows = fillDown(table.rows, f, source.fillDown ?? []);
  const dateValues = rows.map((r) => f.get(r, 'orderDate'));
  const detected = detectDayOrder(dateValues);
  const dayOrder = detected ?? defaults.dayOrder;
  const priceField = f.has('unitPrice') ? 'unitPrice' : 'lineTotal';
  const decimalComma = detectDecimalComma(rows.map((r) => f.get(r, priceField)));
  const coded = new CodedValues(source.resolutions);
  // Which yen a lone "¥" is: said by the currency or price column's header, else by the column's other values.
  const currencyValues = f.has('currency') ? new Set(rows.map((r) => f.get(r, 'currency'))) : [];
  const yen = yenFrom([source.mapping.currency ?? '', source.mapping[priceField] ?? '']) ?? yenFrom(currencyValues);
  const rejected: Rejection[] = [];
  // Rows listed so far: an order's other rows are named without rescanning the whole list.
  const listed = new Set<number>();
  const rejectRow = (x: Rejection) => { rejected.push(x); listed.add(x.row); };
  const drafts = new Map<string, OrderDraft>();
  const codeOf = (r: RawRow, field: CodedField, reader: (text: string) => string | null): Coded => {
    const raw = f.get(r, field);
    return raw === '' ? { ok: false, key: 'errors.required' } : coded.read(field, raw, reader);
  };

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
      draft = {
        orderNo, platform: source.platform, rows: [], date: '', currency: '', country: '', waybill: f.get(r, 'waybillNo'), exportDate: '',
        shop: f.get(r, 'shop'), exportMode: '', exportDistrict: '', lines: [], bad: false,
      };
      drafts.set(orderNo, draft);
    }
    draft.rows.push(r.row);
    if ((f.has('status') && CANCELLED.test(f.get(r, 'status'))) || (source.platform === 'shopify' && f.get(r, 'status') !== '')) {
      return reject('status', 'data:reason.cancelled', f.get(r, 'status'));
    }
    const platform = f.has('platform') ? codeOf(r, 'platform', readPlatform) : null;
    if (platform && !platform.ok) return reject('platform', platform.key, f.get(r, 'platform'));
    const date = parseDateCell(f.get(r, 'orderDate'), dayOrder);
    if (!date) return reject('orderDate', 'errors.date', f.get(r, 'orderDate'));
    // Without a currency column, a sign beside the price ("US$19.99", "¥980") says it; a lone ¥ is asked about.
    const mark = f.has('currency') ? '' : amountMark(f.get(r, priceField));
    const currency = f.has('currency') ? codeOf(r, 'currency', (t) => readCurrency(t, yen))
      : mark ? coded.read('currency', mark, (t) => readCurrency(t, yen)) : { ok: true as const, code: defaults.currency };
    if (!currency.ok) return reject('currency', currency.key, f.has('currency') ? f.get(r, 'currency') : mark);
    const country = !f.has('buyerCountry') && defaults.buyerCountry ? { ok: true as const, code: defaults.buyerCountry } : codeOf(r, 'buyerCountry', readCountry);
    if (!country.ok) return reject('buyerCountry', country.key, f.get(r, 'buyerCountry'));
    const mode = f.has('exportMode') && f.get(r, 'exportMode') ? codeOf(r, 'exportMode', readExportMode) : null;
    if (mode && !mode.ok) return reject('exportMode', mode.key, f.get(r, 'exportMode'));
    const district = f.has('exportDistrict') && f.get(r, 'exportDistrict') ? codeOf(r, 'exportDistrict', readDistrict) : null;
    if (district && !district.ok) return reject('exportDistrict', district.key, f.get(r, 'exportDistrict'));
    const sku = f.get(r, 'sku');
    if (!sku) return reject('sku', 'errors.required');
    const qtyRead = readQuantity(f.get(r, 'qty'));
    if (!qtyRead.ok) return reject('qty', numberMessage(qtyRead, 0).key, f.get(r, 'qty'));
    const qty = qtyRead.value;
    if (qty < 1) return reject('qty', 'errors.atLeastOne', f.get(r, 'qty'));
    const priceRead = readAmount(f.get(r, priceField), currency.code, decimalComma);
    if (!priceRead.ok) {
      const m = priceRead.problem === 'notNumber' || priceRead.problem === 'empty' ? { key: 'errors.amount' } : numberMessage(priceRead, minorDigits(currency.code));
      return reject(priceField, m.key, f.get(r, priceField), m.params);
    }
    const price = priceRead.value;
    if (price < 0) return reject(priceField, 'errors.notNegative', f.get(r, priceField));
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
      draft.currency = currency.code;
      draft.country = country.code;
      draft.exportDate = exportDate;
      if (platform) draft.platform = platform.code as OrderInput['platform'];
      draft.exportMode = mode?.code ?? '';
      draft.exportDistrict = district?.code ?? '';
    }
    const existing = draft.lines.find((l) => l.sku === sku);
    if (existing) existing.qty += qty;
    else {
      draft.lines.push({
        row: r.row, sku, qty, unitMinor, name: f.get(r, 'productName'), barcode: f.get(r, 'barcode'), hsCode: f.get(r, 'hsCode'),
        weightG: weightText ? parseQty(weightText) : null, declared: declaredText ? parseAmount(declaredText, currency.code, decimalComma) : null,
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
    const built = buildOrder(d, defaults, bySku);
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
  return { orders, rejected, dayOrder: detected ? `detected-${detected}` : dateValues.some((v) => /^\d{4}/.test(v)) ? 'iso' : dayOrder, decimalComma, unresolved: coded.unresolved() };
}

function buildOrder(d: OrderDraft, defaults: ImportDefaults, bySku: Map<string, CatalogEntry>) {
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
    platform: d.platform, orderNo: d.orderNo, orderDate: d.date, buyerCountry: d.country, currency: d.currency as OrderInput['currency'], lines,
    exportMode: (d.exportMode || defaults.exportMode) as OrderInput['exportMode'], exportDistrict: d.exportDistrict || defaults.exportDistrict,
    exportPort: defaults.exportPort, ...(d.shop ? { shop: d.shop.slice(0, 80) } : {}),
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
