import type { Currency, ExportMode, Platform, UnitCode } from '../../../shared/codes/ledger-codes';
import { readCountry } from '../../../shared/codes/countries';
import { localToday } from '../../../shared/dates';
import { newId } from '../../../shared/ids';
import type { FieldError } from '../../../shared/errors';
import { minorDigits, minorToDecimal } from '../../../shared/money';
import { numberErrors } from '../../../shared/numbers';
import type { Order, OrderInput } from '../../../shared/schemas/order';
import type { Product } from '../../../shared/schemas/product';
import { amount, wholeNumber } from '../products/product-draft';

export interface LineDraft {
  id: string;
  productId: string | null;
  sku: string;
  barcode: string;
  nameZh: string;
  nameEn: string;
  hsCode: string;
  unit: UnitCode | '';
  unitWeightG: string;
  qty: string;
  unitPrice: string;
  declaredValue: string;
  rebate: string;
}

export interface OrderDraft {
  platform: Platform | '';
  orderNo: string;
  orderDate: string;
  buyerCountry: string;
  currency: Currency | '';
  exportMode: ExportMode | '';
  exportDistrict: string;
  exportPort: string;
  exportDate: string;
  /** 1210 only; empty = the export date. */
  zoneExitDate: string;
  declarationNo: string;
  waybillNo: string;
  carrier: string;
  /** The shop or store account, where an import named it. */
  shop: string;
  lines: LineDraft[];
}

export function emptyLine(): LineDraft {
  return { id: newId(), productId: null, sku: '', barcode: '', nameZh: '', nameEn: '', hsCode: '', unit: '', unitWeightG: '', qty: '1', unitPrice: '', declaredValue: '', rebate: '0' };
}

/** A line nobody has written in yet (the one kept ready for the next scan): skipped on save. */
export function isBlankLine(l: LineDraft): boolean {
  return l.productId === null && [l.barcode, l.sku, l.nameZh, l.nameEn, l.hsCode, l.unitWeightG, l.unitPrice, l.declaredValue].every((v) => !v.trim());
}

export function emptyOrderDraft(): OrderDraft {
  const today = localToday();
  return {
    platform: 'amazon', orderNo: '', orderDate: today, buyerCountry: 'US', currency: 'USD', exportMode: '9610', exportDistrict: '2900',
    exportPort: '', exportDate: today, zoneExitDate: '', declarationNo: '', waybillNo: '', carrier: '', shop: '', lines: [emptyLine()],
  };
}

/** A scanned product fills the declaration fields; quantity and prices stay the person's. */
export function fillLineFromProduct(line: LineDraft, p: Product): LineDraft {
  return {
    ...line, productId: p.id, sku: p.sku, barcode: p.barcode || line.barcode, nameZh: p.nameZh, nameEn: p.nameEn,
    hsCode: p.hsCode, unit: p.unit, unitWeightG: String(p.unitWeightG),
  };
}

export function orderToDraft(o: Order): OrderDraft {
  return {
    platform: o.platform, orderNo: o.orderNo, orderDate: o.orderDate, buyerCountry: o.buyerCountry, currency: o.currency,
    exportMode: o.exportMode, exportDistrict: o.exportDistrict, exportPort: o.exportPort, exportDate: o.exportDate,
    zoneExitDate: o.zoneExitDate ?? '', declarationNo: o.declarationNo, waybillNo: o.waybillNo, carrier: o.carrier, shop: o.shop ?? '',
    lines: o.lines.map((l) => ({
      id: l.id, productId: l.productId, sku: l.sku, barcode: l.barcode, nameZh: l.nameZh, nameEn: l.nameEn, hsCode: l.hsCode,
      unit: l.unit, unitWeightG: String(l.unitWeightG), qty: String(l.qty), unitPrice: minorToDecimal(l.unitPriceMinor, o.currency),
      declaredValue: minorToDecimal(l.declaredValueMinor, o.currency), rebate: minorToDecimal(l.rebatePerUnitFen, 'CNY'),
    })),
  };
}

/** Each line's typed numbers checked by the one number reader, with messages that say what is wrong. */
export function orderNumberErrors(d: OrderDraft): FieldError[] {
  const digits = d.currency ? minorDigits(d.currency) : 2;
  // Indexes as saved: the blank line kept for the next scan is skipped (see draftToOrder).
  return numberErrors(d.lines.filter((l) => !isBlankLine(l)).flatMap((l, i) => [
    { path: `lines.${i}.qty`, text: l.qty, digits: 0 },
    { path: `lines.${i}.unitWeightG`, text: l.unitWeightG, digits: 0 },
    { path: `lines.${i}.unitPriceMinor`, text: l.unitPrice, digits, money: true },
    { path: `lines.${i}.declaredValueMinor`, text: l.declaredValue, digits, money: true },
    { path: `lines.${i}.rebatePerUnitFen`, text: l.rebate, digits: 2, money: true },
  ]));
}

export function draftToOrder(d: OrderDraft): OrderInput {
  const currency = d.currency || 'CNY';
  return {
    platform: d.platform as Platform, orderNo: d.orderNo, orderDate: d.orderDate, buyerCountry: readCountry(d.buyerCountry) ?? d.buyerCountry.trim(),
    currency: d.currency as Currency, exportMode: d.exportMode as ExportMode, exportDistrict: d.exportDistrict, exportPort: d.exportPort,
    exportDate: d.exportDate, zoneExitDate: d.exportMode === '1210' && d.zoneExitDate ? d.zoneExitDate : null, declarationNo: d.declarationNo, waybillNo: d.waybillNo,
    carrier: d.carrier, ...(d.shop.trim() ? { shop: d.shop } : {}),
    // The empty line kept ready for the next scan is not part of the order.
    lines: d.lines.filter((l) => !isBlankLine(l)).map((l) => ({
      id: l.id, productId: l.productId, sku: l.sku, barcode: l.barcode.trim(), nameZh: l.nameZh, nameEn: l.nameEn,
      hsCode: l.hsCode.replace(/[\s.]/g, ''), unit: l.unit as UnitCode, unitWeightG: wholeNumber(l.unitWeightG), qty: wholeNumber(l.qty),
      unitPriceMinor: amount(l.unitPrice, currency), declaredValueMinor: amount(l.declaredValue, currency), rebatePerUnitFen: amount(l.rebate, 'CNY'),
    })),
  };
}
