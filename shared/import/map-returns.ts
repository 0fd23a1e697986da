import type { Grade, ReturnReason, Whereabouts } from '../codes/ledger-codes';
import { numberMessage } from '../numbers';
import type { ReturnMoney } from '../schemas/return';
import { fieldReader, parseAmount, type Rejection } from './cells';
import { readCurrency, readQuantity } from './values';
import { detectDayOrder, parseDateCell } from './dates';
import type { ImportDefaults } from './defaults';
import type { Mapping } from './formats';
import type { RawTable } from './read-table';

/**
 * Returns-report rows → return candidates, not yet linked: the repository links each to the
 * order (platform + order no.) and its line (SKU) in the database, and lists the ones it can't.
 * Amazon's reason codes and FBA dispositions map onto the ledger's reasons and grades.
 */
export interface ReturnCandidate {
  row: number;
  orderNo: string;
  sku: string;
  qty: number;
  rmaNo: string;
  reason: ReturnReason;
  grade: Grade;
  whereabouts: Whereabouts;
  requestedDate: string;
  notes: string;
  /** Refund and label cost when the report carries them (Amazon seller-fulfilled returns). */
  money: Partial<ReturnMoney>;
}

const PAYERS: [RegExp, 'seller' | 'buyer' | 'platform'][] = [[/seller|merchant/i, 'seller'], [/customer|buyer/i, 'buyer'], [/amazon/i, 'platform']];

/** Refunded Amount / Label cost / who paid it, in the report's currency; a blank cell leaves the field unknown. */
function moneyOf(get: (field: string) => string, date: string): Partial<ReturnMoney> {
  const currency = readCurrency(get('currency')) ?? 'USD';
  const amount = (field: string) => (get(field) ? parseAmount(get(field), currency, false) : null);
  const money: Partial<ReturnMoney> = {};
  // Amazon writes 0.00 until the refund is issued: only a positive amount is a refund.
  const refund = amount('refundAmount');
  if (refund !== null && refund > 0) Object.assign(money, { refundMinor: refund, refundDate: date });
  const label = amount('labelCost');
  if (label !== null && label >= 0) money.labelCostMinor = label;
  const payer = PAYERS.find(([re]) => re.test(get('labelPaidBy')))?.[1];
  if (payer) money.labelPaidBy = payer;
  return money;
}

export interface ReturnsMapped {
  returns: ReturnCandidate[];
  rejected: Rejection[];
}

const REASONS: [RegExp, ReturnReason][] = [
  [/defect|quality|not.?work|broken/i, 'defective'],
  [/damag/i, 'damaged'],
  [/wrong|switcheroo|missing.?part/i, 'wrong_item'],
  [/describ|inaccurate/i, 'not_as_described'],
  [/small|large|size|fit|style|compatib/i, 'size_fit'],
  [/unwanted|no.?longer|ordered.?wrong|mistake|better.?price|changed/i, 'no_longer_needed'],
  [/undeliver|refused|never.?arrived|missed/i, 'undeliverable'],
];

export function reasonOf(text: string): ReturnReason {
  return REASONS.find(([re]) => re.test(text))?.[1] ?? 'other';
}

/** FBA's detailed disposition: sellable is as new; damaged or defective needs repair; expired is scrap. */
export function gradeOf(disposition: string): Grade {
  const d = disposition.toUpperCase();
  if (d === 'SELLABLE') return 'A';
  if (/EXPIRED|SCRAP/.test(d)) return 'D';
  if (/DAMAGED|DEFECTIVE/.test(d)) return 'C';
  return 'B';
}

export function mapReturns(table: Pick<RawTable, 'headers' | 'rows'>, mapping: Mapping, whereabouts: Whereabouts, defaults: Pick<ImportDefaults, 'dayOrder'>): ReturnsMapped {
  const f = fieldReader(table.headers, mapping);
  const dayOrder = detectDayOrder(table.rows.map((r) => f.get(r, 'returnDate'))) ?? defaults.dayOrder;
  const returns: ReturnCandidate[] = [];
  const rejected: Rejection[] = [];
  for (const r of table.rows) {
    const reject = (field: string, key: string, value?: string) => rejected.push({ row: r.row, field, key, value });
    const orderNo = f.get(r, 'orderNo');
    if (!orderNo) { reject('orderNo', 'errors.required'); continue; }
    const sku = f.get(r, 'sku');
    if (!sku) { reject('sku', 'errors.required'); continue; }
    const read = readQuantity(f.get(r, 'qty'));
    if (!read.ok || read.value < 1) { reject('qty', read.ok ? 'errors.atLeastOne' : numberMessage(read, 0).key, f.get(r, 'qty')); continue; }
    const qty = read.value;
    const date = parseDateCell(f.get(r, 'returnDate'), dayOrder);
    if (!date) { reject('returnDate', 'errors.date', f.get(r, 'returnDate')); continue; }
    // FBA reports a license plate per returned unit; without one the row's own identity serves.
    const rmaNo = (f.get(r, 'rmaNo') || `${orderNo}-${sku}-${date}`).slice(0, 64);
    returns.push({
      row: r.row, orderNo, sku, qty, rmaNo, reason: reasonOf(f.get(r, 'reason')), grade: gradeOf(f.get(r, 'disposition')),
      whereabouts, requestedDate: date, notes: f.get(r, 'comments').slice(0, 2000), money: moneyOf((field) => f.get(r, field), date),
    });
  }
  return { returns, rejected };
}
