import { UNITS, type UnitCode } from '../../../shared/codes/ledger-codes';
import { minorToDecimal, parseMinor } from '../../../shared/money';
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

/** Text that is not a number becomes NaN, which the schema refuses with the field's name. */
export function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

export function amount(text: string, currency: string): number {
  return parseMinor(text, currency) ?? Number.NaN;
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
