import type { ReturnStatus } from '../../shared/ledger/return-status';
import type { ReturnRecord } from '../../shared/schemas/return';
import { PENDING_STATUSES } from './decide-sources';

/** The columns the returns list sorts by (a header click); the list is read whole, so any column sorts. */
export const RETURN_SORTS = ['requestedDate', 'status', 'rmaNo', 'orderNo', 'sku', 'qty', 'reason', 'grade', 'location', 'whereabouts'] as const;
export type ReturnSort = (typeof RETURN_SORTS)[number];

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

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortValue(r: ReturnRecord, sort: ReturnSort): string | number {
  if (sort === 'qty') return r.qty;
  if (sort === 'location') return r.locationId ?? '';
  return r[sort];
}

/** Sorts in place by the column, equal values by id (creation order), so the order is stable. */
export function sortReturns(rows: ReturnRecord[], sort: ReturnSort = 'requestedDate', desc = sort === 'requestedDate'): ReturnRecord[] {
  const dir = desc ? -1 : 1;
  return rows.sort((a, b) => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : text(String(x), String(y));
    return dir * (c || text(a.id, b.id));
  });
}
