import type { Grade, ReturnReason, UnitCode } from '../codes/ledger-codes';
import type { IsoDate } from '../dates';

/**
 * What the document builders take: one return batch with everything printed on its request,
 * labels and manifest already resolved (names, addresses, districts). The UI assembles it
 * from the ledger; the builders never look anything up, so they stay pure (data in, bytes out).
 */

export interface DistrictRef {
  /** 4-digit customs district code (关区代码), e.g. "2900". */
  code: string;
  nameZh: string;
  nameEn: string;
}

export type ReasonCategory = 'consumer_return' | 'unsold' | 'quality';

export type TransportMode = 'air' | 'sea' | 'road' | 'rail' | 'post' | 'express';

export interface Applicant {
  companyZh: string;
  companyEn: string;
  /** 统一社会信用代码, 18 chars; its check digit is verified before anything is drawn. */
  uscc: string;
  /** 海关编码, 10 chars. */
  customsCode: string;
  address: string;
  contact: string;
  phone: string;
}

export interface Broker {
  name: string;
  customsCode?: string;
  contact?: string;
  phone?: string;
  /** Where the goods are delivered to the broker: the TO of every label. */
  address?: string;
}

export interface ParcelLine {
  rmaNo: string;
  /** What the Code 128 on the label carries; usually equal to the RMA number. */
  labelNo: string;
  /** Original export declaration / list number (申报清单 / 报关单号). */
  declarationNo: string;
  exportDate: IsoDate;
  orderNo: string;
  /** Return waybill / tracking number of this parcel. */
  waybillNo: string;
  sku: string;
  nameZh: string;
  nameEn: string;
  hsCode: string;
  qty: number;
  unit: UnitCode;
  /** Declared value in `currency` minor units (integer, see shared/money.ts). */
  valueMinor: number;
  currency: string;
  /** The same value in CNY fen, converted by the caller at its dated rate. */
  valueFen: number;
  weightG: number;
  reason: ReturnReason;
  grade: Grade;
  /** Cartons the return travels in (≥ 1): one label each, "Parcel k of n". */
  parcelCount: number;
}

/** A party printed on a label: who ships (FROM) or who receives (TO). */
export interface Party {
  name: string;
  address: string;
  contact: string;
  phone: string;
}

export interface ReturnBatchDoc {
  requestNo: string;
  batchNo: string;
  createdDate: IsoDate;
  returnDistrict: DistrictRef;
  originalDistricts: DistrictRef[];
  /** Customs-supervised site (监管作业场所) the goods enter. */
  supervisedSite: string;
  transportMode: TransportMode;
  carrier: string;
  /** Master air waybill, bill of lading, or TIR carnet number for road transport. */
  masterWaybill: string;
  reasonCategory: ReasonCategory;
  /** 补税/未退税证明 number when the tax exemption is claimed, else null. */
  rebateCertificateNo: string | null;
  applicant: Applicant;
  broker: Broker;
  /** Where the goods start: the overseas return address or warehouse. */
  fromLocation: Party & { country: string };
  /** The consignee: the customs broker (or the supervised site's operator) who receives them. */
  toSite: Party;
  /**
   * Where the TO came from: a supervised site configured in Settings (its operator, named with
   * the site) or the customs broker's delivery address. Absent means the broker.
   */
  consignee?: 'broker' | 'site';
  parcels: ParcelLine[];
  /**
   * A draft batch's documents carry a "草稿 DRAFT" watermark and the list of what is still
   * missing; once submitted they are final (no mark). Absent means final.
   */
  draft?: boolean;
}

/** Font files the PDF builders embed (subsetted). Bold is optional: regular stands in. */
export interface DocumentFonts {
  regular: Uint8Array | ArrayBuffer;
  bold?: Uint8Array | ArrayBuffer;
}

/** Label sheet layouts: thermal roll (one 100×150 mm label a page) or four on A4. */
export type LabelLayout = 'thermal100x150' | 'a4x4';
