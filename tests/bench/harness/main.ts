import Dexie from 'dexie';
import Papa from 'papaparse';
import { HomeboundDb, keptWithOrders } from '../../../renderer/db/database';
import { PresetsRepo } from '../../../renderer/db/presets-repo';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';
import { GRADES, RETURN_REASONS } from '../../../shared/codes/ledger-codes';
import { addDays } from '../../../shared/dates';
import { demoProducts } from '../../../shared/demo/demo-catalog';
import { demoDecisions, followRecommendations } from '../../../shared/demo/demo-decisions';
import { DEMO_END, demoHistory, whereaboutsOf } from '../../../shared/demo/demo-ledger';
import { newId } from '../../../shared/ids';
import { RETURN_STATUSES } from '../../../shared/ledger/return-status';
import type { Order } from '../../../shared/schemas/order';
import type { Product } from '../../../shared/schemas/product';
import { RETURN_DEFAULTS, type ReturnRecord } from '../../../shared/schemas/return';

/**
 * The bench's page beside the built app: the app's own schema (HomeboundDb, every version in
 * renderer/db/schema-versions.ts), Dexie and papaparse, and nothing of the app's UI. It
 * prepares the ledger the app then opens, and runs the raw import baseline in the browser.
 */
const APP_DB = 'homebound';
const RAW_DB = 'homebound-bench-raw';
const now = () => new Date().toISOString();

export interface RawResult { ms: number; parseMs: number; writeMs: number; rows: number; records: number }

let records: Order[] = [];
let rawDb: HomeboundDb | null = null;
let rawResult: RawResult | null = null;

/**
 * The app's schema on plain Dexie, without the app's middleware (the sales-days keeper): what
 * a raw bulkPut is. Only opens databases the app's schema created or creates them new, so no
 * upgrade function is needed.
 */
function plainDb(name: string): HomeboundDb {
  const db = new Dexie(name) as HomeboundDb;
  for (const v of SCHEMA_VERSIONS) db.version(v.version).stores(v.stores);
  return db;
}

async function withDb<T>(name: string, work: (db: HomeboundDb) => Promise<T>): Promise<T> {
  const db = new HomeboundDb(name);
  try {
    await db.open();
    return await work(db);
  } finally {
    db.close();
  }
}

function catalog(): Product[] {
  const at = now();
  return demoProducts().map((p, i) => ({ ...p, id: `bench-product-${String(i).padStart(3, '0')}`, createdAt: at, updatedAt: at }));
}

/** An empty ledger with the demo catalog, so every imported SKU finds its HS code. */
function resetForImport(): Promise<number> {
  return withDb(APP_DB, async (db) => {
    await db.transaction('rw', [db.products, db.orders, ...db.keptWithOrders, db.returns, db.decisions, db.batches], async () => {
      await Promise.all([db.orders.clear(), db.returns.clear(), db.decisions.clear(), db.batches.clear(), db.products.clear()]);
      await db.products.bulkPut(catalog());
    });
    return db.products.count();
  });
}

/**
 * Keeps the records the app's import wrote, for the raw baseline to write again, and opens a
 * new empty database with the app's schema (created here, outside the timing, as the app's is).
 */
async function prepareRaw(): Promise<number> {
  records = await withDb(APP_DB, (db) => db.orders.toArray());
  rawDb?.close();
  await Dexie.delete(RAW_DB);
  rawDb = plainDb(RAW_DB);
  await rawDb.open();
  rawResult = null;
  return records.length;
}

/**
 * The baseline for an import into a large ledger (scale 10): the orders the app's import just
 * added — their order numbers lie in [from, to) — are read and deleted again (outside the
 * timing), so the raw run bulkPuts the same records into the same ledger, as large as the
 * app's import found it. Each gets a new id, as the app's import gave them ids new to the
 * ledger: putting back keys just deleted is much cheaper for the browser's database than
 * putting new ones (100,000 orders into a million, measured alternately: 29–36 s against
 * 75–88 s for the same records with new ids), so reusing them flattered the baseline 2.5×.
 */
async function prepareRawInto(from: string, to: string): Promise<{ records: number; left: number }> {
  rawDb?.close();
  rawResult = null;
  // Taken out through the app's schema, which takes their units out of the kept sales days;
  // the raw run then puts them back without (plain Dexie) and removeOrders takes them out so.
  records = (await withDb(APP_DB, (db) => takeOrders(db, from, to))).map((o) => ({ ...o, id: newId() }));
  rawDb = plainDb(APP_DB);
  await rawDb.open();
  return { records: records.length, left: await rawDb.orders.count() };
}

/** Reads and deletes the orders whose order numbers lie in [from, to). */
async function takeOrders(db: HomeboundDb, from: string, to: string): Promise<Order[]> {
  const taken = await db.orders.where('orderNo').between(from, to).toArray();
  await db.transaction('rw', [db.orders, ...keptWithOrders(db)], () => db.orders.bulkDelete(taken.map((o) => o.id)));
  return taken;
}

/** Takes the orders the raw run put in ([from, to)) out again, as raw; how many orders are left. */
async function removeOrders(from: string, to: string): Promise<number> {
  const db = plainDb(APP_DB);
  try {
    await db.open();
    await takeOrders(db, from, to);
    return await db.orders.count();
  } finally {
    db.close();
  }
}

/** How the raw baseline decodes and splits the next file: Amazon's UTF-8 TSV, or an ERP's GBK CSV. */
let rawFormat = { encoding: 'utf-8', delimiter: '\t' };
function setRawFormat(encoding: string, delimiter: string): void {
  rawFormat = { encoding, delimiter };
}

/** The baseline: read and decode the file, papaparse it, bulkPut the same records in one transaction. */
async function rawImport(file: File): Promise<void> {
  const db = rawDb;
  if (!db) throw new Error('prepareRaw first');
  const t0 = performance.now();
  const text = rawFormat.encoding === 'utf-8' ? await file.text() : new TextDecoder(rawFormat.encoding).decode(await file.arrayBuffer());
  const parsed = Papa.parse<string[]>(text, { delimiter: rawFormat.delimiter, skipEmptyLines: true });
  const t1 = performance.now();
  await db.transaction('rw', db.orders, () => db.orders.bulkPut(records));
  const t2 = performance.now();
  rawResult = { ms: t2 - t0, parseMs: t1 - t0, writeMs: t2 - t1, rows: parsed.data.length - 1, records: await db.orders.count() };
  db.close();
  rawDb = null;
  records = [];
}

const LOCATIONS: Record<string, string> = { US: 'us-amazon', DE: 'de-amazon', ES: 'de-amazon', GB: 'de-amazon', JP: 'jp-amazon', RU: 'ru-moscow' };

/**
 * Returns at a seller's peak on top of the orders the app's import stored: `returnCount`
 * returns spread over the orders and across every status, and decisions priced by the model
 * for those past deciding — the demo loader's own rules (shared/demo), at scale.
 */
async function seedReturns(returnCount: number): Promise<{ orders: number; returns: number; decisions: number }> {
  return withDb(APP_DB, async (db) => {
    const [orders, products, presets] = await Promise.all([db.orders.toArray(), db.products.toArray(), new PresetsRepo(db).get()]);
    const byId = new Map(orders.map((o) => [o.id, o]));
    const at = now();
    const step = Math.max(1, Math.floor(orders.length / returnCount));
    const returns: ReturnRecord[] = [];
    for (let k = 0; k < returnCount && k * step < orders.length; k++) {
      const order = orders[k * step]!;
      const line = order.lines[0]!;
      const status = RETURN_STATUSES[k % RETURN_STATUSES.length]!;
      const shipped = order.orderDate > order.exportDate ? order.orderDate : order.exportDate;
      const latest = addDays(DEMO_END, -60);
      const wanted = addDays(shipped, 10 + (k % 20));
      const requestedDate = wanted < latest ? wanted : latest;
      returns.push({
        id: newId(), orderId: order.id, lineId: line.id, rmaNo: `RMA-BENCH-${k}`, qty: 1, reason: RETURN_REASONS[k % RETURN_REASONS.length]!,
        grade: GRADES[k % GRADES.length]!, whereabouts: whereaboutsOf(status, { next: () => (k % 10) / 10 }), locationId: LOCATIONS[order.buyerCountry] ?? null,
        requestedDate, notes: '', status, history: demoHistory(status, requestedDate), batchId: null, ...RETURN_DEFAULTS,
        orderNo: order.orderNo, platform: order.platform, sku: line.sku, createdAt: at, updatedAt: at,
      });
    }
    const followed = followRecommendations(returns, byId, products, presets);
    const decisions = demoDecisions(followed, byId, products, presets, newId);
    await db.transaction('rw', [db.returns, db.decisions, db.batches], async () => {
      await Promise.all([db.returns.clear(), db.decisions.clear(), db.batches.clear()]);
      await db.returns.bulkPut(followed);
      await db.decisions.bulkPut(decisions);
    });
    return { orders: orders.length, returns: await db.returns.count(), decisions: await db.decisions.count() };
  });
}

document.querySelector<HTMLInputElement>('#raw-file')!.addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void rawImport(file);
});

/** How many orders the app's ledger holds. */
const orderCount = () => withDb(APP_DB, (db) => db.orders.count());

const api = { orderCount, resetForImport, prepareRaw, prepareRawInto, removeOrders, setRawFormat, rawResult: () => rawResult, seedReturns };
export type BenchHarness = typeof api;
(window as unknown as { hbBench: BenchHarness }).hbBench = api;
document.documentElement.dataset.ready = 'true';
