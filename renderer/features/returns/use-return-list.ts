import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ReturnRecord } from '../../../shared/schemas/return';
import { defaultReturnDesc, isIndexedReturnSort, type ReturnQuery, type ReturnSort } from '../../db/returns-query';
import { useServices } from '../../app/services';
import type { WindowView } from '../orders/key-window';
import { ListFeed, type FeedShape } from '../orders/order-feed';

const order = (q: ReturnQuery) => {
  const sort = q.sort ?? 'requestedDate';
  return { sort, desc: q.desc ?? defaultReturnDesc(sort) };
};

/** The returns list read as the orders list is (ListFeed): ids in order, records around the view. */
export const RETURN_SHAPE: FeedShape<ReturnQuery, ReturnSort> = {
  order,
  key: (q) => {
    const { sort, desc } = order(q);
    return JSON.stringify([q.search?.trim() ?? '', q.status ?? '', q.orderId ?? '', q.sku ?? '', q.reason ?? '', q.platform ?? '', q.country ?? '', q.location ?? '', q.from ?? '', q.to ?? '', sort, desc]);
  },
  indexed: isIndexedReturnSort,
};

/**
 * The returns list as the page shows it: undefined until its first rows can be shown;
 * `onRange` tells it which rows are in view. 200,000 returns hold a few hundred records.
 */
export function useReturnList(query: ReturnQuery): {
  view: WindowView<ReturnRecord> | undefined;
  onRange: (start: number, end: number) => void;
} {
  const { repos } = useServices();
  const [failure, setFailure] = useState<Error>();
  const [feed] = useState(() => new ListFeed(repos.returns, RETURN_SHAPE, (error) => setFailure(error)));
  useEffect(() => feed.watch(), [feed]);
  useEffect(() => feed.setQuery(query), [feed, query]);
  const view = useSyncExternalStore(feed.window.subscribe, feed.window.snapshot);
  if (failure) throw failure;
  return { view, onRange: feed.window.setRange };
}
