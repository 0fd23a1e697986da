import { decodeDecisions, encodeDecisions, type DecisionFact } from '../../../shared/dashboard';

/**
 * The decision facts of the last visit, so the savings chart can paint on the next one
 * before the decisions are read again. Kept in the browser's Cache Storage: not in the
 * ledger's IndexedDB (its schema is the ledger's), not in localStorage (which the browser
 * loads whole at every start). Stamped with decisionsStamp (renderer/db/dashboard-sources).
 * Anything unavailable or unreadable simply means no copy; the worker's read shows the figures.
 */
const CACHE = 'homebound-dashboard';
const keyOf = (dbName: string) => `https://homebound.invalid/dashboard/${encodeURIComponent(dbName)}/decisions`;
const STAMP = 'x-homebound-stamp';

export interface DecisionMemo {
  stamp: string;
  decisions: DecisionFact[];
}

async function entry(dbName: string): Promise<Response | undefined> {
  if (typeof caches === 'undefined') return undefined;
  return (await caches.open(CACHE)).match(keyOf(dbName));
}

/** Header values must be Latin-1; ids come from the ledger, so they are escaped. */
const stampOf = (res: Response | undefined) => {
  const value = res?.headers.get(STAMP);
  return value ? decodeURIComponent(value) : null;
};

export async function readMemo(dbName: string): Promise<DecisionMemo | null> {
  const res = await entry(dbName);
  const stamp = stampOf(res);
  if (!res || !stamp) return null;
  const decisions = decodeDecisions(await res.json());
  return decisions ? { stamp, decisions } : null;
}

/** The stamp of the copy kept, without reading the copy. */
export async function memoStamp(dbName: string): Promise<string | null> {
  return stampOf(await entry(dbName));
}

export async function writeMemo(dbName: string, stamp: string, decisions: readonly DecisionFact[]): Promise<void> {
  if (typeof caches === 'undefined') return;
  const body = JSON.stringify(encodeDecisions(decisions));
  await (await caches.open(CACHE)).put(keyOf(dbName), new Response(body, { headers: { 'content-type': 'application/json', [STAMP]: encodeURIComponent(stamp) } }));
}
