import type { ReturnRecord } from '../../../shared/schemas/return';
import { defaultReturnDesc, isIndexedReturnSort, type ReturnQuery, type ReturnSort } from '../../db/returns-query';
import { useServices } from '../../app/services';
import { ListFeed, type FeedShape } from '../../components/table/list-feed';
import { useListFeed, type ListView } from '../../components/table/use-list-feed';

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
 * The returns list as the page shows it (see ListFeed): 200,000 returns hold a few hundred
 * records. Keep `query` stable between renders.
 */
export function useReturnList(query: ReturnQuery): ListView<ReturnRecord> {
  const { repos } = useServices();
  return useListFeed((onError) => ({ feed: new ListFeed(repos.returns, RETURN_SHAPE, onError) }), query);
}
