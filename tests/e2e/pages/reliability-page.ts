import { expect, type Page } from '@playwright/test';
import { texts, type Lang } from './locale';

/** What IndexedDB holds for "homebound", read with the raw API so the app's code is not involved. */
export interface DbSnapshot {
  version: number;
  stores: string[];
  future: unknown[];
}

/**
 * The startup refusal screens and the Settings storage card. Plants databases with the raw
 * IndexedDB API, as a newer Homebound (or another tab) would leave them.
 */
export class ReliabilityPage {
  readonly t: ReturnType<typeof texts>;

  constructor(readonly page: Page, readonly lang: Lang) {
    this.t = texts(lang);
  }

  /**
   * Upgrades "homebound" to native version 990 (Dexie 99) with a store this build has never
   * heard of, and one record in it. The open app's Dexie closes itself on versionchange.
   */
  async plantFutureDatabase(): Promise<DbSnapshot> {
    await this.page.evaluate(() => new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('homebound', 990);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('future', { keyPath: 'id' }).add({ id: 'f1', amountFen: 4_200, by: 'Homebound 99' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked: the app did not let go of the database'));
    }));
    return this.snapshot();
  }

  /**
   * Plays a stale tab: opens "homebound" at an older native version (1) and ignores requests to
   * let go, until release() is evaluated. `page` must be on the app's origin but not the app.
   */
  static async holdOldConnection(page: Page): Promise<void> {
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('homebound', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('products', { keyPath: 'id' });
      request.onsuccess = () => {
        const db = request.result;
        (window as unknown as { releaseHomebound: () => void }).releaseHomebound = () => db.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    }));
  }

  /**
   * Holds the app's own open of the ledger (the one with a version) back `ms`, so what the
   * window shows meanwhile can be checked: an upgrade of a few orders is instant, of a million
   * minutes. Call before the app loads.
   */
  async holdAppOpen(ms: number): Promise<void> {
    await this.page.addInitScript((delay) => {
      const realOpen = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        if (version === undefined) return realOpen.call(this, name);
        const handlers: Record<string, unknown> = {};
        let real: IDBOpenDBRequest | undefined;
        const held = {} as IDBOpenDBRequest;
        for (const event of ['success', 'error', 'blocked', 'upgradeneeded']) {
          Object.defineProperty(held, `on${event}`, { get: () => handlers[event], set: (f: unknown) => { handlers[event] = f; if (real) Object.assign(real, { [`on${event}`]: f }); } });
        }
        for (const field of ['result', 'transaction', 'error', 'readyState', 'source']) Object.defineProperty(held, field, { get: () => real?.[field as keyof IDBOpenDBRequest] });
        setTimeout(() => {
          real = realOpen.call(this, name, version);
          for (const [event, f] of Object.entries(handlers)) Object.assign(real, { [`on${event}`]: f });
        }, delay);
        return held;
      };
    }, ms);
  }

  static release(page: Page): Promise<void> {
    return page.evaluate(() => (window as unknown as { releaseHomebound: () => void }).releaseHomebound());
  }

  snapshot(): Promise<DbSnapshot> {
    return this.page.evaluate(() => new Promise<DbSnapshot>((resolve, reject) => {
      const request = indexedDB.open('homebound');
      request.onsuccess = () => {
        const db = request.result;
        const stores = [...db.objectStoreNames].sort();
        const read = db.transaction('future').objectStore('future').getAll();
        read.onsuccess = () => {
          db.close();
          resolve({ version: db.version, stores, future: read.result });
        };
      };
      request.onerror = () => reject(request.error);
    }));
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.page.locator('html[data-ready="true"]')).toBeAttached();
  }

  refusal() {
    return this.page.getByRole('alert');
  }

  storageCard() {
    return this.page.getByTestId('storage-card');
  }

  /** A locale template as a pattern: "{{used}} used of {{quota}}" → /.+ used of .+/. */
  pattern(key: string): RegExp {
    const template = this.t(key, { used: '\u0000', quota: '\u0000' });
    return new RegExp(template.split('\u0000').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\S.*'));
  }
}
