import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HomeboundDb } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';
import { anOrder } from '../../builders/ledger';
import { OrdersRepo } from '../../../renderer/db/orders-repo';

describe('schema versions', () => {
  it('are kept in ascending order, none removed', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it('use string keys, never auto-increment, so a later sync needs no key migration', () => {
    for (const v of SCHEMA_VERSIONS) {
      for (const spec of Object.values(v.stores)) if (spec) expect(spec.split(',')[0]!.trim()).toBe('id');
    }
  });

  it('open at the current version and keep what was written across a reopen', async () => {
    const indexedDB = new IDBFactory();
    const first = new HomeboundDb('reopen', { indexedDB, IDBKeyRange });
    await new OrdersRepo(first).create(anOrder());
    first.close();
    const again = new HomeboundDb('reopen', { indexedDB, IDBKeyRange });
    await again.open();
    expect(again.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await again.orders.count()).toBe(1);
  });
});
