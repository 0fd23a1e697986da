import type { Collection, WhereClause } from 'dexie';
import type { HomeboundDb } from './database';
import type { OrderQuery } from './orders-repo';
import { ProductsRepo } from './products-repo';
import { NAMED_IN, ORDER_SEARCH, caseless, keyMatches, type OrderSearchKeys } from '../../shared/search/order-match';

/** Up to this many distinct keys, an any-case prefix search reads each key's orders in one request. */
export const FEW_KEYS = 50;

type SearchIndex = keyof OrderSearchKeys;

/**
 * The id sets the filters and the search allow, each from its own index; none: all orders.
 * `named`: the SKUs of the catalog's products the search names, when already read.
 */
export async function matchingSets(db: HomeboundDb, query: OrderQuery, named?: Promise<string[]>): Promise<Set<string>[]> {
  const q = query.search?.trim() ?? '';
  const keySet = async (keys: Promise<string[]>) => new Set(await keys);
  const sets = await Promise.all([
    query.platform ? keySet(db.orders.where('platform').equals(query.platform).primaryKeys()) : undefined,
    query.buyerCountry ? keySet(db.orders.where('buyerCountry').equals(query.buyerCountry).primaryKeys()) : undefined,
    q ? searching(db, q, named ?? skusNamed(db, q)) : undefined,
  ]);
  return sets.filter((s): s is Set<string> => s !== undefined);
}

/** The SKUs of the catalog's products whose name (Chinese, English or pinyin initials) contains `q`. */
export function skusNamed(db: HomeboundDb, q: string): Promise<string[]> {
  return new ProductsRepo(db).skusNamed(q);
}

/**
 * A search hits the keys ORDER_SEARCH names, each through its index (prefixes in any case,
 * exact keys), and the catalog's SKUs found by name (`named`) in theirs, read once with the
 * SKUs found by prefix.
 */
async function searching(db: HomeboundDb, q: string, named: Promise<string[]>): Promise<Set<string>> {
  const found = await Promise.all(ORDER_SEARCH.map(async ([index, how]) => {
    if (how === 'exact') return db.orders.where(index).equals(q).primaryKeys() as Promise<string[]>;
    const [hit, extra] = await Promise.all([prefixed(db, index, q), index === NAMED_IN ? named : []]);
    return 'keys' in hit ? withKeys(db, index, [...new Set([...hit.keys, ...extra])]) : [...hit.ids, ...(await withKeys(db, index, extra))];
  }));
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
      if (keyMatches(key, q, 'prefix')) keys.push(key);
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
