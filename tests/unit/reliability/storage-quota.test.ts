import type { DBCore } from 'dexie';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../../shared/errors';
import enCommon from '../../../shared/locales/en/common.json';
import zhCommon from '../../../shared/locales/zh-CN/common.json';
import { loadDemoData } from '../../../renderer/db/demo-repo';
import type { HomeboundDb } from '../../../renderer/db/database';
import { aProduct } from '../../builders/ledger';
import { freshRepositories } from '../db/test-db';

/**
 * The disk fills up in the middle of a write. What the seller must get: a refusal that says
 * storage is the problem (errors.storage, shown in their language) and a ledger exactly as
 * it was before — no half of a transaction left behind.
 */
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

type Writer = (this: unknown, ...args: unknown[]) => unknown;
const proto = IDBObjectStore.prototype as unknown as Record<'add' | 'put', Writer>;
const originals = { add: proto.add, put: proto.put };

/** Makes fake-indexeddb's object stores throw QuotaExceededError from the `failAt`-th write on. */
function fillDiskAfter(failAt: number): { writes: () => number } {
  let writes = 0;
  for (const method of ['add', 'put'] as const) {
    const original = originals[method];
    proto[method] = function (this: unknown, ...args: unknown[]) {
      writes += 1;
      if (writes >= failAt) throw quotaError();
      return original.apply(this, args);
    };
  }
  return { writes: () => writes };
}

afterEach(() => {
  proto.add = originals.add;
  proto.put = originals.put;
});

async function counts(db: HomeboundDb) {
  return { products: await db.products.count(), orders: await db.orders.count(), returns: await db.returns.count(), decisions: await db.decisions.count() };
}

async function expectStorageRefusal(work: Promise<unknown>): Promise<ValidationFailed> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationFailed);
  const refusal = error as ValidationFailed;
  expect(refusal.errors).toHaveLength(1);
  expect(refusal.errors[0]).toMatchObject({ field: '', key: 'errors.storageFull' });
  return refusal;
}

describe('a quota error while writing', () => {
  it('refuses a single create with errors.storage and stores nothing', async () => {
    const { products } = freshRepositories();
    await products.create(aProduct({ sku: 'KEEP-1', barcode: '' }));
    fillDiskAfter(1);
    await expectStorageRefusal(products.create(aProduct({ sku: 'NEW-1', barcode: '' })));
    expect((await products.list()).map((p) => p.sku)).toEqual(['KEEP-1']);
  });

  it('rolls back a large multi-table write that fails midway (products and orders already written)', async () => {
    const { db } = freshRepositories();
    // 21 products + 300 orders go in before the disk "fills"; returns and decisions never do.
    const disk = fillDiskAfter(21 + 300);
    await expectStorageRefusal(loadDemoData(db, 7, 400));
    expect(disk.writes()).toBeGreaterThan(300);
    proto.add = originals.add;
    proto.put = originals.put;
    expect(await counts(db)).toEqual({ products: 0, orders: 0, returns: 0, decisions: 0 });
  });

  it('rolls back when the quota error arrives through Dexie (a DBCore middleware) on a later table', async () => {
    const { db, products } = freshRepositories();
    // Real IndexedDB reports quota from the request, after earlier tables were written.
    // Dexie builds its middleware stack on open, so this is registered before first use.
    const quotaOnReturns = {
      stack: 'dbcore' as const,
      name: 'quota-on-returns',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name: string) => {
          const table = down.table(name);
          return name !== 'returns' ? table : { ...table, mutate: () => Promise.reject(quotaError()) };
        },
      }),
    };
    db.use(quotaOnReturns);
    await products.create(aProduct({ sku: 'KEEP-1', barcode: '' }));
    const before = await counts(db);
    await expectStorageRefusal(loadDemoData(db, 3, 200));
    db.unuse(quotaOnReturns);
    expect(await counts(db)).toEqual(before);
  });

  it('words the refusal so the seller knows the storage is full, in their own language', async () => {
    const { products } = freshRepositories();
    fillDiskAfter(1);
    const refusal = await expectStorageRefusal(products.create(aProduct({ barcode: '' })));
    // The browser's English message is not passed on; the app's own words are.
    expect(refusal.errors[0]?.params).toBeUndefined();
    expect(enCommon.errors.storageFull).toMatch(/storage is full: nothing was saved/);
    expect(zhCommon.errors.storageFull).toMatch(/存储空间已满：未保存任何内容/);
  });
});
