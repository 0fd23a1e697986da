/**
 * Writes tests/fixtures/db/v5.json: a whole version-5 ledger, as version 5 stored it (the last
 * release without the kept units sold), for the version-6 upgrade test. Made by opening
 * v2-countries.json with the shipped schema versions up to 5 and reading every table back.
 *   node --input-type=module -e "await (await import('vite')).runnerImport('./tests/tools/make-v5-fixture.ts')"
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_VERSIONS } from '../../renderer/db/schema-versions';

const TABLES = ['products', 'orders', 'returns', 'presets', 'decisions', 'batches'] as const;
const v2 = JSON.parse(readFileSync('tests/fixtures/db/v2-countries.json', 'utf8')) as Record<(typeof TABLES)[number], unknown[]>;
const indexedDB = new IDBFactory();
const at2 = new Dexie('fixture', { indexedDB, IDBKeyRange });
for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 2)) at2.version(v.version).stores(v.stores);
for (const t of TABLES) await at2.table(t).bulkAdd(v2[t]);
at2.close();
const at5 = new Dexie('fixture', { indexedDB, IDBKeyRange });
for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 5)) {
  const version = at5.version(v.version).stores(v.stores);
  if (v.upgrade) version.upgrade(v.upgrade);
}
const out: Record<string, unknown> = { version: 5 };
for (const t of TABLES) out[t] = await at5.table(t).toArray();
at5.close();
writeFileSync('tests/fixtures/db/v5.json', JSON.stringify(out, null, 1));
console.log(`v5 fixture: ${(out.orders as unknown[]).length} orders`);
