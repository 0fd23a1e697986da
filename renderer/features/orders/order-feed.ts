import type { Order } from '../../../shared/schemas/order';
import { ListFeed, type FeedRepo, type FeedShape } from '../../components/table/list-feed';
import { defaultDesc, isIndexedSort, type ComputedOrderSort, type OrderSort } from '../../db/order-sort';
import type { OrderQuery } from '../../db/orders-repo';

const ORDER_SHAPE: FeedShape<OrderQuery, OrderSort> = {
  order: (query) => {
    const sort = query.sort ?? 'orderDate';
    return { sort, desc: query.desc ?? defaultDesc(sort) };
  },
  key: (query) => {
    const { sort, desc } = ORDER_SHAPE.order(query);
    return JSON.stringify([query.search?.trim() ?? '', query.platform ?? '', query.buyerCountry ?? '', sort, desc]);
  },
  indexed: isIndexedSort,
};

/** The orders list's feed; the sort worker sorts by columns without an index (`computed`). */
export class OrderFeed extends ListFeed<Order, OrderQuery, OrderSort> {
  constructor(repo: FeedRepo<Order, OrderQuery, OrderSort>, onError: (error: Error) => void, computed?: (sort: ComputedOrderSort) => Promise<string[]>) {
    super(repo, ORDER_SHAPE, onError, computed && ((sort) => computed(sort as ComputedOrderSort)));
  }
}

