import { liveQuery } from 'dexie';
import type { OnPart, SortedSource } from '../../db/matches-in-order';
import { KeyWindow } from './key-window';
import { SharedRead, type OnChunk } from './shared-read';

/** What a list feed reads: OrdersRepo for the orders, ReturnsRepo for the returns. */
export interface FeedRepo<T, Q, S> {
  /** Answers at once; a live query on it re-runs on any write to the list's table. */
  anyChange(): Promise<void>;
  /**
   * The matching ids in the query's order; `sorted` gives every id in the sort's order (a read
   * the feed shares); with `onPart`, the first ids and the whole count as they become known
   * (a search's first rows may come before its count).
   */
  ids(query: Q, sorted?: SortedSource, onPart?: OnPart): Promise<string[]>;
  /** Every id in the sort's order; `onChunk` gets the ids read so far as they come. */
  sortedIds(sort: S, onChunk?: (ids: readonly string[]) => Promise<void> | void, chunk?: number, first?: number, desc?: boolean): Promise<string[]>;
  byIds(ids: readonly string[]): Promise<T[]>;
}

/** How a list's query reads: its sort, and whether that sort has an index. */
export interface FeedShape<Q, S> {
  /** The sort and direction the query asks for (its defaults filled in). */
  order(query: Q): { sort: S; desc: boolean };
  /** Equal for queries listing the same ids in the same order. */
  key(query: Q): string;
  indexed(sort: S): boolean;
}

/**
 * Feeds a long list page (orders, returns): which ids match the query, in order, after every
 * write to its table, and the records around the view (through `window`).
 *
 * Opening the list reads its kept count and every id in the sort's order, in chunks: the top
 * shows after the first chunk, and the list grows as the rest arrives (seconds at 100,000
 * orders, most of a minute at a million). The sorted ids are kept until the next write, so
 * filters and searches only read their own indexes; one that many orders match filters the
 * same read as it arrives, and shows its first rows from the chunks read so far. A write reads the rows
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
  private sorted = new Map<string, { generation: number; read: SharedRead }>();
  private started = 0;
  /** Lists reading their matches now, and the background reads waiting for them to finish. */
  private holds = 0;
  private released: (() => void)[] = [];
  /** The list's page has closed: reading the rest of 100,000 ids would only hold up the next page. */
  private closed = false;

  /**
   * @param computed every id sorted A→Z by a column without an index (the sort worker)
   */
  constructor(private readonly repo: FeedRepo<T, Q, S>, private readonly shape: FeedShape<Q, S>, private readonly onError: (error: Error) => void, private readonly computed?: (sort: S) => Promise<string[]>) {
    this.window = new KeyWindow<T>((ids) => repo.byIds(ids));
  }

  /** Follows writes to the list's table until the returned stop is called. */
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
    // A list not on screen yet shows its top as soon as the first chunk of ids (or the first
    // matches in it) and the count are known, and grows as the rest arrives; after a write the
    // list on screen stays until the new one is whole.
    let growing = false;
    let done = false;
    // Each part waits until the rows in view are read, and while the user scrolls well inside
    // the ids already known, so reading the list never holds up the rows or the frames.
    const onPart: OnPart | undefined = key !== this.shownQuery ? async (ids, count) => {
      if (done || !current()) return;
      if (growing) this.window.grow(ids, count);
      else {
        growing = true;
        this.shownQuery = key;
        this.window.setFirstIds(ids, count);
      }
      await this.window.idle(ids.length);
    } : undefined;
    // Until its matches are known, the reads of sorted ids going on in the background wait.
    const release = this.hold();
    let ids: string[];
    try {
      ids = await this.repo.ids(query, (onChunk) => (release(), this.sortedIds(sort, desc).follow(onChunk)), onPart);
    } finally {
      release();
    }
    done = true;
    if (!current()) return;
    this.shownQuery = key;
    if (growing) this.window.grow(ids, ids.length);
    else this.window.setIds(ids);
  }

  /** Marks a list reading its matches; the returned release may be called more than once. */
  private hold(): () => void {
    this.holds++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      if (--this.holds === 0) for (const resolve of this.released.splice(0)) resolve();
    };
  }

  /** Resolves when no list is reading its matches. */
  private unheld(): Promise<void> {
    return this.holds === 0 ? Promise.resolve() : new Promise((resolve) => this.released.push(resolve));
  }

  /** The read of every id in this order since the last write, shared by the lists that need it. */
  private sortedIds(sort: S, desc: boolean): SharedRead {
    const key = `${sort}:${desc}`;
    const held = this.sorted.get(key);
    if (held?.generation === this.generation) return held.read;
    let read: SharedRead;
    // Thrown into the chunked read once the page has closed, or a write has started a newer
    // read: it stops there instead of holding up the reads that matter now.
    const generation = this.generation;
    const unlessClosed = (onChunk: OnChunk): OnChunk => async (ids) => {
      if (this.closed || this.generation !== generation) throw new ListClosed();
      await onChunk(ids);
      // Chromium answers one request at a time, and a chunk can be thousands of keys: the next
      // waits for the rows being read and for any search reading its matches.
      await Promise.all([this.window.settled(), this.unheld()]);
    };
    if (this.shape.indexed(sort) || !this.computed) read = new SharedRead((onChunk) => this.repo.sortedIds(sort, unlessClosed(onChunk), undefined, undefined, desc));
    // Z→A is A→Z turned around, ties included (equal values go by id, both ways).
    else if (desc) read = new SharedRead(() => this.sortedIds(sort, false).follow().then((asc) => asc.slice().reverse()));
    // A sort without an index arrives whole from the worker: nothing to show in parts.
    else read = new SharedRead(() => this.computed!(sort));
    this.sorted.set(key, { generation: this.generation, read });
    return read;
  }
}

class ListClosed extends Error {
  constructor() {
    super('the list was closed, or a newer read replaced this one');
  }
}
