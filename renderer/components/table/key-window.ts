/**
 * The records of a long, ordered list of ids, read a page at a time around the rows on screen,
 * so a list of 100,000 orders holds a few hundred records instead of all of them.
 *
 * A new list (a new search, or the ledger changed) is shown only once its pages in view have
 * arrived: the table never flashes empty rows for a list it already had, and what it shows is
 * one read. A list may be known only in part, its first ids and how many there are in all,
 * while the rest is still being read: the rows past the known ids stay empty until it comes.
 */
export interface WindowView<T> {
  /** The ids known, in order: all of them, or the first ones while the rest is read. */
  readonly ids: readonly string[];
  /** How many rows the list has: all of them, or the ids known while it is still being counted. */
  readonly count: number;
  /** False while the list's count is still being read (a search's first rows come before it). */
  readonly counted: boolean;
  /** The record at a position, or undefined while it is still being read. */
  at(index: number): T | undefined;
}

interface List {
  readonly ids: readonly string[];
  readonly count: number;
  readonly counted: boolean;
}

/** A list of `count` rows (undefined: not counted yet) whose first `ids` are known. */
const listOf = (ids: readonly string[], count: number | undefined): List => ({ ids, count: Math.max(count ?? 0, ids.length), counted: count !== undefined });

/** How long after the last scroll the user counts as no longer scrolling. */
const QUIET_MS = 150;

export class KeyWindow<T extends { id: string }> {
  private latest: List | undefined;
  private shown: List | undefined;
  private requested = new Set<number>();
  private readonly records = new Map<string, T>();
  private range: [number, number] = [0, 1];
  private rangeAt = 0;
  private view: WindowView<T> | undefined;
  private failure: unknown;
  private inFlight = 0;
  private waiting: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();

  /**
   * @param load reads the records of these ids, in any order, leaving out ids no longer there
   * @param pageSize ids read at once; pages within half a page of the rows in view are read too
   * @param keepPages how many pages of records are kept around the view before older ones go
   */
  constructor(private readonly load: (ids: string[]) => Promise<T[]>, private readonly pageSize = 100, private readonly keepPages = 20) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): WindowView<T> | undefined => {
    if (this.failure !== undefined) throw this.failure;
    return this.view;
  };

  /** A new list of ids, all of them; shown once its pages around the current rows are read. */
  readonly setIds = (ids: readonly string[]): void => {
    this.replace(listOf(ids, ids.length));
  };

  /** The first ids of a list of `count` rows (undefined: still being counted), to show its top while the rest is read. */
  readonly setFirstIds = (ids: readonly string[], count: number | undefined): void => {
    this.replace(listOf(ids, count));
  };

  /**
   * More of the list being read: `ids` begins with the ids given last. Shown at once, keeping
   * the rows already read.
   */
  readonly grow = (ids: readonly string[], count: number | undefined): void => {
    const before = this.latest;
    const list = listOf(ids, count);
    if (!before || this.shown !== before) return this.replace(list);
    this.latest = list;
    this.show(list);
    void this.fetch(list).then((read) => read > 0 && this.shown === list && this.show(list));
  };

  /** Resolves once no read of rows is under way (at once if none is). */
  settled(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Resolves when reading more of the list cannot hold up scrolling: no read of rows under way,
   * and the user not scrolling, or scrolling within `pages` pages of the end of the `known` ids.
   */
  async idle(known: number, pages = 10): Promise<void> {
    for (;;) {
      await this.settled();
      const scrolling = Date.now() - this.rangeAt < QUIET_MS;
      if (!scrolling || this.range[1] + pages * this.pageSize >= known) return;
      await new Promise((r) => setTimeout(r, QUIET_MS));
    }
  }

  /** The rows in view, [start, end); reads any page around them not read yet. */
  readonly setRange = (start: number, end: number): void => {
    this.range = [start, Math.max(end, start + 1)];
    this.rangeAt = Date.now();
    const list = this.latest;
    if (list) void this.fetch(list).then((read) => read > 0 && this.shown === list && this.show(list));
  };

  /**
   * The ledger changed: reads the rows around the view again, so an edit shows at once, and
   * takes out of the list the ids whose orders are gone, before the new list arrives.
   */
  readonly refresh = async (): Promise<void> => {
    const list = this.latest;
    if (!list) return;
    const [first, last] = this.pageSpan(list.ids.length);
    const wanted = list.ids.slice(first * this.pageSize, (last + 1) * this.pageSize);
    let rows: T[];
    try {
      rows = await this.load(wanted);
    } catch (error) {
      return this.fail(list, error);
    }
    if (this.latest !== list) return;
    for (const r of rows) this.records.set(r.id, r);
    const present = new Set(rows.map((r) => r.id));
    const gone = new Set(wanted.filter((id) => !present.has(id)));
    if (gone.size === 0) return this.show(list);
    this.replace({ ids: list.ids.filter((id) => !gone.has(id)), count: list.count - gone.size, counted: list.counted });
  };

  private replace(list: List): void {
    this.latest = list;
    this.requested = new Set();
    void this.fetch(list).then((read) => read >= 0 && this.show(list));
  }

  /** Reads the pages around the range not yet asked for: how many, or -1 if the list was replaced meanwhile. */
  private async fetch(list: List): Promise<number> {
    const [first, last] = this.pageSpan(list.ids.length);
    const pages: number[] = [];
    for (let p = first; p <= last; p++) if (!this.requested.has(p)) pages.push(p);
    for (const p of pages) this.requested.add(p);
    let loaded: T[][];
    this.inFlight++;
    try {
      loaded = await Promise.all(pages.map((p) => this.load(list.ids.slice(p * this.pageSize, (p + 1) * this.pageSize))));
    } catch (error) {
      this.fail(list, error);
      return -1;
    } finally {
      if (--this.inFlight === 0) for (const resolve of this.waiting.splice(0)) resolve();
    }
    if (this.latest !== list) return -1;
    for (const rows of loaded) for (const r of rows) this.records.set(r.id, r);
    this.trim(list.ids);
    return pages.length;
  }

  /** The first and last page within half a page of the range (first > last: none). */
  private pageSpan(known: number): [number, number] {
    const margin = Math.floor(this.pageSize / 2);
    return [Math.floor(Math.max(0, this.range[0] - margin) / this.pageSize), Math.floor(Math.min(known - 1, this.range[1] - 1 + margin) / this.pageSize)];
  }

  /** Past `keepPages` pages beyond those around the view, keeps only the nearest records. */
  private trim(ids: readonly string[]): void {
    const [first, last] = this.pageSpan(ids.length);
    const half = Math.floor(this.keepPages / 2);
    if (this.records.size <= (Math.max(0, last - first + 1) + this.keepPages) * this.pageSize) return;
    const from = Math.max(0, first - half);
    const to = last + half + 1;
    const keep = new Set(ids.slice(from * this.pageSize, to * this.pageSize));
    for (const id of this.records.keys()) if (!keep.has(id)) this.records.delete(id);
    this.requested = new Set([...this.requested].filter((p) => p >= from && p < to));
  }

  private show(list: List): void {
    const records = this.records;
    const { ids } = list;
    this.view = { ids, count: list.count, counted: list.counted, at: (i) => (i < ids.length ? records.get(ids[i]!) : undefined) };
    this.shown = list;
    this.emit();
  }

  private fail(list: List, error: unknown): void {
    if (this.latest !== list) return;
    this.failure = error;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
