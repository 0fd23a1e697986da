import { ValidationFailed, type FieldError } from '../errors';
import { minorToDecimal } from '../money';
import { isValidCustomsCode, isValidUscc } from '../validators';
import type { ParcelLine, ReturnBatchDoc } from './types';

/**
 * Checks and derived figures shared by every document of a batch, so the request, the XLSX,
 * the labels and the manifest can never disagree on a total.
 */

/**
 * Refuses a batch a broker would send back: a wrong USCC check digit, a malformed customs
 * code, no parcels, or quantities/weights/values that are not whole non-negative numbers.
 * Throws ValidationFailed naming each field (e.g. `applicant.uscc`, key `errors.uscc`).
 */
export function assertPrintable(doc: ReturnBatchDoc): void {
  const errors: FieldError[] = [];
  if (!isValidUscc(doc.applicant.uscc)) errors.push({ field: 'applicant.uscc', key: 'errors.uscc' });
  if (!isValidCustomsCode(doc.applicant.customsCode)) errors.push({ field: 'applicant.customsCode', key: 'errors.customsCode' });
  if (doc.parcels.length === 0) errors.push({ field: 'parcels', key: 'errors.atLeastOne' });
  doc.parcels.forEach((p, i) => {
    const whole = (v: number, min: number) => Number.isSafeInteger(v) && v >= min;
    if (!whole(p.qty, 1)) errors.push({ field: `parcels.${i}.qty`, key: 'errors.atLeastOne' });
    if (!whole(p.weightG, 0)) errors.push({ field: `parcels.${i}.weightG`, key: 'errors.wholeNumber' });
    if (!whole(p.valueMinor, 0)) errors.push({ field: `parcels.${i}.valueMinor`, key: 'errors.wholeNumber' });
    if (!whole(p.valueFen, 0)) errors.push({ field: `parcels.${i}.valueFen`, key: 'errors.wholeNumber' });
    if (p.labelNo.trim() === '') errors.push({ field: `parcels.${i}.labelNo`, key: 'errors.required' });
  });
  if (errors.length > 0) throw new ValidationFailed(errors);
}

export interface BatchTotals {
  parcels: number;
  qty: number;
  weightG: number;
  valueFen: number;
}

export function batchTotals(parcels: readonly ParcelLine[]): BatchTotals {
  return parcels.reduce(
    (t, p) => ({ parcels: t.parcels + 1, qty: t.qty + p.qty, weightG: t.weightG + p.weightG, valueFen: t.valueFen + p.valueFen }),
    { parcels: 0, qty: 0, weightG: 0, valueFen: 0 },
  );
}

/** Grams as kilograms with three decimals ("1.250"), exact: no float division. */
export function kg(g: number): string {
  const s = String(Math.abs(g)).padStart(4, '0');
  return `${g < 0 ? '-' : ''}${s.slice(0, -3)}.${s.slice(-3)}`;
}

/** Amount with thousands separators and its currency code: "1,234.50 USD". */
export function money(minor: number, currency: string): string {
  const [int = '0', frac] = minorToDecimal(minor, currency).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${frac === undefined ? grouped : `${grouped}.${frac}`} ${currency}`;
}

/**
 * What the label's QR code carries: a versioned, pipe-delimited record (shorter than JSON,
 * so a smaller symbol that scans from further away):
 * `HB1|rma|labelNo|orderNo|declarationNo|batchNo|requestNo`. Pipes inside a value become "/".
 */
export function labelQrPayload(doc: ReturnBatchDoc, p: ParcelLine): string {
  const clean = (s: string) => s.replace(/[|\r\n]/g, '/').trim();
  return ['HB1', p.rmaNo, p.labelNo, p.orderNo, p.declarationNo, doc.batchNo, doc.requestNo].map(clean).join('|');
}

/** Joins the parts that are filled in, so a location without an address prints no stray comma. */
export function joinFilled(...parts: string[]): string {
  return parts.map((p) => p.trim()).filter(Boolean).join(', ');
}
