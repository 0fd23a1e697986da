import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { restoreSettings } from '../../../shared/bridge/settings';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';

/** What the fake shell recorded of one automatic backup the page asked it to write. */
export interface WrittenBackup {
  schemaVersion: number;
  counts: Record<string, number>;
  orderNos: string[];
}

interface ShellWindow {
  desktopShell: { backups: WrittenBackup[]; failing: boolean };
}

/**
 * The Electron preload's side of the bridge, played in the browser: `window.desktop` with
 * kind 'electron', installed before the app's scripts run. Electron cannot be downloaded here,
 * so this is how the renderer's desktop-only paths (automatic backups) are driven end to end;
 * the main process's half (writing, rotating the folder) is unit-tested on its own.
 */
export class DesktopShell {
  constructor(readonly page: Page) {}

  static async install(page: Page, { failing = false } = {}): Promise<DesktopShell> {
    await page.addInitScript(({ settings, failing: fail }) => {
      const shell = { backups: [] as WrittenBackup[], failing: fail };
      const parts: Record<string, Blob[]> = {};
      (window as unknown as ShellWindow).desktopShell = shell;
      let current = settings;
      (window as unknown as { desktop: unknown }).desktop = {
        kind: 'electron',
        getSettings: async () => current,
        updateSettings: async (patch: object) => (current = { ...current, ...patch }),
        systemLocale: async () => navigator.language,
        saveFile: async () => ({ saved: false }),
        print: async () => undefined,
        openExternal: async () => false,
        onMenuCommand: () => () => undefined,
        onBackupRequest: () => () => undefined,
        autoBackupStatus: async () => ({ supported: true, folder: '/home/seller/Homebound/backups', last: null }),
        // Uploads as the shell takes them: slices appended, the whole read through when finished.
        beginUpload: async () => ({ upload: `upload-${shell.backups.length + 1}-${Date.now()}` }),
        appendUpload: async ({ upload, bytes }: { upload: string; bytes: Uint8Array }) => {
          if (shell.failing) throw new Error('ENOSPC: no space left on device');
          (parts[upload] ??= []).push(new Blob([bytes as Uint8Array<ArrayBuffer>]));
        },
        finishUpload: async ({ upload, abort }: { upload: string; abort?: boolean }) => {
          const blob = new Blob(parts[upload] ?? []);
          delete parts[upload];
          if (abort) return { saved: false };
          // A streamed backup: gzip JSON Lines, a header line then one line per record.
          const text = await new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();
          const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as { schemaVersion: number; counts: Record<string, number>; t?: string; r?: { orderNo: string } });
          shell.backups.push({ schemaVersion: lines[0]!.schemaVersion, counts: lines[0]!.counts, orderNos: lines.filter((l) => l.t === 'orders').map((l) => l.r!.orderNo).sort() });
          return { saved: true, path: `/home/seller/Homebound/backups/${shell.backups.length}.hbbackup`, at: new Date().toISOString() };
        },
      };
    }, { settings: restoreSettings({}), failing });
    return new DesktopShell(page);
  }

  backups(): Promise<WrittenBackup[]> {
    return this.page.evaluate(() => (window as unknown as ShellWindow).desktopShell.backups);
  }

  setFailing(failing: boolean): Promise<void> {
    return this.page.evaluate((f) => { (window as unknown as ShellWindow).desktopShell.failing = f; }, failing);
  }
}

/** Dexie's schema strings as raw IndexedDB stores and indexes: a database exactly as an older release left it. */
export async function plantLedger(page: Page, version: number, stores: Record<string, string | null>, records: Record<string, object[]>): Promise<void> {
  await page.evaluate(({ version: v, stores: s, records: r }) => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('homebound', v * 10);
    request.onupgradeneeded = () => {
      for (const [name, spec] of Object.entries(s)) {
        if (spec === null) continue;
        const [primary, ...indexes] = spec.split(',').map((x) => x.trim());
        const store = request.result.createObjectStore(name, { keyPath: primary });
        for (const index of indexes) {
          const unique = index.startsWith('&'), multiEntry = index.startsWith('*');
          const bare = index.replace(/^[&*]/, '');
          const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
          store.createIndex(bare, keyPath, { unique, multiEntry });
        }
        for (const record of r[name] ?? []) store.add(record);
      }
    };
    request.onsuccess = () => { request.result.close(); resolve(); };
    request.onerror = () => reject(request.error);
  }), { version, stores, records });
}

/** The native version IndexedDB reports for "homebound", read without opening it for writing. */
export function nativeVersion(page: Page): Promise<number | null> {
  return page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'homebound')?.version ?? null);
}

/** The version-1 ledger of tests/fixtures/db/v1.json. */
export const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8')) as { products: object[]; orders: { orderNo: string }[]; returns: object[] };

/** Plants the v1 ledger from a same-origin page that is not the app, before the app opens it. */
export async function plantV1(page: Page): Promise<void> {
  await page.route('**/plant.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>plant</title>' }));
  await page.goto('/plant.html');
  await plantLedger(page, 1, SCHEMA_VERSIONS[0]!.stores, v1);
  expect(await nativeVersion(page)).toBe(10);
}
