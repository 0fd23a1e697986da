import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import { RETURN_STATUSES } from '../../../shared/ledger/return-status';
import type { ReturnRecord } from '../../../shared/schemas/return';
import { PENDING_STATUSES } from '../../../renderer/db/decide-sources';
import { NO_LOCATION, PENDING, RETURN_SORTS, type ReturnQuery } from '../../../renderer/db/returns-query';
import { ListFeed } from '../../../renderer/components/table/list-feed';
import { RETURN_SHAPE } from '../../../renderer/features/returns/use-return-list';
import { aReturn } from '../../builders/ledger';
import { freshRepositories } from './test-db';

/**
 * The returns list reads ids (from an index, or a chunked scan keeping only id and sort value)
 * and records only for the rows in view; these tests hold it to the plain definition: filter
 * every return, then sort it, equal values by id.
 */
const at = '2026-05-01T08:00:00.000Z';
const RMAS = ['RMA-1', 'rma-10', 'RB-2', 'LPN9'];
const NOS = ['114-01', '114-02', 'EB-7'];
const SKUS = ['LED-STRIP', 'led-bulb', 'CUP-1'];
const DATES = ['2026-01-01', '2026-02-01', '2026-03-01'];
const LOCATIONS = [null, 'us-amazon', 'de-amazon'];

const arbReturn = fc.record({
  rmaNo: fc.constantFrom(...RMAS), orderNo: fc.constantFrom(...NOS), sku: fc.constantFrom(...SKUS), requestedDate: fc.constantFrom(...DATES),
  status: fc.constantFrom(...RETURN_STATUSES), platform: fc.constantFrom('amazon', 'ebay'), locationId: fc.constantFrom(...LOCATIONS),
  qty: fc.integer({ min: 1, max: 3 }), reason: fc.constantFrom('defective', 'damaged'), grade: fc.constantFrom('A', 'B'),
  orderId: fc.constantFrom('o1', 'o2'),
});
const arbQuery: fc.Arbitrary<ReturnQuery> = fc.record({
  search: fc.constantFrom('', 'rma-1', 'RB', '114-0', 'led', 'zz'), status: fc.constantFrom('', PENDING, 'requested', 'disposed'),
  sku: fc.constantFrom('', 'CUP-1'), reason: fc.constantFrom('', 'damaged'), platform: fc.constantFrom('', 'ebay'), orderId: fc.constantFrom('', 'o1'),
  location: fc.constantFrom('', NO_LOCATION, 'us-amazon'), from: fc.constantFrom('', '2026-02-01'), to: fc.constantFrom('', '2026-02-01', '2026-03-01'),
  sort: fc.constantFrom(...RETURN_SORTS), desc: fc.option(fc.boolean(), { nil: undefined }),
}, { requiredKeys: ['sort'] });

type Drawn = Pick<ReturnRecord, 'rmaNo' | 'orderNo' | 'sku' | 'requestedDate' | 'status' | 'platform' | 'locationId' | 'qty' | 'reason' | 'grade' | 'orderId'>;

function build(r: Drawn): ReturnRecord {
  const input = aReturn(r.orderId, 'l1', { ...r, reason: r.reason as ReturnRecord['reason'], grade: r.grade as ReturnRecord['grade'] });
  return { ...input, ...r, id: newId(), batchId: null, history: [{ status: r.status, at, note: '' }], createdAt: at, updatedAt: at } as ReturnRecord;
}

/** What the list means, worked plainly: every return that matches, by the column, ties by id. */
function expected(all: ReturnRecord[], q: ReturnQuery): string[] {
  const s = q.search?.trim().toLowerCase() ?? '';
  const starts = (v: string) => v.toLowerCase().startsWith(s);
  const sort = q.sort ?? 'requestedDate';
  const dir = (q.desc ?? sort === 'requestedDate') ? -1 : 1;
  const value = (r: ReturnRecord) => (sort === 'qty' ? r.qty : sort === 'location' ? (r.locationId ?? '') : r[sort]);
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return all.filter((r) => (!s || starts(r.rmaNo) || starts(r.orderNo) || starts(r.sku)) &&
    (!q.status || (q.status === PENDING ? (PENDING_STATUSES as readonly string[]).includes(r.status) : r.status === q.status)) &&
    (!q.sku || r.sku === q.sku) && (!q.reason || r.reason === q.reason) && (!q.platform || r.platform === q.platform) && (!q.orderId || r.orderId === q.orderId) &&
    (!q.location || (q.location === NO_LOCATION ? r.locationId === null : r.locationId === q.location)) &&
    (!q.from || r.requestedDate >= q.from) && (!q.to || r.requestedDate <= q.to))
    .sort((a, b) => dir * (cmp(value(a), value(b)) || cmp(a.id, b.id)))
    .map((r) => r.id);
}

describe('the returns list, read without holding every return', () => {
  it('returns exactly the matching returns in the sort order, for any filters, search and sort', async () => {
    await fc.assert(fc.asyncProperty(fc.array(arbReturn, { maxLength: 40 }), fc.array(arbQuery, { minLength: 1, maxLength: 6 }), async (input, queries) => {
      const { returns, db } = freshRepositories();
      const all = input.map(build);
      await db.returns.bulkAdd(all);
      for (const query of queries) {
        const ids = await returns.ids(query);
        expect(ids).toEqual(expected(all, query));
        expect((await returns.list(query)).map((r) => r.id)).toEqual(ids);
        const unfiltered = { sort: query.sort, desc: query.desc };
        const whole = expected(all, unfiltered);
        // Read in chunks, equal values split across chunks: the same list, each chunk's ids so far a beginning of it.
        const chunks: (readonly string[])[] = [];
        expect(await returns.sortedIds(query.sort!, (so) => { chunks.push(so); }, 1 + (all.length % 4), 1 + (all.length % 3), query.desc ?? query.sort === 'requestedDate')).toEqual(whole);
        for (const so of chunks) expect(so).toEqual(whole.slice(0, so.length));
      }
      db.close();
    }), { numRuns: 60 });
  });

  it('shows a filtered list and reads it again after a write', async () => {
    // liveQuery stays idle where the environment has no indexedDB of its own, as Node has not.
    Dexie.dependencies.indexedDB ??= new IDBFactory();
    const { returns, db } = freshRepositories();
    const [a, b, c] = [build({ ...DRAWN, rmaNo: 'RMA-1' }), build({ ...DRAWN, rmaNo: 'RMA-2', requestedDate: '2026-03-01' }), build({ ...DRAWN, rmaNo: 'RMA-3', status: 'disposed' })];
    await db.returns.bulkAdd([a, b, c]);
    const feed = new ListFeed(returns, RETURN_SHAPE, (e) => { throw e; });
    const stop = feed.watch();
    const until = async (ids: string[]) => {
      for (let i = 0; i < 300 && JSON.stringify(feed.window.snapshot()?.ids) !== JSON.stringify(ids); i++) await new Promise((r) => setTimeout(r, 10));
      expect(feed.window.snapshot()?.ids).toEqual(ids);
    };
    feed.setQuery({ status: PENDING });
    // Newest request first.
    await until([b.id, a.id]);
    await db.returns.put({ ...a, status: 'disposed' });
    await until([b.id]);
    feed.setQuery({ sort: 'rmaNo' });
    await until([a.id, b.id, c.id]);
    expect(feed.window.snapshot()?.at(0)?.status).toBe('disposed');
    stop();
  });
});

const DRAWN: Drawn = { rmaNo: 'RMA-1', orderNo: '114-01', sku: 'CUP-1', requestedDate: '2026-02-01', status: 'requested', platform: 'amazon', locationId: null, qty: 1, reason: 'defective', grade: 'A', orderId: 'o1' };
