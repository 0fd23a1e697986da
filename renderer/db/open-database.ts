import type { DexieOptions } from 'dexie';
import { HomeboundDb } from './database';
import { readLedgerAsStored, type BeforeUpgrade } from './pre-upgrade';
import { CURRENT_SCHEMA_VERSION } from './schema-versions';

/**
 * Opens the ledger before any page may touch it, and says plainly why when it cannot.
 *
 * Dexie 4 does NOT refuse a database newer than the app: on VersionError it silently reopens
 * without a version, and if the stored schema differs it "patches" it (adds stores and
 * indexes, bumps the native version). An older Homebound would then write old-shape records
 * into a newer ledger. So the installed version is read first, without opening the database
 * in a way that could create or upgrade it, and a newer one is never handed to Dexie.
 * The third case, another tab holding an older connection open, is not a failure: the open
 * waits, and onBlocked lets the caller say so meanwhile.
 */
export type OpenResult =
  | { ok: true; db: HomeboundDb }
  | { ok: false; reason: 'newer'; storedVersion: number; supportedVersion: number }
  | { ok: false; reason: 'unavailable'; detail: string }
  /** The backup before an upgrade failed, so the upgrade did not run; `proceed` upgrades without one. */
  | { ok: false; reason: 'backupFailed'; detail: string; proceed: () => Promise<OpenResult> };

export interface OpenOptions {
  name?: string;
  /** Injected in tests (fake-indexeddb); the page's own IndexedDB otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Called when another tab or window holds an older connection open and the upgrade waits. */
  onBlocked?: () => void;
  /** Receives the ledger as stored before a schema upgrade runs (the desktop app backs it up). */
  beforeUpgrade?: BeforeUpgrade;
  /** Called as a schema upgrade starts: one that reads every order takes minutes at a million. */
  onUpgrading?: () => void;
}

/** Dexie stores schema version v as native IndexedDB version v × 10 (plus 1 after a patch). */
export const toSchemaVersion = (nativeVersion: number): number => Math.floor(nativeVersion / 10);

export async function openDatabase(options: OpenOptions = {}): Promise<OpenResult> {
  const name = options.name ?? 'homebound';
  const factory = options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  if (!factory) return { ok: false, reason: 'unavailable', detail: 'IndexedDB is not available' };

  let installed: number | null;
  try {
    installed = await installedVersion(factory, name);
  } catch (error) {
    return { ok: false, reason: 'unavailable', detail: describe(error) };
  }
  if (installed !== null && toSchemaVersion(installed) > CURRENT_SCHEMA_VERSION) return newer(installed);

  const deps: DexieOptions = { indexedDB: factory, IDBKeyRange: options.IDBKeyRange ?? globalThis.IDBKeyRange };
  const from = installed === null ? null : toSchemaVersion(installed);
  const upgrading = from !== null && from < CURRENT_SCHEMA_VERSION;
  if (options.beforeUpgrade && upgrading && from >= 1) {
    try {
      await options.beforeUpgrade(await readLedgerAsStored(name, deps, from));
    } catch (error) {
      return { ok: false, reason: 'backupFailed', detail: describe(error), proceed: () => openDatabase({ ...options, beforeUpgrade: undefined }) };
    }
  }
  if (upgrading) options.onUpgrading?.();
  const db = new HomeboundDb(name, deps);
  if (options.onBlocked) db.on('blocked', options.onBlocked);
  try {
    await db.open();
  } catch (error) {
    db.close();
    // A newer release may have upgraded the ledger between the check above and this open.
    if (errorName(error) === 'VersionError') return newer((await installedVersion(factory, name).catch(() => null)) ?? 0);
    return { ok: false, reason: 'unavailable', detail: describe(error) };
  }
  const opened = db.backendDB().version;
  if (toSchemaVersion(opened) > CURRENT_SCHEMA_VERSION) {
    // Same race, caught after the fact: stop before the app writes anything.
    db.close();
    return newer(opened);
  }
  return { ok: true, db };
}

function newer(nativeVersion: number): OpenResult {
  return { ok: false, reason: 'newer', storedVersion: toSchemaVersion(nativeVersion), supportedVersion: CURRENT_SCHEMA_VERSION };
}

/**
 * The native version of an existing database, or null when there is none. Prefers
 * indexedDB.databases(), which opens nothing; otherwise opens without a version and aborts
 * the upgrade that a missing database would trigger, so probing never creates one.
 */
export async function installedVersion(factory: IDBFactory, name: string): Promise<number | null> {
  if (typeof factory.databases === 'function') {
    const list = await factory.databases();
    return list.find((info) => info.name === name)?.version ?? null;
  }
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = (event) => {
      if (created) {
        // Aborting the creating upgrade is how "there is no such database" looks here.
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error('could not read the database version'));
    };
  });
}

function errorName(error: unknown): string {
  const named = error as { name?: unknown; inner?: { name?: unknown } } | null;
  const inner = named?.inner?.name;
  return typeof inner === 'string' && inner ? inner : typeof named?.name === 'string' ? named.name : '';
}

function describe(error: unknown): string {
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  // A plain Error's name says nothing; a DOMException's (QuotaExceededError…) says what went wrong.
  return name && name !== 'Error' && !message.startsWith(name) ? `${name}: ${message}` : message;
}
