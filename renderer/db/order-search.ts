import type { Collection, WhereClause } from 'dexie';
import type { HomeboundDb } from './database';
import type { OrderQuery } from './orders-repo';
import { ProductsRepo } from './products-repo';

/** Up to this many distinct keys, an any-case prefix search reads each key's orders in one request. */
const FEW_KEYS = 50;

type SearchIndex = 'orderNo' | 'waybillNo' | 'skus';

/** The id sets the filters and the search allow, each from its own index; none: all orders. */
export async function matchingSets(db: HomeboundDb, query: OrderQuery): Promise<Set<string>[]> {
  const q = query.search?.trim() ?? '';
  const keySet = async (keys: Promise<string[]>) => new Set(await keys);
  const sets = await Promise.all([
    query.platform ? keySet(db.orders.where('platform').equals(query.platform).primaryKeys()) : undefined,
    query.buyerCountry ? keySet(db.orders.where('buyerCountry').equals(query.buyerCountry).primaryKeys()) : undefined,
    q ? searching(db, q) : undefined,
  ]);
  return sets.filter((s): s is Set<string> => s !== undefined);
}

/**
 * A search hits the indexes a scanner or a person would type into: order no., waybill and
 * SKU prefixes (any case), exact barcodes, and the SKUs of the catalog's products whose name
 * (Chinese, English or pinyin initials) contains it. The SKUs found both ways are read once.
 */
async function searching(db: HomeboundDb, q: string): Promise<Set<string>> {
  const skus = Promise.all([prefixed(db, 'skus', q), new ProductsRepo(db).skusNamed(q)]).then(([found, named]) =>
    'keys' in found ? withKeys(db, 'skus', [...new Set([...found.keys, ...named])]) : withKeys(db, 'skus', named).then((ids) => [...found.ids, ...ids]));
  const found = await Promise.all([prefixKeys(db, 'orderNo', q), prefixKeys(db, 'waybillNo', q), skus, db.orders.where('barcodes').equals(q).primaryKeys() as Promise<string[]>]);
  return new Set(found.flat());
}

/** The orders whose key starts with `q`, in any case (see prefixed). */
export async function prefixKeys(db: HomeboundDb, index: SearchIndex, q: string): Promise<string[]> {
  const found = await prefixed(db, index, q);
  return 'ids' in found ? found.ids : withKeys(db, index, found.keys);
}

/**
 * The keys starting with `q` in any case, or the orders with them. Without letters, case
 * cannot matter: a plain key range is one getAllKeys(). With letters, Dexie's any-case match
 * walks a cursor over every matching order, a step each: seconds when a SKU that a tenth of a
 * million orders share matches. So the few distinct keys are found first (a step per key), for
 * each key's orders to be read in one request; many distinct keys (order nos.) are walked as before.
 */
async function prefixed(db: HomeboundDb, index: SearchIndex, q: string): Promise<{ keys: string[] } | { ids: string[] }> {
  const keys = caseless(q) ? undefined : await distinctKeys(db, index, q);
  if (!keys) return { ids: (await anyCasePrefix(db.orders.where(index), q).primaryKeys()) as string[] };
  return { keys };
}

/** Without letters, case cannot matter. */
const caseless = (q: string) => q.toLowerCase() === q.toUpperCase();

/** The rows whose key starts with `q` in any case: a plain key range (one getAllKeys()) when case cannot matter. */
export function anyCasePrefix<T, K, I>(where: WhereClause<T, K, I>, q: string): Collection<T, K, I> {
  return caseless(q) ? where.startsWith(q) : where.startsWithIgnoreCase(q);
}

/**
 * The distinct keys starting with `q` in any case, or undefined past FEW_KEYS keys in the
 * any-case range. A unique-key cursor (Dexie's `uniqueKeys()`) still steps over every order of
 * each key inside IndexedDB (0.85 s for a SKU 100,000 orders share); this cursor jumps from
 * each key straight to the next one. Dexie has no such jump, hence the native cursor.
 */
function distinctKeys(db: HomeboundDb, index: SearchIndex, q: string): Promise<string[] | undefined> {
  const lower = q.toLowerCase();
  // Every casing of `q` sorts between these two (code points: capitals first).
  const [first, last] = [q.toUpperCase(), `${lower}\uffff`];
  return new Promise((resolve, reject) => {
    const keys: string[] = [];
    let seen = 0;
    const request = db.backendDB().transaction('orders', 'readonly').objectStore('orders').index(index).openKeyCursor();
    request.onerror = () => reject(request.error ?? new Error(`could not read the ${index} index`));
    request.onsuccess = () => {
      const cursor = request.result;
      const key = cursor?.key as string | undefined;
      if (!cursor || key === undefined || key > last) return resolve(keys);
      if (key < first) return cursor.continue(first);
      if (key.toLowerCase().startsWith(lower)) keys.push(key);
      if (++seen > FEW_KEYS) return resolve(undefined);
      // The smallest string after `key`: its other orders are skipped in one seek.
      cursor.continue(`${key}\u0000`);
    };
  });
}

/** The orders with any of these keys: a request per key, where `anyOf` walks a cursor an order a step. */
async function withKeys(db: HomeboundDb, index: SearchIndex, keys: readonly string[]): Promise<string[]> {
  return (await Promise.all(keys.map((k) => db.orders.where(index).equals(k).primaryKeys() as Promise<string[]>))).flat();
}
