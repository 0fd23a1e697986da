import { ValidationFailed, type FieldError } from '../errors';
import { DOC_TEXT, type Bi } from './doc-text';
import type { ParcelLine, ReturnBatchDoc } from './types';

/**
 * What a carrier and a broker need before paper leaves the building: a label per carton,
 * a full FROM and TO, and — while the batch is a draft — the list of what is still blank.
 */

/** One carton of a return: its label number, "k of n" and its share of the weight. */
export interface Carton {
  parcel: ParcelLine;
  /** 1-based carton number within its return. */
  k: number;
  n: number;
  /** What the carton's Code 128 carries and its label prints: the return's number, "-k" when n > 1. */
  labelNo: string;
  weightG: number;
}

/** Whole grams split over n cartons, the remainder on the first ones, so they add up exactly. */
export function splitWeight(weightG: number, n: number): number[] {
  const base = Math.floor(weightG / n);
  const rest = weightG - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < rest ? 1 : 0));
}

export function cartonsOf(parcels: readonly ParcelLine[]): Carton[] {
  return parcels.flatMap((parcel) => {
    const n = Math.max(1, parcel.parcelCount);
    return splitWeight(parcel.weightG, n).map((weightG, i) => ({
      parcel, k: i + 1, n, weightG, labelNo: n === 1 ? parcel.labelNo : `${parcel.labelNo}-${i + 1}`,
    }));
  });
}

/** The label fields a carrier refuses a parcel without, as `fromLocation.address`, `toSite.phone`… */
const FROM_FIELDS: readonly [string, (d: ReturnBatchDoc) => string][] = [
  ['fromLocation.address', (d) => d.fromLocation.address],
  ['fromLocation.contact', (d) => d.fromLocation.contact],
  ['fromLocation.phone', (d) => d.fromLocation.phone],
];
/** TO from the broker names the broker's fields; TO from a configured site names the site's. */
const TO_FIELDS: Record<'broker' | 'site', readonly [string, (d: ReturnBatchDoc) => string][]> = {
  broker: [['toSite.name', (d) => d.toSite.name], ['toSite.phone', (d) => d.toSite.phone], ['toSite.address', (d) => d.toSite.address]],
  site: [['site.operator', (d) => d.toSite.name], ['site.phone', (d) => d.toSite.phone], ['site.address', (d) => d.toSite.address]],
};

/**
 * Every FROM / TO field a label needs that is blank, each named (key `errors.required`):
 * `fromLocation.*` is filled in Settings → locations, `toSite.*` in Settings → customs broker,
 * `site.*` in Settings → supervised sites.
 */
export function labelGaps(doc: ReturnBatchDoc): FieldError[] {
  return [...FROM_FIELDS, ...TO_FIELDS[doc.consignee ?? 'broker']].filter(([, value]) => value(doc).trim() === '').map(([field]) => ({ field, key: 'errors.required' }));
}

/** Throws ValidationFailed naming every missing FROM / TO field. */
export function assertShippable(doc: ReturnBatchDoc): void {
  const gaps = labelGaps(doc);
  if (gaps.length > 0) throw new ValidationFailed(gaps);
}

const FIELD_TEXT: Record<string, Bi> = {
  supervisedSite: DOC_TEXT.supervisedSite,
  carrier: { zh: '承运人', en: 'Carrier' },
  masterWaybill: DOC_TEXT.masterWaybill,
  'fromLocation.address': { zh: '寄件地址', en: 'FROM address' },
  'fromLocation.contact': { zh: '寄件联系人', en: 'FROM contact' },
  'fromLocation.phone': { zh: '寄件电话', en: 'FROM phone' },
  'toSite.name': DOC_TEXT.consignee,
  'toSite.phone': { zh: '收货人电话', en: 'Consignee phone' },
  'toSite.address': { zh: '收货地址', en: 'Consignee address' },
  'site.operator': { zh: '监管场所经营单位', en: 'Site operator' },
  'site.phone': { zh: '监管场所电话', en: 'Site phone' },
  'site.address': { zh: '监管场所地址', en: 'Site address' },
};

/** What a draft's paper still lacks, in both languages, for the "still missing" list. */
export function missingOnPaper(doc: ReturnBatchDoc): Bi[] {
  const batch = (['supervisedSite', 'carrier', 'masterWaybill'] as const).filter((k) => doc[k].trim() === '');
  return [...batch, ...labelGaps(doc).map((e) => e.field)].map((k) => FIELD_TEXT[k]!);
}

/** "草稿 DRAFT" as a draft's watermark prints it. */
export const DRAFT_MARK: Bi = { zh: '草稿', en: 'DRAFT' };
