import { useMemo } from 'react';
import type { Order } from '../../../shared/schemas/order';
import type { OrderQuery } from '../../db/orders-repo';
import { useServices } from '../../app/services';
import { useListFeed, type ListView } from '../../components/table/use-list-feed';
import { OrderFeed } from './order-feed';
import { OrderSorter } from './order-sorter';

/** The orders list as the page shows it (see OrderFeed); columns without an index sort in the sort worker. */
export function useOrderList({ search, platform, buyerCountry, sort, desc }: OrderQuery): ListView<Order> {
  const { repos } = useServices();
  const query = useMemo(() => ({ search, platform, buyerCountry, sort, desc }), [search, platform, buyerCountry, sort, desc]);
  return useListFeed((onError) => {
    const sorter = new OrderSorter(repos.db.name);
    return { feed: new OrderFeed(repos.orders, onError, (s) => sorter.sort(s)), close: () => sorter.close() };
  }, query);
}
