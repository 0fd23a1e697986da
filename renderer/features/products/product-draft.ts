import { UNITS, type UnitCode } from '../../../shared/codes/ledger-codes';
import type { FieldError } from '../../../shared/errors';
import { minorToDecimal, parseMinor } from '../../../shared/money';
import { numberErrors, numberOrNull } from '../../../shared/numbers';
import type { Product, ProductInput } from '../../../shared/schemas/product';

/** What the product form holds: the text the person typed, converted only on save. */
export interface ProductDraft {
  sku: string;
  barcode: string;
  nameZh: string;
  nameEn: string;
  hsCode: string;
  unit: UnitCode | '';
  unitWeightG: string;
  goodsCost: string;
  homeValue: string;
  food: boolean;
  dutyRate: string;
}

export function emptyProductDraft(barcode = ''): ProductDraft {
  return { sku: '', barcode, nameZh: '', nameEn: '', hsCode: '', unit: UNITS[0], unitWeightG: '', goodsCost: '', homeValue: '', food: false, dutyRate: '0' };
}

export function productToDraft(p: Product): ProductDraft {
  return {
    sku: p.sku, barcode: p.barcode, nameZh: p.nameZh, nameEn: p.nameEn, hsCode: p.hsCode, unit: p.unit,
    unitWeightG: String(p.unitWeightG), goodsCost: minorToDecimal(p.goodsCostFen, 'CNY'),
    homeValue: p.homeValueFen === null ? '' : minorToDecimal(p.homeValueFen, 'CNY'), food: p.food,
    dutyRate: minorToDecimal(p.dutyRateBp, 'CNY'),
  };
}

/** Text that is not a number becomes NaN; `productNumberErrors` has already said why. */
export function wholeNumber(text: string): number {
  return numberOrNull(text, { digits: 0 }) ?? Number.NaN;
}

export function amount(text: string, currency: string): number {
  return parseMinor(text, currency) ?? Number.NaN;
}

/** The typed numbers' problems in words ("must not be negative", "is ambiguous: 39.99 or 3999"), by field. */
export function productNumberErrors(d: ProductDraft): FieldError[] {
  return numberErrors([
    { path: 'unitWeightG', text: d.unitWeightG, digits: 0 },
    { path: 'goodsCostFen', text: d.goodsCost, digits: 2, money: true },
    { path: 'homeValueFen', text: d.homeValue, digits: 2, optional: true, money: true },
    { path: 'dutyRateBp', text: d.dutyRate, digits: 2 },
  ]);
}

export function draftToProduct(d: ProductDraft): ProductInput {
  return {
    sku: d.sku, barcode: d.barcode.trim(), nameZh: d.nameZh, nameEn: d.nameEn, hsCode: d.hsCode.replace(/[\s.]/g, ''),
    unit: d.unit as UnitCode, unitWeightG: wholeNumber(d.unitWeightG), goodsCostFen: amount(d.goodsCost, 'CNY'),
    homeValueFen: d.homeValue.trim() === '' ? null : amount(d.homeValue, 'CNY'), food: d.food,
    // A percentage with up to two decimals is exactly a count of basis points.
    dutyRateBp: amount(d.dutyRate, 'CNY'),
  };
}
