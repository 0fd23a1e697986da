import type { ReturnStatus } from '../../shared/ledger/return-status';
import type { ReturnRecord } from '../../shared/schemas/return';
import { PENDING_STATUSES } from './decide-sources';

/** Columns the returns list sorts by through an index of the returns. */
export const INDEXED_RETURN_SORTS = ['requestedDate', 'status', 'rmaNo', 'orderNo', 'sku'] as const;
/** The columns the returns list sorts by (a header click); those without an index from each return's value. */
export const RETURN_SORTS = [...INDEXED_RETURN_SORTS, 'qty', 'reason', 'grade', 'location', 'whereabouts'] as const;
export type ReturnSort = (typeof RETURN_SORTS)[number];
export type IndexedReturnSort = (typeof INDEXED_RETURN_SORTS)[number];

export function isIndexedReturnSort(sort: ReturnSort): sort is IndexedReturnSort {
  return (INDEXED_RETURN_SORTS as readonly string[]).includes(sort);
}

/** The date lists newest first unless turned around; everything else A→Z, smallest first. */
export function defaultReturnDesc(sort: ReturnSort): boolean {
  return sort === 'requestedDate';
}

/** "No location yet": the value of the location filter that finds returns without one. */
export const NO_LOCATION = 'none';
/** The status filter's "waiting for a decision": every status the Decide page lists. */
export const PENDING = 'pending';

export interface ReturnQuery {
  search?: string;
  status?: ReturnStatus | typeof PENDING | '';
  orderId?: string;
  sort?: ReturnSort;
  /** Direction; by default newest first for the date, A→Z for the rest. */
  desc?: boolean;
  /** Exact matches, as a dashboard bar or a filter opens them. */
  sku?: string;
  reason?: string;
  platform?: string;
  /** The buyer's country lives on the order: matched through the orders' country index. */
  country?: string;
  /** A location id, or NO_LOCATION for returns whose location is not known yet. */
  location?: string;
  /** Requested between these dates (YYYY-MM-DD), both included. */
  from?: string;
  to?: string;
}

/** What the search found outside the returns themselves: orders by waybill, SKUs by product name. */
export interface SearchHits {
  orderIds: ReadonlySet<string>;
  skus: ReadonlySet<string>;
}

/** Whether any filter or the search narrows the list (the sort does not). */
export function narrowsReturns(query: ReturnQuery): boolean {
  return Boolean(query.search?.trim() || query.status || query.orderId || query.sku || query.reason || query.platform || query.country || query.location || query.from || query.to);
}

export function returnFilter(query: ReturnQuery, inCountry: ReadonlySet<string> | null, hits: SearchHits | null): (r: ReturnRecord) => boolean {
  const q = query.search?.trim().toLowerCase() ?? '';
  const location = query.location ?? '';
  return (r) =>
    (!query.status || r.status === query.status || (query.status === PENDING && (PENDING_STATUSES as readonly string[]).includes(r.status))) &&
    (!query.orderId || r.orderId === query.orderId) &&
    (!query.sku || r.sku === query.sku) &&
    (!query.reason || r.reason === query.reason) &&
    (!query.platform || r.platform === query.platform) &&
    (!inCountry || inCountry.has(r.orderId)) &&
    (!location || (location === NO_LOCATION ? r.locationId === null : r.locationId === location)) &&
    (!query.from || r.requestedDate >= query.from) &&
    (!query.to || r.requestedDate <= query.to) &&
    (!q || r.rmaNo.toLowerCase().startsWith(q) || r.orderNo.toLowerCase().startsWith(q) || r.sku.toLowerCase().startsWith(q) ||
      hits?.orderIds.has(r.orderId) === true || hits?.skus.has(r.sku) === true);
}

/** The value a return sorts by; no location sorts first. */
export function returnSortValue(r: ReturnRecord, sort: ReturnSort): string | number {
  if (sort === 'qty') return r.qty;
  if (sort === 'location') return r.locationId ?? '';
  return r[sort];
}
