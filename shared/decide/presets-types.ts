import { z } from 'zod';
import { DISTRICT_CODES } from '../codes/districts';
import { CURRENCIES, EXPORT_MODES, GRADES, PLATFORMS } from '../codes/ledger-codes';
import { isoDate, minor, optionalText, requiredText } from '../schemas/common';

/**
 * The user-editable, dated data the decision model reads. Policies and prices change, so
 * every rule is data with validFrom/validTo here, never a constant in the model's code.
 * Amounts are integer minor units of the currency named beside them; rates and factors are
 * basis points (10000 = 100%); weights are integer grams.
 */

const bp = z.int({ message: 'errors.wholeNumber' }).min(0, { message: 'errors.notNegative' }).max(10_000, { message: 'errors.tooLarge' });
const grams = z.int({ message: 'errors.wholeNumber' }).min(0, { message: 'errors.notNegative' }).max(100_000_000, { message: 'errors.tooLarge' });
const days = z.int({ message: 'errors.wholeNumber' }).min(0, { message: 'errors.notNegative' }).max(3650, { message: 'errors.tooLarge' });
const currency = z.enum(CURRENCIES, { message: 'errors.choose' });
const district = z.enum(DISTRICT_CODES, { message: 'errors.district' });
const presetId = requiredText(64);
const endAfterStart = <T extends { validFrom: string; validTo: string | null }>(r: T) => r.validTo === null || r.validTo >= r.validFrom;

/** Up to `upToG` grams per unit costs `feeMinor` per unit. */
export const weightBand = z.object({ upToG: grams, feeMinor: minor });

/**
 * A disposal/removal fee table like Amazon's: bands by unit weight, and above the last band
 * `overBaseMinor` plus `overPerKgMinor` for each kg beyond the last band's limit.
 */
export const disposalTable = z.object({
  validFrom: isoDate,
  bands: z.array(weightBand).min(1, { message: 'errors.required' }),
  overBaseMinor: minor,
  overPerKgMinor: minor,
}).refine((t) => t.bands.every((b, i) => i === 0 || b.upToG > (t.bands[i - 1]?.upToG ?? -1)), {
  message: 'errors.bandsAscending', path: ['bands'],
});
export type DisposalTable = z.infer<typeof disposalTable>;

/** Fees per unit to put a return back on sale from an overseas warehouse. */
export const relistFees = z.object({ inboundMinor: minor, inspectionMinor: minor, relabelMinor: minor, storageMinor: minor });

/**
 * The stay-overseas channels a location really has. A channel it lacks is shown as "not
 * available at this location" and never recommended. Dispose is a channel too (a shop's own
 * return address may have no one to destroy goods); a return left with no allowed way to end
 * it is reported, not guessed (errors.noWayToEnd). Stored presets written before channels
 * existed read as every channel on: that was the model's behaviour then.
 */
export const locationChannels = z.object({
  /** The seller may refund without taking the goods back (while the buyer still holds them). */
  returnless: z.boolean(),
  dispose: z.boolean(),
  /** A liquidator buys returns here (Amazon FBA liquidation, a local jobber). */
  liquidate: z.boolean(),
  /** Returns can be put back on sale from here; `relistGrades` says which grades. */
  relist: z.boolean(),
});
export type LocationChannels = z.infer<typeof locationChannels>;
export const ALL_CHANNELS: LocationChannels = { returnless: true, dispose: true, liquidate: true, relist: true };

export const overseasLocation = z.object({
  id: presetId,
  name: requiredText(120),
  /** The name in English, for English exports and screens; the name stands in when empty. */
  nameEn: optionalText(120).optional(),
  country: z.string().regex(/^[A-Z]{2}$/, { message: 'errors.country' }),
  /** Full street address: the FROM block of a return label. */
  address: optionalText(500),
  /** Who hands the parcels to the carrier there, and their phone (printed on labels). */
  contact: optionalText(60).optional(),
  phone: optionalText(40).optional(),
  currency,
  /** Dated tables; the one with the latest validFrom on or before the decision date applies. */
  disposal: z.array(disposalTable).min(1, { message: 'errors.required' }),
  /** Share of goods cost a liquidator pays. */
  liquidationRateBp: bp,
  /** Hub handling per unit (receive, sort, pack), paid for liquidation and for bringing home. */
  handlingMinor: minor,
  relistFees,
  /** Resale price of a relisted return as a share of the original price. */
  resalePriceFactorBp: bp,
  /** Share of relisted units expected to sell. */
  sellThroughBp: bp,
  platformFeeBp: bp,
  /** Prepaid label the buyer uses to send the return to this address; sunk once shipped. */
  firstLegLabelMinor: minor,
  /** Grades that may be relisted as they are. */
  relistGrades: z.array(z.enum(GRADES)),
  channels: locationChannels.default(ALL_CHANNELS),
});
export type OverseasLocation = z.infer<typeof overseasLocation>;

export const TRANSPORT_MODES = ['air', 'sea', 'rail', 'road_tir', 'express'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

/** A way home: location → customs district of re-entry, priced in `currency`. */
export const route = z.object({
  id: presetId,
  locationId: presetId,
  districtCode: district,
  mode: z.enum(TRANSPORT_MODES, { message: 'errors.choose' }),
  currency,
  fixedMinor: minor,
  perParcelMinor: minor,
  perKgMinor: minor,
  /** Minimum chargeable weight of a shipment. */
  minChargeG: grams,
  transitDays: days,
  validFrom: isoDate,
  validTo: isoDate.nullable(),
}).refine(endAfterStart, { message: 'errors.endBeforeStart', path: ['validTo'] });
export type Route = z.infer<typeof route>;

export const districtFee = z.object({ districtCode: district, fen: minor });
/** Clearance (broker + declaration) per return declaration, by district of re-entry. */
export const clearanceFees = z.object({ defaultFen: minor, byDistrict: z.array(districtFee) });
/** Domestic haul from the district of re-entry to the seller, fen per kg. */
export const domesticHaul = z.object({ sellerCity: optionalText(60), defaultPerKgFen: minor, byDistrict: z.array(districtFee) });

/** CNY per one major unit of `currency`, in millionths (USD 7.1 → 7_100_000). */
export const currencyRate = z.object({
  currency,
  validFrom: isoDate,
  cnyMillionths: z.int({ message: 'errors.wholeNumber' }).min(1, { message: 'errors.atLeastOne' }).max(1_000_000_000_000, { message: 'errors.tooLarge' }),
});
export type CurrencyRate = z.infer<typeof currencyRate>;

/** What a unit of this grade is worth at home (share of home value) and costs to refurbish. */
export const gradePreset = z.object({ recoveryBp: bp, refurbishFen: minor });
export const gradePresets = z.object({ A: gradePreset, B: gradePreset, C: gradePreset, D: gradePreset });
export type GradePresets = z.infer<typeof gradePresets>;

/**
 * Where a return may re-enter other than its original district. `districts` lists the
 * districts of re-entry ('any' = nationwide); `originMustBeListed` also requires the original
 * export district to be on the list (the pilot's reading, see eligibility.ts).
 */
export const crossDistrictRule = z.object({
  id: presetId,
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  modes: z.array(z.enum(EXPORT_MODES)),
  districts: z.union([z.literal('any'), z.array(district)]),
  originMustBeListed: z.boolean(),
  source: optionalText(200),
}).refine(endAfterStart, { message: 'errors.endBeforeStart', path: ['validTo'] });
export type CrossDistrictRule = z.infer<typeof crossDistrictRule>;

export const exemptionWindow = z.object({ exportFrom: isoDate, exportTo: isoDate, source: optionalText(200) })
  .refine((w) => w.exportTo >= w.exportFrom, { message: 'errors.endBeforeStart', path: ['exportTo'] });

/** Import duty/VAT exemption for returned e-commerce exports (MOF/GAC/STA 2023 No.4 …). */
export const taxExemption = z.object({
  windows: z.array(exemptionWindow),
  months: z.int().min(0).max(120),
  modes: z.array(z.enum(EXPORT_MODES)),
  /** Grades that count as "original state". */
  grades: z.array(z.enum(GRADES)),
  excludeFood: z.boolean(),
  /** Import VAT when the exemption fails and the product has no rate of its own. */
  defaultVatBp: bp,
});
export type TaxExemption = z.infer<typeof taxExemption>;

/** The e-commerce return right (GAC 2020 No.44): within `months` of export release. */
export const returnRight = z.object({ months: z.int().min(1).max(120) });

/** A price band (in the rule's currency, per unit) where the platform refunds without a return. */
export const returnlessBand = z.object({
  fromMinor: minor,
  toMinor: minor,
  policy: z.enum(['auto_returnless', 'offer_returnless']),
});
export const platformReturnRule = z.object({
  platform: z.enum(PLATFORMS),
  currency,
  returnWindowDays: days,
  returnless: z.array(returnlessBand),
});
export type PlatformReturnRule = z.infer<typeof platformReturnRule>;

export const decidePresets = z.object({
  locations: z.array(overseasLocation),
  routes: z.array(route),
  clearance: clearanceFees,
  domesticHaul,
  rates: z.array(currencyRate),
  grades: gradePresets,
  crossDistrictRules: z.array(crossDistrictRule),
  taxExemption,
  returnRight,
  platformRules: z.array(platformReturnRule),
}).refine((p) => p.routes.every((r) => p.locations.some((l) => l.id === r.locationId)), {
  message: 'errors.unknownLocation', path: ['routes'],
});
export type DecidePresets = z.infer<typeof decidePresets>;
