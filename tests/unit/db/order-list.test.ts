import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import type { Order } from '../../../shared/schemas/order';
import { ORDER_SORTS, OrdersRepo, withIndexes, type OrderQuery, type OrderSort } from '../../../renderer/db/orders-repo';
import { defaultDesc, isIndexedSort, orderSortValue } from '../../../renderer/db/order-sort';
import { OrderFeed } from '../../../renderer/features/orders/order-feed';
import { aLine, anOrder } from '../../builders/ledger';
import { freshRepositories } from './test-db';

/**
 * The orders list reads ids from the indexes and records only for the rows in view; these
 * tests hold it to the plain definition: filter every order, then sort it.
 */
const at = '2026-05-01T08:00:00.000Z';
const NOS = ['A-1', 'a-10', 'AB-2', 'ab-20', '114-01', '114-02', '1140-9', 'Ba-1'];
const SKUS = ['LED-STRIP', 'led-bulb', 'CUP-1', 'Cup-2', '10-PACK'];
const WAYBILLS = ['', 'LP12', 'lp13', 'YT1', '114-77'];
const BARCODES = ['', '6901234567892', '4006381333931'];
const PLATFORMS = ['amazon', 'ebay', 'temu'] as const;
const COUNTRIES = ['US', 'DE', 'JP'];
const DATES = ['2026-01-01', '2026-02-01', '2026-03-01'];

const arbOrder = fc.record({
  platform: fc.constantFrom(...PLATFORMS), orderNo: fc.constantFrom(...NOS), buyerCountry: fc.constantFrom(...COUNTRIES),
  orderDate: fc.constantFrom(...DATES), exportDate: fc.constantFrom(...DATES), waybillNo: fc.constantFrom(...WAYBILLS),
  lines: fc.array(fc.record({ sku: fc.constantFrom(...SKUS), barcode: fc.constantFrom(...BARCODES) }), { minLength: 1, maxLength: 2 }),
});
const arbOrders = fc.uniqueArray(arbOrder, { maxLength: 40, selector: (o) => `${o.platform}/${o.orderNo}` });
const arbCase = (s: string) => fc.constantFrom(s, s.toLowerCase(), s.toUpperCase());
const arbSearch = fc.oneof(
  fc.constant(''), fc.constantFrom(...NOS, ...SKUS, ...WAYBILLS, ...BARCODES).chain((s) => fc.nat({ max: Math.max(0, s.length) }).chain((n) => arbCase(s.slice(0, n + 1)))),
  fc.constantFrom('114', '1', '690123456789', 'zz', ' a-1 '),
);
const arbQuery: fc.Arbitrary<OrderQuery> = fc.record({
  search: arbSearch, platform: fc.constantFrom('', ...PLATFORMS), buyerCountry: fc.constantFrom('', ...COUNTRIES), sort: fc.constantFrom(...ORDER_SORTS),
  desc: fc.option(fc.boolean(), { nil: undefined }),
}, { requiredKeys: ['search', 'platform', 'buyerCountry', 'sort'] });

type Drawn = Omit<Parameters<typeof anOrder>[0] & object, 'lines'> & { lines: { sku: string; barcode: string }[] };

function build(o: Drawn): Order {
  return withIndexes({ ...anOrder({ ...o, lines: o.lines.map((l) => aLine(l)) }), id: newId(), createdAt: at, updatedAt: at });
}

/** What the list means: every order that matches, by the sort, ties by id as the index keeps them. */
function expected(all: Order[], { search = '', platform, buyerCountry, sort = 'orderDate', desc = defaultDesc(sort) }: OrderQuery): string[] {
  const q = search.trim().toLowerCase();
  const starts = (v: string) => v.toLowerCase().startsWith(q);
  const hit = (o: Order) => !q || starts(o.orderNo) || starts(o.waybillNo) || o.skus.some(starts) || o.barcodes.includes(search.trim());
  const dir = desc ? -1 : 1;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // Product names in pinyin order; every other text as the indexes keep it (code points).
  const cmpValue = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : sort === 'product' ? String(a).localeCompare(String(b), 'zh-CN', { numeric: true }) : cmp(String(a), String(b));
  return all
    .filter((o) => hit(o) && (!platform || o.platform === platform) && (!buyerCountry || o.buyerCountry === buyerCountry))
    .sort((a, b) => dir * (cmpValue(orderSortValue(a, sort), orderSortValue(b, sort)) || cmp(a.id, b.id)))
    .map((o) => o.id);
}

/** The repository's methods the list page uses, bound, so a test can replace one. */
const dayOf = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);

function pick(orders: OrdersRepo) {
  return {
    anyChange: () => orders.anyChange(), ids: orders.ids.bind(orders), sortedIds: orders.sortedIds.bind(orders),
    count: () => orders.count(), byIds: orders.byIds.bind(orders),
  };
}

describe('the orders list, read from the indexes', () => {
  it('returns exactly the matching orders in the sort order, for any search, filters and sort', async () => {
    await fc.assert(fc.asyncProperty(arbOrders, fc.array(arbQuery, { minLength: 1, maxLength: 6 }), async (input, queries) => {
      const { orders, db } = freshRepositories();
      const all = input.map(build);
      await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.bulkAdd(all));
      expect(await orders.countries()).toEqual([...new Set(all.map((o) => o.buyerCountry))].sort());
      // Every path: matches sorted in memory, and filtered from the sort index (held or read).
      // Nothing sorted in memory; a search's first rows from about three records.
      const throughIndex = new OrdersRepo(db, 0, 3);
      for (const query of queries) {
        const ids = await orders.ids(query);
        expect(ids).toEqual(expected(all, query));
        expect(await throughIndex.ids(query)).toEqual(ids);
        const sort = query.sort ?? 'orderDate';
        const desc = query.desc ?? defaultDesc(sort);
        expect(await throughIndex.ids(query, () => throughIndex.sortedIds(sort, undefined, undefined, undefined, desc))).toEqual(ids);
        // Shown in parts as small chunks of the sort index arrive: each part the beginning of the
        // list with its whole count, the list itself the same. A search's first part may come
        // before its count (firstMatches): the beginning of the list too, never longer after.
        const parts: [readonly string[], number | undefined][] = [];
        const chunked = (onChunk?: (so: readonly string[]) => Promise<void>) => throughIndex.sortedIds(sort, onChunk, 1 + (all.length % 4), 1 + (all.length % 3), desc);
        expect(await throughIndex.ids(query, chunked, async (first, count) => { parts.push([first, count]); })).toEqual(ids);
        const early = parts[0]?.[1] === undefined ? parts[0]?.[0] : undefined;
        if (early) expect(early.length > 0 && Boolean(query.search?.trim()) && isIndexedSort(sort)).toBe(true);
        if (early) expect(early).toEqual(ids.slice(0, early.length));
        for (const [first, count] of parts.slice(early ? 1 : 0)) expect([first, count]).toEqual([ids.slice(0, first.length), ids.length]);
        for (const [first] of parts.slice(1)) expect(first.length).toBeGreaterThanOrEqual(early?.length ?? 0);
        if (!query.search && !query.platform && !query.buyerCountry) {
          // Read in chunks, equal dates split across chunks: the same list, each chunk's ids so far a beginning of it.
          const chunks: (readonly string[])[] = [];
          expect(await orders.sortedIds(sort, (so) => { chunks.push(so); }, 1 + (all.length % 4), 1 + (all.length % 3), desc)).toEqual(ids);
          for (const so of chunks) expect(so).toEqual(ids.slice(0, so.length));
        }
        // The records come back in the same order, and the count shown is the ids' count.
        expect((await orders.byIds(ids)).map((o) => o.id)).toEqual(ids);
        expect((await orders.list(query)).length).toBe(ids.length);
      }
      db.close();
    }), { numRuns: 60 });
  });

  it('finds each kind of search: order no. and waybill and SKU by prefix in any case, barcode exactly', async () => {
    const { orders, db } = freshRepositories();
    const a = build({ platform: 'amazon', orderNo: '114-0000001-1', buyerCountry: 'US', orderDate: '2026-01-01', exportDate: '2026-01-02', waybillNo: 'LP555', lines: [{ sku: 'LED-STRIP-5M', barcode: '' }] });
    const b = build({ platform: 'ebay', orderNo: 'EB-77', buyerCountry: 'DE', orderDate: '2026-02-01', exportDate: '2026-02-02', waybillNo: 'yt114', lines: [{ sku: 'CUP-THM-500', barcode: '6901234567892' }, { sku: 'SOCK-CTN-5P', barcode: '' }] });
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.bulkAdd([a, b]));
    const nos = async (search: string) => (await orders.list({ search })).map((o) => o.orderNo);
    expect(await nos('114-')).toEqual(['114-0000001-1']);
    expect(await nos('eb-7')).toEqual(['EB-77']);
    expect(await nos('YT1')).toEqual(['EB-77']);
    expect(await nos('lp5')).toEqual(['114-0000001-1']);
    expect(await nos('sock')).toEqual(['EB-77']);
    expect(await nos('6901234567892')).toEqual(['EB-77']);
    expect(await nos('690123456789')).toEqual([]);
    expect(await nos('STRIP')).toEqual([]);
    // A lookup box asks for its first few: the same orders as the head of the whole list.
    expect((await orders.list({ search: '' }, 1)).map((o) => o.orderNo)).toEqual((await orders.list({ search: '' })).slice(0, 1).map((o) => o.orderNo));
    expect(await orders.list({ search: 'sock' }, 0)).toEqual([]);
    // Sixty order nos. in both cases under one prefix (more distinct keys than are read one by one), and
    // three orders sharing one SKU: any case finds every one of them, each once.
    const many = Array.from({ length: 60 }, (_, i) => build({ platform: 'temu', orderNo: `${i % 2 ? 'po' : 'PO'}-${i}`, buyerCountry: 'US', orderDate: '2026-03-01', exportDate: '2026-03-02', waybillNo: '', lines: [{ sku: i < 3 ? 'Mat-6' : 'LAMP', barcode: '' }, { sku: i < 3 ? 'MAT-60' : 'LAMP-2', barcode: '' }] }));
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.bulkAdd(many));
    expect((await nos('Po-')).sort()).toEqual(many.map((o) => o.orderNo).sort());
    expect((await nos('mat-6')).sort()).toEqual(['PO-0', 'PO-2', 'po-1']);
  });

  it('reads the ids again after every write: an edit of a field no index holds, a search no longer matching, a delete, its undo', async () => {
    // liveQuery stays idle where the environment has no indexedDB of its own, as Node has not.
    Dexie.dependencies.indexedDB ??= new IDBFactory();
    const { orders } = freshRepositories();
    const first = await orders.create(anOrder({ orderNo: 'N-1' }));
    const second = await orders.create(anOrder({ orderNo: 'N-2', orderDate: '2026-05-03', exportDate: '2026-05-05' }));
    let reads = 0;
    const counted = { ...pick(orders), ids: (...a: Parameters<typeof orders.ids>) => { reads++; return orders.ids(...a); } };
    const feed = new OrderFeed(counted, (e) => { throw e; });
    const stop = feed.watch();
    feed.setQuery({ search: 'n-' });
    const until = async (atLeast: number, ids: string[]) => {
      const done = () => reads >= atLeast && JSON.stringify(feed.window.snapshot()?.ids) === JSON.stringify(ids);
      for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
      expect(reads).toBeGreaterThanOrEqual(atLeast);
      expect(feed.window.snapshot()?.ids).toEqual(ids);
    };
    await until(1, [second.id, first.id]);
    // An edit no index sees still reads again, and the row shows the new record.
    await orders.update(first.id, { ...anOrder({ orderNo: 'N-1' }), carrier: 'SF Express', lines: first.lines });
    await until(2, [second.id, first.id]);
    // The rows in view are read again beside the ids (KeyWindow.refresh): wait for that read too.
    for (let i = 0; i < 200 && feed.window.snapshot()?.at(1)?.carrier !== 'SF Express'; i++) await new Promise((r) => setTimeout(r, 10));
    expect(feed.window.snapshot()?.at(1)?.carrier).toBe('SF Express');
    await orders.update(first.id, { ...anOrder({ orderNo: 'X-1' }), lines: first.lines });
    await until(3, [second.id]);
    const removed = await orders.remove(second.id);
    await until(4, []);
    await orders.restore(removed!);
    await until(5, [second.id]);
    stop();
  });

  it('opening the list shows the count and its first rows, then grows to every row', async () => {
    Dexie.dependencies.indexedDB ??= new IDBFactory();
    const { orders, db } = freshRepositories();
    const all = Array.from({ length: 130 }, (_, i) => build({
      platform: 'amazon', orderNo: `114-${String(i).padStart(6, '0')}`, buyerCountry: 'US', orderDate: DATES[i % 3]!, exportDate: DATES[i % 3]!, waybillNo: '', lines: [{ sku: 'CUP-1', barcode: '' }],
    }));
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.bulkAdd(all));
    // The sorted ids arrive 40 at a time, each chunk a while after the last, as 100,000 do.
    const chunked = {
      ...pick(orders),
      sortedIds: async (sort: OrderSort, onChunk?: (ids: readonly string[]) => void) => {
        const ids = await orders.sortedIds(sort);
        for (let n = 40; n < ids.length; n += 40) {
          onChunk?.(ids.slice(0, n));
          await new Promise((r) => setTimeout(r, 30));
        }
        return ids;
      },
    };
    const feed = new OrderFeed(chunked, (e) => { throw e; });
    const views: { known: number; count: number; top: string | undefined }[] = [];
    feed.window.subscribe(() => {
      const v = feed.window.snapshot()!;
      views.push({ known: v.ids.length, count: v.count, top: v.at(0)?.id });
    });
    const stop = feed.watch();
    feed.setQuery({ sort: 'exportDate' });
    const wanted = expected(all, { sort: 'exportDate' });
    for (let i = 0; i < 200 && feed.window.snapshot()?.ids.length !== all.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(feed.window.snapshot()?.ids).toEqual(wanted);
    // The first view already had the whole count and the first row, from 40 ids read.
    expect(views[0]).toEqual({ known: 40, count: all.length, top: wanted[0] });
    expect(views.map((v) => v.known)).toEqual([...views.map((v) => v.known)].sort((a, b) => a - b));
    stop();
  });

  it('a search many orders match shows its first rows and its whole count from the ids read so far, sharing the list\'s read', async () => {
    Dexie.dependencies.indexedDB ??= new IDBFactory();
    const { db } = freshRepositories();
    // Every order is sorted through the index (none in memory), and a search reads about ten
    // records for its first rows: as at a million orders, with a thousand.
    const orders = new OrdersRepo(db, 0, 10);
    const all = Array.from({ length: 130 }, (_, i) => build({
      platform: 'amazon', orderNo: `114-${String(i).padStart(6, '0')}`, buyerCountry: 'US', orderDate: dayOf(i), exportDate: dayOf(i), waybillNo: '', lines: [{ sku: i % 3 === 0 && i >= 60 ? 'CUP-1' : 'LED-STRIP', barcode: '' }],
    }));
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.bulkAdd(all));
    // The sorted ids arrive 20 at a time, slowly; the search is typed after the second chunk.
    let reads = 0;
    let chunks = 0;
    const slow = { ...pick(orders), sortedIds: (sort: OrderSort, onChunk?: (ids: readonly string[]) => Promise<void> | void, _c?: number, _f?: number, desc?: boolean) => {
      reads++;
      return orders.sortedIds(sort, async (ids) => {
        if (++chunks === 2) feed.setQuery({ search: 'cup' });
        await onChunk?.(ids);
        await new Promise((r) => setTimeout(r, 100));
      }, 20, 20, desc);
    } };
    const feed = new OrderFeed(slow, (e) => { throw e; });
    const views: { known: number; count: number; counted: boolean; top: string | undefined; chunks: number }[] = [];
    feed.window.subscribe(() => {
      const v = feed.window.snapshot()!;
      views.push({ known: v.ids.length, count: v.count, counted: v.counted, top: v.at(0)?.id, chunks });
    });
    const stop = feed.watch();
    feed.setQuery({});
    const wanted = expected(all, { search: 'cup' });
    expect(wanted).toHaveLength(24);
    for (let i = 0; i < 300 && feed.window.snapshot()?.ids.length !== wanted.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(feed.window.snapshot()?.ids).toEqual(wanted);
    // Before the search: the plain list, its kept count. Then the search's first rows before
    // its count: CUP-1's ten newest orders from the SKU-and-date index (every third order from
    // 60, newest first: 129, 126 … 102), shown as "10+ rows, counting".
    const early = views.findIndex((v) => !v.counted);
    expect(views.slice(0, early).every((v) => v.count === all.length && v.counted)).toBe(true);
    expect(views[early]).toMatchObject({ known: 10, count: 10, top: wanted[0] });
    // Then the matches among the ids read so far, with the whole count, before its last match was read.
    const firstSearch = views.findIndex((v) => v.count === wanted.length);
    expect(views.slice(early, firstSearch).every((v) => !v.counted)).toBe(true);
    expect(views[firstSearch]!.counted).toBe(true);
    expect(views[firstSearch]).toMatchObject({ count: 24, top: wanted[0] });
    expect(views[firstSearch]!.known).toBeLessThan(24);
    expect(views[firstSearch]!.chunks).toBeLessThan(4);
    // One read of the sorted ids served both lists; the search was whole once its last match
    // (order 60, the 70th id) was read, in the fourth chunk of seven.
    expect(reads).toBe(1);
    expect(views.find((v) => v.known === 24)?.chunks).toBe(4);
    stop();
  });

  it('stops reading ids when the list closes, so the next page does not wait behind it', async () => {
    Dexie.dependencies.indexedDB ??= new IDBFactory();
    const { orders, db } = freshRepositories();
    const all = Array.from({ length: 130 }, (_, i) => build({
      platform: 'amazon', orderNo: `114-${String(i).padStart(6, '0')}`, buyerCountry: 'US', orderDate: dayOf(i), exportDate: dayOf(i), waybillNo: '', lines: [{ sku: 'CUP-1', barcode: '' }],
    }));
    await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.bulkAdd(all));
    // The real chunked read, 20 ids at a time (one order a day, so no chunk runs long); the
    // list closes as its second chunk arrives.
    let chunks = 0;
    let stop = () => {};
    const counted = { ...pick(orders), sortedIds: (sort: OrderSort, onChunk?: (ids: readonly string[]) => Promise<void> | void) => orders.sortedIds(sort, async (ids) => {
      if (++chunks === 2) stop();
      await onChunk?.(ids);
    }, 20, 20) };
    const errors: Error[] = [];
    const feed = new OrderFeed(counted, (e) => errors.push(e));
    stop = feed.watch();
    feed.setQuery({ sort: 'orderDate' });
    await new Promise((r) => setTimeout(r, 500));
    // The other four chunks of 130 ids are never read, and closing is no error.
    expect(chunks).toBe(2);
    expect(errors).toEqual([]);
  });
});
