import { z } from 'zod';
import { UNITS } from '../codes/ledger-codes';
import { isValidGtin, isValidHsCode } from '../validators';
import { id, minor, optionalText, requiredText, timestamp } from './common';

/** A catalog entry: what a barcode scan fills into a declaration line. */
export const productInput = z.object({
  sku: requiredText(64),
  barcode: z.string().trim().refine((v) => v === '' || isValidGtin(v), { message: 'errors.gtin' }),
  nameZh: requiredText(120),
  nameEn: optionalText(200),
  hsCode: z.string().trim().refine(isValidHsCode, { message: 'errors.hsCode' }),
  unit: z.enum(UNITS, { message: 'errors.choose' }),
  unitWeightG: z.int({ message: 'errors.wholeNumber' }).min(1, { message: 'errors.atLeastOne' }).max(1_000_000, { message: 'errors.tooLarge' }),
  goodsCostFen: minor,
  /** What one unit is worth once home; defaults to the goods cost when empty. */
  homeValueFen: minor.nullable(),
  food: z.boolean(),
  /** Import duty rate in basis points (10% = 1000). */
  dutyRateBp: z.int({ message: 'errors.wholeNumber' }).min(0, { message: 'errors.notNegative' }).max(10_000, { message: 'errors.tooLarge' }),
});
export type ProductInput = z.infer<typeof productInput>;

export const product = productInput.extend({ id, createdAt: timestamp, updatedAt: timestamp });
export type Product = z.infer<typeof product>;
