/**
 * Writes tests/fixtures/db/v1.json: the records a version-1 database held, exactly as v1 stored
 * them (no batch link on returns). Kept so the upgrade test always starts from real v1 data;
 * run it again only to add a fixture for a version about to be superseded (FIXTURE=v2: only the
 * v2 fixtures: v2-presets.json and v2-countries.json, a whole version-2 ledger whose buyer countries are as
 * typed or imported before the country picker — "UK", "usa", "美国" — and a location written "uk").
 *   node --input-type=module -e "await (await import('vite')).runnerImport('./tests/tools/make-db-fixtures.ts')"
 */
import { writeFileSync } from 'node:fs';
import { demoProducts } from '../../shared/demo/demo-catalog';
import { demoLedger } from '../../shared/demo/demo-ledger';
import { SEED_PRESETS } from '../../shared/decide/presets-seed';

let n = 0;
const id = () => `01JFIXTURE${String(n++).padStart(16, '0')}`;
const at = '2026-05-01T08:00:00.000Z';
const products = demoProducts().map((p) => ({ ...p, id: id(), createdAt: at, updatedAt: at }));
const { orders, returns } = demoLedger(products, id, 99, 40);
const v1Orders = orders.map((o) => ({
  ...o, createdAt: at, updatedAt: at, skus: [...new Set(o.lines.map((l) => l.sku))], barcodes: [...new Set(o.lines.map((l) => l.barcode).filter(Boolean))],
}));
const v1Returns = returns.map(({ batchId: _dropped, ...r }) => {
  const order = v1Orders.find((o) => o.id === r.orderId)!;
  return { ...r, orderNo: order.orderNo, platform: order.platform, sku: order.lines.find((l) => l.id === r.lineId)!.sku, createdAt: at, updatedAt: at };
});
// FIXTURE=v2 writes only the v2 presets fixture (the demo ledger has changed since v1 shipped).
if (process.env.FIXTURE !== 'v2') {
  writeFileSync('tests/fixtures/db/v1.json', JSON.stringify({ version: 1, products, orders: v1Orders, returns: v1Returns }, null, 1));
  console.log(`v1 fixture: ${products.length} products, ${v1Orders.length} orders, ${v1Returns.length} returns`);
}

/**
 * tests/fixtures/db/v2-presets.json: the presets record as version 2 stored it — locations had
 * no stay-overseas channels yet — with a user's edit (no liquidation rate in Moscow), so the
 * version-3 upgrade is tested on what a seller really has.
 */
const v2Presets = {
  ...SEED_PRESETS,
  locations: SEED_PRESETS.locations.map(({ channels: _new, ...l }) => (l.id === 'ru-moscow' ? { ...l, liquidationRateBp: 0 } : l)),
};
writeFileSync('tests/fixtures/db/v2-presets.json', JSON.stringify({ version: 2, presets: [{ id: 'decide-presets', presets: v2Presets, updatedAt: at }] }, null, 1));

// tests/fixtures/db/v2.json is the ledger as v2 stored it: v1's records with the batch link v2
// added (batchId null), written from v1.json before version 4 changed returns.

/** tests/fixtures/db/v2-countries.json: a version-2 ledger, countries as v2 let them be stored (for the version-5 upgrade). */
// Version 2 accepted any two letters, upper-cased, and imports stored what the file said.
const AS_WRITTEN = ['UK', 'GB', 'usa', '美国', 'Deutschland', 'XX', 'US', 'uk '];
const v2Orders = v1Orders.map((o, i) => (i < AS_WRITTEN.length ? { ...o, buyerCountry: AS_WRITTEN[i]! } : o));
const v2Returns = v1Returns.map((r) => ({ ...r, batchId: null }));
const v2Ledger = { id: 'decide-presets', updatedAt: at, presets: { ...v2Presets, locations: v2Presets.locations.map((l, i) => (i === 0 ? { ...l, country: 'uk' } : l)) } };
writeFileSync('tests/fixtures/db/v2-countries.json', JSON.stringify({ version: 2, products, orders: v2Orders, returns: v2Returns, presets: [v2Ledger], decisions: [], batches: [] }, null, 1));
console.log(`v2-countries fixture: ${v2Orders.length} orders, countries as written: ${AS_WRITTEN.join(' | ')}`);
