import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Order } from '../../../shared/schemas/order';
import type { OrderQuery } from '../../db/orders-repo';
import { useServices } from '../../app/services';
import type { WindowView } from './key-window';
import { OrderFeed } from './order-feed';
import { OrderSorter } from './order-sorter';

/**
 * The orders list as the page shows it (see OrderFeed): undefined until its first rows can be
 * shown; `onRange` tells it which rows are in view.
 */
export function useOrderList({ search, platform, buyerCountry, sort, desc }: OrderQuery): {
  view: WindowView<Order> | undefined;
  onRange: (start: number, end: number) => void;
} {
  const { repos } = useServices();
  const [failure, setFailure] = useState<Error>();
  const [sorter] = useState(() => new OrderSorter(repos.db.name));
  const [feed] = useState(() => new OrderFeed(repos.orders, (error) => setFailure(error), (s) => sorter.sort(s)));
  useEffect(() => {
    const stop = feed.watch();
    return () => {
      stop();
      sorter.close();
    };
  }, [feed, sorter]);
  useEffect(() => feed.setQuery({ search, platform, buyerCountry, sort, desc }), [feed, search, platform, buyerCountry, sort, desc]);
  const view = useSyncExternalStore(feed.window.subscribe, feed.window.snapshot);
  if (failure) throw failure;
  return { view, onRange: feed.window.setRange };
}
