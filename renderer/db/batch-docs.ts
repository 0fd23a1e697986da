import { findSite, siteNames, type SupervisedSite } from '../../shared/bridge/sites';
import { districtByCode } from '../../shared/codes/districts';
import { minorToFen, type CurrencyRate, type OverseasLocation } from '../../shared/decide';
import { rateBook } from '../../shared/decide/currency';
import type { Applicant, Broker, DistrictRef, ParcelLine, ReturnBatchDoc, TransportMode } from '../../shared/documents/types';
import { ValidationFailed, issuesToErrors } from '../../shared/errors';
import { applicantSchema, type BatchRecord } from '../../shared/schemas/batch';
import type { BatchesRepo, BatchMember } from './batches-repo';
import type { PresetsRepo } from './presets-repo';

/**
 * Turns a stored batch into the ReturnBatchDoc the document builders print: names and
 * addresses resolved, values converted to CNY at the rate of each parcel's export date.
 * `assembleBatchDoc` is pure (the samples script runs it in Node on the demo ledger);
 * `loadBatchDoc` reads what it needs through the repositories.
 */

export interface BatchDocSources {
  batch: BatchRecord;
  members: BatchMember[];
  location: Pick<OverseasLocation, 'name' | 'nameEn' | 'address' | 'country' | 'contact' | 'phone'> | undefined;
  applicant: Applicant;
  rates: readonly CurrencyRate[];
  broker?: Broker;
  /** Supervised sites from Settings: the one the batch names is the consignee. */
  sites?: readonly SupervisedSite[];
}

const TRANSPORT: Record<BatchRecord['transportMode'], TransportMode> = { air: 'air', sea: 'sea', rail: 'rail', road_tir: 'road', express: 'express' };

/** The seller profile as a request's applicant, or a refusal naming each field (applicant.uscc…). */
export function checkApplicant(seller: Applicant): Applicant {
  const parsed = applicantSchema.safeParse(seller);
  if (parsed.success) return parsed.data;
  throw new ValidationFailed(issuesToErrors(parsed.error.issues).map((e) => ({ ...e, field: `applicant.${e.field}` })));
}

function districtRef(code: string): DistrictRef {
  const d = districtByCode(code);
  return { code, nameZh: d?.zh ?? code, nameEn: d?.en ?? code };
}

/** "United States 美国": the document is bilingual, so the country is too. */
function countryName(code: string): string {
  try {
    const en = new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
    const zh = new Intl.DisplayNames(['zh-CN'], { type: 'region' }).of(code) ?? '';
    return zh && zh !== en ? `${en} ${zh}` : en;
  } catch {
    return code;
  }
}

/** "莫斯科海外仓 Moscow overseas warehouse": the paper is bilingual, so the name is too. */
function joinNames(name: string, nameEn: string | undefined): string {
  return nameEn && nameEn.trim() && nameEn.trim() !== name.trim() ? `${name} ${nameEn.trim()}` : name;
}

/** Weight and declared value of one member, as the documents and the batch list show them. */
export function memberFacts(m: BatchMember, book: ReturnType<typeof rateBook>): { weightG: number; valueMinor: number; valueFen: number } {
  const valueMinor = m.line.declaredValueMinor * m.ret.qty;
  return { weightG: m.line.unitWeightG * m.ret.qty, valueMinor, valueFen: minorToFen(book, valueMinor, m.order.currency, m.order.exportDate) };
}

/**
 * The consignee (TO): the operator of the configured site the batch names — "operator（site）",
 * or empty while the operator is unknown so the label is refused naming it —, else the
 * customs broker who receives the goods at the site and clears them.
 */
function consignee(batch: BatchRecord, broker: Broker | undefined, sites: readonly SupervisedSite[]): Pick<ReturnBatchDoc, 'toSite' | 'consignee'> {
  const site = findSite(sites, batch.supervisedSite);
  if (site) {
    const operator = site.operator.trim();
    return { consignee: 'site', toSite: { name: operator && `${operator}（${siteNames(site)}）`, address: site.address, contact: site.contact, phone: site.phone } };
  }
  return { consignee: 'broker', toSite: { name: broker?.name ?? '', address: broker?.address ?? '', contact: broker?.contact ?? '', phone: broker?.phone ?? '' } };
}

export function assembleBatchDoc({ batch, members, location, applicant, rates, broker, sites = [] }: BatchDocSources): ReturnBatchDoc {
  const book = rateBook(rates);
  const parcels: ParcelLine[] = members.map((m, i) => {
    let facts;
    try {
      facts = memberFacts(m, book);
    } catch {
      throw new ValidationFailed([{ field: `parcels.${i}.valueFen`, key: 'errors.noRate', params: { currency: m.order.currency, date: m.order.exportDate } }]);
    }
    return {
      rmaNo: m.ret.rmaNo, labelNo: m.ret.rmaNo, declarationNo: m.order.declarationNo, exportDate: m.order.exportDate,
      orderNo: m.order.orderNo, waybillNo: m.order.waybillNo, sku: m.line.sku, nameZh: m.line.nameZh, nameEn: m.line.nameEn,
      hsCode: m.line.hsCode, qty: m.ret.qty, unit: m.line.unit, valueMinor: facts.valueMinor, currency: m.order.currency,
      valueFen: facts.valueFen, weightG: facts.weightG, reason: m.ret.reason, grade: m.ret.grade, parcelCount: m.ret.parcelCount ?? 1,
    };
  });
  const returnDistrict = districtRef(batch.returnDistrict);
  const originals = [...new Set(members.map((m) => m.order.exportDistrict))].sort();
  return {
    requestNo: batch.requestNo,
    // A short number people can read out over the phone; stable because it comes from the record.
    batchNo: `B-${batch.createdAt.slice(0, 10).replaceAll('-', '')}-${batch.id.slice(-4)}`,
    createdDate: batch.plannedDate,
    returnDistrict,
    originalDistricts: originals.map(districtRef),
    supervisedSite: batch.supervisedSite,
    transportMode: TRANSPORT[batch.transportMode],
    carrier: batch.carrier,
    masterWaybill: batch.masterWaybill,
    reasonCategory: batch.reasonCategory,
    rebateCertificateNo: batch.rebateCertificateNo.trim() || null,
    applicant,
    broker: broker ?? { name: '' },
    fromLocation: {
      name: location ? joinNames(location.name, location.nameEn) : batch.locationId,
      address: location?.address ?? '', country: location ? countryName(location.country) : '',
      contact: location?.contact ?? '', phone: location?.phone ?? '',
    },
    ...consignee(batch, broker, sites),
    parcels,
    draft: batch.status === 'draft',
  };
}

/** Everything a document of this batch needs, or a refusal naming the missing field. */
export async function loadBatchDoc(repos: { batches: BatchesRepo; presets: PresetsRepo }, batchId: string, seller: Applicant, broker?: Broker, sites: readonly SupervisedSite[] = []): Promise<ReturnBatchDoc> {
  const applicant = checkApplicant(seller);
  const batch = await repos.batches.get(batchId);
  if (!batch) throw new ValidationFailed([{ field: 'requestNo', key: 'errors.notFound' }]);
  const [members, presets] = await Promise.all([repos.batches.members(batch), repos.presets.get()]);
  const location = presets.locations.find((l) => l.id === batch.locationId);
  return assembleBatchDoc({ batch, members, location, applicant, rates: presets.rates, broker, sites });
}

/** Count, weight and CNY value of a batch's returns; value is null when a currency has no rate. */
export function memberTotals(members: BatchMember[], rates: readonly CurrencyRate[]): { count: number; weightG: number; valueFen: number | null } {
  const book = rateBook(rates);
  let weightG = 0;
  let valueFen: number | null = 0;
  for (const m of members) {
    weightG += m.line.unitWeightG * m.ret.qty;
    try {
      if (valueFen !== null) valueFen += memberFacts(m, book).valueFen;
    } catch {
      valueFen = null;
    }
  }
  return { count: members.length, weightG, valueFen };
}
