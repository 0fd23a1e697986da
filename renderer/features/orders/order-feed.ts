import { liveQuery } from 'dexie';
import type { Order } from '../../../shared/schemas/order';
import { defaultDesc, isIndexedSort, type ComputedOrderSort, type OrderSort } from '../../db/order-sort';
import type { OrderQuery } from '../../db/orders-repo';
import { KeyWindow } from './key-window';

/** What a list feed reads: OrdersRepo for the orders, ReturnsRepo for the returns. */
export interface FeedRepo<T, Q, S> {
  /** Answers at once; a live query on it re-runs on any write to the list's table. */
  anyChange(): Promise<void>;
  /** The matching ids in the query's order; `sorted` gives every id in that order when held. */
  ids(query: Q, sorted?: () => Promise<readonly string[]>): Promise<string[]>;
  /** Every id in the sort's order; `onChunk` gets the ids read so far as they come. */
  sortedIds(sort: S, onChunk?: (ids: readonly string[]) => Promise<void> | void, chunk?: number, first?: number, desc?: boolean): Promise<string[]>;
  count(): Promise<number>;
  byIds(ids: readonly string[]): Promise<T[]>;
}

/** How a list's query reads: its sort, and whether it lists every record in an index's order. */
export interface FeedShape<Q, S> {
  /** The sort and direction the query asks for (its defaults filled in). */
  order(query: Q): { sort: S; desc: boolean };
  /** Equal for queries listing the same ids in the same order. */
  key(query: Q): string;
  /** No filter and a sort with an index: the list is read in chunks, its top shown first. */
  plain(query: Q): boolean;
  indexed(sort: S): boolean;
}

const ORDER_SHAPE: FeedShape<OrderQuery, OrderSort> = {
  order: (query) => {
    const sort = query.sort ?? 'orderDate';
    return { sort, desc: query.desc ?? defaultDesc(sort) };
  },
  key: (query) => {
    const { sort, desc } = ORDER_SHAPE.order(query);
    return JSON.stringify([query.search?.trim() ?? '', query.platform ?? '', query.buyerCountry ?? '', sort, desc]);
  },
  plain: (query) => !query.search?.trim() && !query.platform && !query.buyerCountry && isIndexedSort(query.sort ?? 'orderDate'),
  indexed: isIndexedSort,
};

/**
 * Feeds a long list page (orders, returns): which ids match the query, in order, after every
 * write to its table, and the records around the view (through `window`).
 *
 * Opening the list reads its count and every id in the sort's order, in chunks: the top shows
 * after the first chunk, and the list grows as the rest arrives (seconds at 100,000 orders).
 * The sorted ids are kept until the next write, so filters and searches only read their own
 * indexes. A write reads the rows
 * in view again at once (edits and deletions show), and the new list when it is ready.
 *
 * The ids are read outside any live query on purpose: a live query remembers every key it
 * reads, to know which writes concern it, and for 100,000 keys that bookkeeping alone takes
 * most of a second. It watches a one-record read of the whole table instead.
 */
export class ListFeed<T extends { id: string }, Q, S> {
  readonly window: KeyWindow<T>;
  private query: Q | undefined;
  private shownQuery = '';
  private generation = -1;
  private sorted = new Map<string, { generation: number; ids: Promise<string[]> }>();
  private counted: { generation: number; count: Promise<number> } | undefined;
  private started = 0;
  /** The list's page has closed: reading the rest of 100,000 ids would only hold up the next page. */
  private closed = false;

  /**
   * @param computed every id sorted A→Z by a column without an index (the sort worker)
   */
  constructor(private readonly repo: FeedRepo<T, Q, S>, private readonly shape: FeedShape<Q, S>, private readonly onError: (error: Error) => void, private readonly computed?: (sort: S) => Promise<string[]>) {
    this.window = new KeyWindow<T>((ids) => repo.byIds(ids));
  }

  /** Follows writes to the orders until the returned stop is called. */
  watch(): () => void {
    this.closed = false;
    const subscription = liveQuery(() => this.repo.anyChange()).subscribe({
      next: () => {
        // The first answer is the subscription starting; every later one is a write.
        if (++this.generation > 0) void this.window.refresh();
        this.read();
      },
      error: (error: Error) => this.onError(error),
    });
    return () => {
      this.closed = true;
      this.started++;
      subscription.unsubscribe();
    };
  }

  setQuery(query: Q): void {
    this.query = query;
    if (this.generation >= 0) this.read();
  }

  private read(): void {
    const query = this.query;
    if (!query) return;
    const read = ++this.started;
    this.readList(query, () => read === this.started).catch((error: Error) => read === this.started && this.onError(error));
  }

  private async readList(query: Q, current: () => boolean): Promise<void> {
    const { sort, desc } = this.shape.order(query);
    const key = this.shape.key(query);
    // A sort without an index arrives whole from the worker: nothing to show in parts.
    const plain = this.shape.plain(query);
    // A list not on screen yet shows its top as soon as the first chunk of ids and the count are
    // read, and grows as the rest arrives; after a write the list on screen stays until the new
    // one is whole.
    let growing = false;
    let done = false;
    const count = plain && key !== this.shownQuery ? this.count() : undefined;
    // Each chunk waits until the rows in view are read, and while the user scrolls well inside
    // the ids already known, so reading the list never holds up the rows or the frames.
    const onChunk = count ? async (ids: readonly string[]) => {
      // Thrown into the chunked read, which stops there; nobody waits for it any more.
      if (this.closed) throw new ListClosed();
      const n = await count;
      if (done || !current()) return;
      if (growing) this.window.grow(ids, n);
      else {
        growing = true;
        this.shownQuery = key;
        this.window.setFirstIds(ids, n);
      }
      await this.window.idle(ids.length);
    } : undefined;
    const ids = await this.repo.ids(query, () => this.sortedIds(sort, desc, onChunk));
    done = true;
    if (!current()) return;
    this.shownQuery = key;
    if (growing) this.window.grow(ids, ids.length);
    else this.window.setIds(ids);
  }

  private count(): Promise<number> {
    if (this.counted?.generation !== this.generation) this.counted = { generation: this.generation, count: this.repo.count() };
    return this.counted.count;
  }

  private sortedIds(sort: S, desc: boolean, onChunk?: (ids: readonly string[]) => Promise<void>): Promise<string[]> {
    const key = `${sort}:${desc}`;
    const held = this.sorted.get(key);
    if (held?.generation === this.generation) return held.ids;
    let ids: Promise<string[]>;
    if (this.shape.indexed(sort) || !this.computed) ids = this.repo.sortedIds(sort, onChunk, undefined, undefined, desc);
    // Z→A is A→Z turned around, ties included (equal values go by id, both ways).
    else if (desc) ids = this.sortedIds(sort, false).then((asc) => asc.slice().reverse());
    else ids = this.computed(sort);
    this.sorted.set(key, { generation: this.generation, ids });
    return ids;
  }
}

/** The orders list's feed; the sort worker sorts by columns without an index (`computed`). */
export class OrderFeed extends ListFeed<Order, OrderQuery, OrderSort> {
  constructor(repo: FeedRepo<Order, OrderQuery, OrderSort>, onError: (error: Error) => void, computed?: (sort: ComputedOrderSort) => Promise<string[]>) {
    super(repo, ORDER_SHAPE, onError, computed && ((sort) => computed(sort as ComputedOrderSort)));
  }
}

class ListClosed extends Error {
  constructor() {
    super('the list was closed');
  }
}
