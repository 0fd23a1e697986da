import { z } from 'zod';
import { GRADES, RETURN_REASONS, WHEREABOUTS } from '../codes/ledger-codes';
import { RETURN_STATUSES } from '../ledger/return-status';
import { id, isoDate, optionalText, positiveInt, requiredText } from './common';

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
});
export type ReturnInput = z.infer<typeof returnInput>;

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
