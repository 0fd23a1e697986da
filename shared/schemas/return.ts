import { z } from 'zod';
import { minorToDecimal } from '../money';
import { GRADES, RETURN_REASONS, WHEREABOUTS } from '../codes/ledger-codes';
import { RETURN_STATUSES } from '../ledger/return-status';
import { id, isoDate, minor, optionalText, positiveInt, requiredText } from './common';

/** Who paid the label the buyer sent the return with. */
export const LABEL_PAYERS = ['seller', 'buyer', 'platform'] as const;

export const statusEntry = z.object({
  status: z.enum(RETURN_STATUSES),
  at: z.string(),
  note: optionalText(500),
});
export type StatusEntry = z.infer<typeof statusEntry>;

export const returnInput = z.object({
  orderId: id,
  lineId: id,
  rmaNo: requiredText(64),
  qty: positiveInt,
  reason: z.enum(RETURN_REASONS, { message: 'errors.choose' }),
  grade: z.enum(GRADES, { message: 'errors.choose' }),
  whereabouts: z.enum(WHEREABOUTS, { message: 'errors.choose' }),
  /** Overseas location (return address or warehouse) where the goods wait, if known. */
  locationId: z.string().nullable(),
  requestedDate: isoDate,
  notes: optionalText(2000),
  /** Cartons it travels in: one label each. */
  parcelCount: positiveInt.max(999, { message: 'errors.tooLarge' }).default(1),
  /**
   * The money the return really cost, in the order's currency (minor units): what the buyer
   * got back (null = not known, a full refund is assumed and marked so), the return label and
   * who paid it, and the marketplace fees refunded to the seller or kept. Bookkeeping only:
   * common to every option, so the decision model leaves them out.
   */
  refundMinor: minor.nullable().default(null),
  refundDate: isoDate.nullable().default(null),
  labelCostMinor: minor.nullable().default(null),
  labelPaidBy: z.enum(LABEL_PAYERS, { message: 'errors.choose' }).nullable().default(null),
  feesRefundedMinor: minor.nullable().default(null),
  feesKeptMinor: minor.nullable().default(null),
});
export type ReturnInput = z.infer<typeof returnInput>;
/** What a caller hands in: the money fields and the parcel count may be left out. */
export type ReturnInputRaw = z.input<typeof returnInput>;

export type ReturnRecord = ReturnInput & {
  id: string;
  status: (typeof RETURN_STATUSES)[number];
  history: StatusEntry[];
  createdAt: string;
  updatedAt: string;
  /** The return batch it travels home in, once it joins one. */
  batchId: string | null;
  /** Copied from the order for search and lists; kept in step by the repository. */
  orderNo: string;
  platform: string;
  sku: string;
};

/** A return's parcel count and money fields before anyone knows them: one carton, refund assumed. */
export const RETURN_DEFAULTS = {
  parcelCount: 1, refundMinor: null, refundDate: null, labelCostMinor: null, labelPaidBy: null, feesRefundedMinor: null, feesKeptMinor: null,
} as const satisfies Partial<ReturnInput>;
export type ReturnMoney = Pick<ReturnInput, keyof typeof RETURN_DEFAULTS>;

/** A refund above what the order line sold for is a typing or import error: refused by name. */
export function refundOverLine(refundMinor: number | null, line: { qty: number; unitPriceMinor: number }, currency: string) {
  const max = line.qty * line.unitPriceMinor;
  if (refundMinor === null || refundMinor <= max) return null;
  return { field: 'refundMinor', key: 'errors.refundOverLine', params: { max: `${minorToDecimal(max, currency)} ${currency}` } };
}
