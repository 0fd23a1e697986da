import type { ReturnStatus } from '../../../shared/ledger/return-status';
import { RETURN_SORTS, type PENDING, type ReturnQuery, type ReturnSort } from '../../db/returns-query';
import type { UrlState } from '../../app/url-state';

/**
 * What the returns list's URL carries: `#/returns?status=…&reason=…&location=…&platform=…&
 * country=…&from=…&to=…&q=…&sku=…&sort=…&dir=asc|desc`. `location=none` lists the returns
 * whose overseas location is not known yet, `status=pending` those waiting for a decision (as
 * the Decide page lists them): `#/returns?status=pending&location=none` is what its banner counts.
 */
export const RETURN_URL_KEYS = ['q', 'status', 'reason', 'location', 'platform', 'country', 'from', 'to', 'sku', 'sort', 'dir'] as const;
export type ReturnUrlKey = (typeof RETURN_URL_KEYS)[number];

export function toReturnQuery(s: UrlState<ReturnUrlKey>): ReturnQuery {
  const sort: ReturnSort = (RETURN_SORTS as readonly string[]).includes(s.sort) ? (s.sort as ReturnSort) : 'requestedDate';
  return {
    search: s.q, status: s.status as ReturnStatus | typeof PENDING | '', reason: s.reason, location: s.location, platform: s.platform,
    country: s.country, from: s.from, to: s.to, sku: s.sku, sort,
    desc: s.dir === '' ? undefined : s.dir === 'desc',
  };
}

/** Whether any filter narrows the list (the sort does not). */
export function isFiltered(s: UrlState<ReturnUrlKey>): boolean {
  return RETURN_URL_KEYS.some((k) => k !== 'sort' && k !== 'dir' && s[k] !== '');
}
