import { z } from 'zod';
import { DISTRICT_CODES } from '../codes/districts';
import { isValidUscc } from '../validators';
import { isoDate, optionalText, requiredText } from './common';

/**
 * A return batch: returns waiting at one overseas location that travel home together and are
 * declared on one return request. Its status moves draft → submitted → cleared → received.
 */
export const BATCH_STATUSES = ['draft', 'submitted', 'cleared', 'received'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export const REASON_CATEGORIES = ['consumer_return', 'unsold', 'quality'] as const;
export const BATCH_TRANSPORT_MODES = ['air', 'sea', 'rail', 'road_tir', 'express'] as const;

export const batchInput = z.object({
  requestNo: requiredText(40),
  locationId: requiredText(64),
  routeId: z.string().nullable(),
  returnDistrict: z.enum(DISTRICT_CODES, { message: 'errors.district' }),
  supervisedSite: optionalText(120),
  transportMode: z.enum(BATCH_TRANSPORT_MODES, { message: 'errors.choose' }),
  carrier: optionalText(60),
  /** Master air waybill, bill of lading or TIR carnet number. */
  masterWaybill: optionalText(60),
  reasonCategory: z.enum(REASON_CATEGORIES, { message: 'errors.choose' }),
  /** 补税/未退税证明 number, needed when the tax exemption is claimed. */
  rebateCertificateNo: optionalText(60),
  plannedDate: isoDate,
  returnIds: z.array(z.string()).min(1, { message: 'errors.noReturns' }),
});
export type BatchInput = z.infer<typeof batchInput>;

export interface BatchRecord extends BatchInput {
  id: string;
  status: BatchStatus;
  history: { status: BatchStatus; at: string }[];
  createdAt: string;
  updatedAt: string;
}

/** The applicant block of a return request; the USCC's check character must hold. */
export const applicantSchema = z.object({
  companyZh: requiredText(120),
  companyEn: optionalText(200),
  uscc: z.string().refine(isValidUscc, { message: 'errors.uscc' }),
  customsCode: z.string().regex(/^[0-9A-Z]{10}$/, { message: 'errors.customsCode' }),
  address: requiredText(300),
  contact: optionalText(60),
  phone: optionalText(40),
});
