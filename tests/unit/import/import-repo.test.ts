import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_DEFAULTS } from '../../../shared/import/defaults';
import { parseImport } from '../../../shared/import/run-import';
import { ImportRepo } from '../../../renderer/db/import-repo';
import { aProduct } from '../../builders/ledger';
import { freshRepositories } from '../db/test-db';

const DEFAULTS = { ...DEFAULT_IMPORT_DEFAULTS, hsCode: '9405110000', unitWeightG: 900 };

async function setup() {
  const repos = freshRepositories();
  await repos.products.create(aProduct());
  const importer = new ImportRepo(repos.db);
  const parse = async (bytes: Uint8Array) => parseImport({ bytes, mapping: null, kind: 'orders', defaults: DEFAULTS, catalog: await importer.catalog() });
  return { repos, importer, parse };
}
const file = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));

describe('order import into the ledger', () => {
  it('adds, then re-imports the same file without duplicating anything', async () => {
    const { repos, importer, parse } = await setup();
    const parsed = await parse(file('amazon-all-orders.txt'));
    const candidates = parsed.orders!.orders;
    expect(await importer.planOrders(candidates)).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
    expect(await repos.orders.list()).toHaveLength(0);
    expect(await importer.commitOrders(candidates)).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
    const stored = await repos.orders.list({ sort: 'orderNo' });
    expect(stored.map((o) => o.orderNo)).toEqual(['028-0000004-0000004', '113-0000001-0000001', '113-0000002-0000002']);
    expect(stored[2]!.skus).toEqual(['CUP-THM-500', 'LAMP-LED-01']);
    const again = await parse(file('amazon-all-orders-utf16le.txt'));
    expect(await importer.commitOrders(again.orders!.orders)).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(await repos.orders.list()).toHaveLength(3);
  });

  it('updates a changed order in place, keeping its id, line ids and the user-entered declaration fields', async () => {
    const { repos, importer, parse } = await setup();
    await importer.commitOrders((await parse(file('amazon-all-orders.txt'))).orders!.orders);
    const [before] = await repos.orders.findByOrderNo('113-0000001-0000001');
    await repos.orders.update(before!.id, { ...before!, declarationNo: '29002026I000000099' });
    const text = readFileSync('tests/fixtures/import/amazon-all-orders.txt', 'utf8').replace('\t2\tUSD\t39.98', '\t3\tUSD\t59.97');
    const plan = await importer.commitOrders((await parse(new TextEncoder().encode(text))).orders!.orders);
    expect(plan).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    const [after] = await repos.orders.findByOrderNo('113-0000001-0000001');
    expect(after!.id).toBe(before!.id);
    expect(after!.lines[0]).toMatchObject({ id: before!.lines[0]!.id, qty: 3, unitPriceMinor: 1999 });
    expect(after!.declarationNo).toBe('29002026I000000099');
  });

  it('refuses a re-import whose order date falls after the export date the user recorded, and keeps the stored order', async () => {
    // Found by the import fuzz test: a file's date merged with a stored export date made an
    // order the ledger's own schema rejects (9610 goods cannot leave before they were sold).
    const { repos, importer, parse } = await setup();
    await importer.commitOrders((await parse(file('amazon-all-orders.txt'))).orders!.orders);
    const [before] = await repos.orders.findByOrderNo('113-0000001-0000001');
    await repos.orders.update(before!.id, { ...before!, exportMode: '9610', exportDate: '2026-04-07' });
    const [edited] = await repos.orders.findByOrderNo('113-0000001-0000001');
    const text = readFileSync('tests/fixtures/import/amazon-all-orders.txt', 'utf8').replace('113-0000001-0000001\t\t2026-04-05T21:06:21+00:00', '113-0000001-0000001\t\t2026-05-01T10:00:00+00:00');
    const plan = await importer.commitOrders((await parse(new TextEncoder().encode(text))).orders!.orders);
    expect(plan).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(plan.rejected).toEqual([{ row: 2, field: 'exportDate', key: 'errors.exportBeforeOrder', params: { date: '2026-05-01' } }]);
    const [after] = await repos.orders.findByOrderNo('113-0000001-0000001');
    expect(after).toEqual(edited);
    expect(after!.orderDate).toBe('2026-04-05');
  });

  it('writes nothing when the transaction fails part-way (all or nothing)', async () => {
    const { repos, importer, parse } = await setup();
    const candidates = (await parse(file('amazon-all-orders.txt'))).orders!.orders;
    let n = 0;
    repos.db.orders.hook('creating', () => {
      if (++n === 3) throw new Error('disk full');
    });
    await expect(importer.commitOrders(candidates)).rejects.toThrow('disk full');
    expect(await repos.db.orders.count()).toBe(0);
  });
});

describe('returns import', () => {
  it('links returns to their order lines, lists the ones it cannot, and never duplicates', async () => {
    const { repos, importer, parse } = await setup();
    await importer.commitOrders((await parse(file('amazon-all-orders.txt'))).orders!.orders);
    const returns = (await parse(file('amazon-fba-returns.txt'))).returns!.returns;
    const plan = await importer.commitReturns(returns);
    expect(plan).toMatchObject({ added: 2, unchanged: 0 });
    expect(plan.unlinked.map((u) => [u.row, u.orderNo])).toEqual([[4, '113-9999999-9999999']]);
    const stored = await repos.returns.list({ sort: 'rmaNo' });
    expect(stored.map((r) => [r.rmaNo, r.orderNo, r.sku, r.status])).toEqual([
      ['LPNRR0000000001', '113-0000001-0000001', 'CUP-THM-500', 'requested'],
      ['LPNRR0000000002', '113-0000002-0000002', 'LAMP-LED-01', 'requested'],
    ]);
    expect(stored[0]!.notes).toBe('=HYPERLINK("http://evil.example","lid leaks")');
    expect(await importer.commitReturns(returns)).toMatchObject({ added: 0, unchanged: 2 });
    expect(await repos.db.returns.count()).toBe(2);
  });
});
