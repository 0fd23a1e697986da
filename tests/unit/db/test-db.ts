import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HomeboundDb } from '../../../renderer/db/database';
import { createRepositories, type Repositories } from '../../../renderer/db/repositories';

/** A fresh in-memory database per test, so tests never see each other's data. */
export function freshRepositories(): Repositories {
  const db = new HomeboundDb(`test-${Math.random().toString(36).slice(2)}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  return createRepositories(db);
}
