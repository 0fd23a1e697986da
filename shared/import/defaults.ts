import { z } from 'zod';
import { DISTRICT_CODES } from '../codes/districts';
import { CURRENCIES, EXPORT_MODES, PLATFORMS, UNITS } from '../codes/ledger-codes';
import { isValidHsCode } from '../validators';

/**
 * What a marketplace report does not say but an order line must: the customs side of the
 * export. The user fills these once per import, sees which lines took them (the preview marks
 * "from defaults" against "from catalog"), and the catalog wins wherever it knows the SKU.
 */
export const importDefaults = z.object({
  /** For files whose format does not name the marketplace (the mapping screen). */
  platform: z.enum(PLATFORMS, { message: 'errors.choose' }),
  /** Used only when the file has no currency column. */
  currency: z.enum(CURRENCIES, { message: 'errors.choose' }),
  /** Used only when the file has no buyer-country column (a one-country shop's export, e.g. Shopee's); '' = none. */
  buyerCountry: z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/, { message: 'errors.country' })]),
  exportMode: z.enum(EXPORT_MODES, { message: 'errors.choose' }),
  exportDistrict: z.enum(DISTRICT_CODES, { message: 'errors.district' }),
  exportPort: z.string().trim().max(60, { message: 'errors.tooLong' }),
  /** Export date = order date + this many days (a 9610 parcel leaves after the order). */
  exportDaysAfterOrder: z.int({ message: 'errors.wholeNumber' }).min(0, { message: 'errors.notNegative' }).max(365, { message: 'errors.tooLarge' }),
  /** Empty: a line whose SKU is not in the catalog is rejected for want of an HS code. */
  hsCode: z.string().trim().refine((v) => v === '' || isValidHsCode(v), { message: 'errors.hsCode' }),
  unit: z.enum(UNITS, { message: 'errors.choose' }),
  unitWeightG: z.int({ message: 'errors.wholeNumber' }).min(1, { message: 'errors.atLeastOne' }).max(1_000_000, { message: 'errors.tooLarge' }),
  /** Slash dates that no value in the file disambiguates. */
  dayOrder: z.enum(['dmy', 'mdy']),
});
export type ImportDefaults = z.infer<typeof importDefaults>;

export const DEFAULT_IMPORT_DEFAULTS: ImportDefaults = {
  platform: 'other', currency: 'USD', buyerCountry: '', exportMode: '9610', exportDistrict: '2900', exportPort: '',
  exportDaysAfterOrder: 2, hsCode: '', unit: '007', unitWeightG: 500, dayOrder: 'mdy',
};

/** What the catalog contributes to an imported line, by SKU. */
export interface CatalogEntry {
  id: string;
  sku: string;
  barcode: string;
  nameZh: string;
  nameEn: string;
  hsCode: string;
  unit: (typeof UNITS)[number];
  unitWeightG: number;
}
