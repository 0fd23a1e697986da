import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_DEFAULTS } from '../../../shared/import/defaults';
import { PREVIEW_ORDERS } from '../../../shared/import/review';
import { ImportRepo, ImportStopped, WRITE_CHUNK } from '../../../renderer/db/import-repo';
import { ImportSession, type SessionPhase } from '../../../renderer/workers/import-session';
import { freshRepositories } from '../db/test-db';

/** The import worker's work, without the worker: check → review → commit, in one session. */
const DEFAULTS = { ...DEFAULT_IMPORT_DEFAULTS, hsCode: '9405110000', unitWeightG: 900 };
const file = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const request = (bytes: Uint8Array) => ({ bytes, mapping: null, kind: 'orders' as const, defaults: DEFAULTS });

function bigReport(n: number): Uint8Array {
  const header = 'amazon-order-id\tpurchase-date\torder-status\tproduct-name\tsku\tquantity\tcurrency\titem-price\tship-country';
  const rows = Array.from({ length: n }, (_, i) => `114-${String(i).padStart(7, '0')}-0000000\t2026-04-05T21:06:21+00:00\tShipped\tCup\tCUP-${i % 7}\t2\tUSD\t39.98\tUS`);
  return new TextEncoder().encode([header, ...rows].join('\n'));
}

describe('import session (what the worker runs)', () => {
  it('checks and plans without writing, then writes on commit; the review carries counts and rejections, not the records', async () => {
    const repos = freshRepositories();
    const session = new ImportSession(new ImportRepo(repos.db));
    const phases = new Set<SessionPhase>();
    const review = await session.check(request(file('amazon-all-orders.txt')), (phase) => phases.add(phase));
    expect(review).toMatchObject({ kind: 'orders', added: 3, updated: 0, unchanged: 0 });
    expect(review.rejections.map((r) => r.row)).toEqual([...review.rejections.map((r) => r.row)].sort((a, b) => a - b));
    expect(review.rejections).toHaveLength(2);
    expect([...phases]).toEqual(['read', 'map', 'plan']);
    expect(await repos.db.orders.count()).toBe(0);

    const done = await session.commit();
    expect(done).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
    expect(await repos.db.orders.count()).toBe(3);
    await expect(session.commit()).rejects.toThrow('nothing has been checked');
  });

  it('re-checking the same file in a new session finds everything unchanged', async () => {
    const repos = freshRepositories();
    const first = new ImportSession(new ImportRepo(repos.db));
    await first.check(request(file('amazon-all-orders.txt')));
    await first.commit();
    const again = await new ImportSession(new ImportRepo(repos.db)).check(request(file('amazon-all-orders-utf16le.txt')));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it('a returns report links to the ledger in the worker and lists the returns it cannot link', async () => {
    const repos = freshRepositories();
    const orders = new ImportSession(new ImportRepo(repos.db));
    await orders.check(request(file('amazon-all-orders.txt')));
    await orders.commit();
    const returns = new ImportSession(new ImportRepo(repos.db));
    const review = await returns.check(request(file('amazon-fba-returns.txt')));
    expect(review).toMatchObject({ kind: 'returns', added: 2, dayOrder: null });
    expect(review.unlinked.map((u) => u.orderNo)).toEqual(['113-9999999-9999999']);
    await returns.commit();
    expect(await repos.db.returns.count()).toBe(2);
  });

  it('a file with an unknown header comes back for mapping, with nothing planned', async () => {
    const repos = freshRepositories();
    const session = new ImportSession(new ImportRepo(repos.db));
    const review = await session.check(request(new TextEncoder().encode('a,b,c\n1,2,3\n')));
    expect(review).toMatchObject({ kind: null, added: 0, preview: [] });
    expect(review.inspection.format).toBe('custom');
    await expect(session.commit()).rejects.toThrow();
  });

  it('keeps only a short preview however large the file', async () => {
    const repos = freshRepositories();
    const review = await new ImportSession(new ImportRepo(repos.db)).check(request(bigReport(150)));
    expect(review.added).toBe(150);
    expect(review.preview).toHaveLength(PREVIEW_ORDERS);
  });

  it('a stop during the write rolls the whole transaction back', async () => {
    const repos = freshRepositories();
    const session = new ImportSession(new ImportRepo(repos.db));
    const rows = WRITE_CHUNK + 500;
    await session.check(request(bigReport(rows)));
    const seen: number[] = [];
    const commit = session.commit((_phase, done, total) => {
      seen.push(done);
      // After the first chunk is in the transaction, not before: the rollback is what is tested.
      if (done > 0 && done < total) session.stop();
    });
    await expect(commit).rejects.toBeInstanceOf(ImportStopped);
    expect(seen.some((d) => d > 0 && d < rows)).toBe(true);
    expect(await repos.db.orders.count()).toBe(0);
  });
});
