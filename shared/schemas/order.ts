import { z } from 'zod';
import { DISTRICT_CODES } from '../codes/districts';
import { CURRENCIES, EXPORT_MODES, PLATFORMS, UNITS } from '../codes/ledger-codes';
import { exportBeforeOrder } from '../ledger/date-rules';
import { isValidGtin, isValidHsCode } from '../validators';
import { id, isoDate, minor, optionalText, positiveInt, requiredText, timestamp } from './common';

/**
 * One order line carries its own copy of the declaration fields, because the customs
 * declaration froze them on export: later catalog edits must not rewrite history.
 */
export const orderLine = z.object({
  id,
  productId: z.string().nullable(),
  sku: requiredText(64),
  barcode: z.string().trim().refine((v) => v === '' || isValidGtin(v), { message: 'errors.gtin' }),
  nameZh: requiredText(120),
  nameEn: optionalText(200),
  hsCode: z.string().trim().refine(isValidHsCode, { message: 'errors.hsCode' }),
  unit: z.enum(UNITS, { message: 'errors.choose' }),
  unitWeightG: z.int({ message: 'errors.wholeNumber' }).min(1, { message: 'errors.atLeastOne' }),
  qty: positiveInt,
  /** In the order's currency, minor units. */
  unitPriceMinor: minor,
  /** Declared customs value per unit, in the order's currency, minor units. */
  declaredValueMinor: minor,
  /** Export VAT rebate received per unit (CNY fen); repaid if the goods come home. */
  rebatePerUnitFen: minor,
});
export type OrderLine = z.infer<typeof orderLine>;

export const orderInput = z.object({
  platform: z.enum(PLATFORMS, { message: 'errors.choose' }),
  orderNo: requiredText(64),
  orderDate: isoDate,
  buyerCountry: z.string().regex(/^[A-Z]{2}$/, { message: 'errors.country' }),
  currency: z.enum(CURRENCIES, { message: 'errors.choose' }),
  lines: z.array(orderLine).min(1, { message: 'errors.noLines' }).max(500, { message: 'errors.tooLarge' }),
  exportMode: z.enum(EXPORT_MODES, { message: 'errors.choose' }),
  exportDistrict: z.enum(DISTRICT_CODES, { message: 'errors.district' }),
  exportPort: optionalText(60),
  exportDate: isoDate,
  /** 1210 bonded goods: the day they left the bonded zone (the tax exemption's 6 months run from it); empty = the export date. */
  zoneExitDate: isoDate.nullable().optional(),
  declarationNo: optionalText(40),
  waybillNo: optionalText(60),
  carrier: optionalText(60),
  /** The seller's shop or store account the order came through, where the file names it. */
  shop: optionalText(80).optional(),
})
  // The one date rule that needs no "today" (see ledger/date-rules.ts): checked on every parse.
  .superRefine((o, ctx) => {
    for (const e of exportBeforeOrder(o)) ctx.addIssue({ code: 'custom', message: e.key, path: [e.field], params: e.params });
  })
  .refine((o) => !o.zoneExitDate || o.zoneExitDate >= o.exportDate, { message: 'errors.zoneExitBeforeExport', path: ['zoneExitDate'] });
export type OrderInput = z.infer<typeof orderInput>;

export type Order = OrderInput & {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Index helpers kept in step with `lines` by the repository, for search. */
  skus: string[];
  barcodes: string[];
};

export const orderRecord = z.object({ id, createdAt: timestamp, updatedAt: timestamp, skus: z.array(z.string()), barcodes: z.array(z.string()) });
