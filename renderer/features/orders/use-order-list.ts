import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Order } from '../../../shared/schemas/order';
import type { OrderQuery } from '../../db/orders-repo';
import { useServices } from '../../app/services';
import type { WindowView } from './key-window';
import { OrderFeed } from './order-feed';

/**
 * The orders list as the page shows it (see OrderFeed): undefined until its first rows can be
 * shown; `onRange` tells it which rows are in view.
 */
export function useOrderList({ search, platform, buyerCountry, sort }: OrderQuery): {
  view: WindowView<Order> | undefined;
  onRange: (start: number, end: number) => void;
} {
  const { repos } = useServices();
  const [failure, setFailure] = useState<Error>();
  const [feed] = useState(() => new OrderFeed(repos.orders, (error) => setFailure(error)));
  useEffect(() => feed.watch(), [feed]);
  useEffect(() => feed.setQuery({ search, platform, buyerCountry, sort }), [feed, search, platform, buyerCountry, sort]);
  const view = useSyncExternalStore(feed.window.subscribe, feed.window.snapshot);
  if (failure) throw failure;
  return { view, onRange: feed.window.setRange };
}
