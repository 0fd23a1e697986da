/**
 * Writes tests/fixtures/db/v5.json and v6.json: a whole ledger as versions 5 and 6 stored it
 * (5: the last release without the kept units sold, for the version-6 upgrade test; 6: the last
 * without the kept orders count, for version 7's). Made by opening v2-countries.json with the
 * shipped schema versions up to 5 (or 6) and reading every table back.
 *   node --input-type=module -e "await (await import('vite')).runnerImport('./tests/tools/make-v5-fixture.ts')"
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_VERSIONS } from '../../renderer/db/schema-versions';

const TABLES = ['products', 'orders', 'returns', 'presets', 'decisions', 'batches'] as const;
const v2 = JSON.parse(readFileSync('tests/fixtures/db/v2-countries.json', 'utf8')) as Record<(typeof TABLES)[number], unknown[]>;

for (const version of [5, 6]) {
  const indexedDB = new IDBFactory();
  const at2 = new Dexie('fixture', { indexedDB, IDBKeyRange });
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 2)) at2.version(v.version).stores(v.stores);
  for (const t of TABLES) await at2.table(t).bulkAdd(v2[t]);
  at2.close();
  const at = new Dexie('fixture', { indexedDB, IDBKeyRange });
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const stepped = at.version(v.version).stores(v.stores);
    if (v.upgrade) stepped.upgrade(v.upgrade);
  }
  const out: Record<string, unknown> = { version };
  for (const t of version >= 6 ? [...TABLES, 'salesDays'] : TABLES) out[t] = await at.table(t).toArray();
  at.close();
  writeFileSync(`tests/fixtures/db/v${version}.json`, JSON.stringify(out, null, 1));
  console.log(`v${version} fixture: ${(out.orders as unknown[]).length} orders`);
}
