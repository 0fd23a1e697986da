import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppPage } from '../e2e/pages/app-page';

/**
 * What the crash specs share: a Chromium of their own on a persistent profile (so the ledger
 * outlives a kill), the main browser process found by that profile, a raw IndexedDB count,
 * and the 100,000-row Amazon report.
 */
export const ROWS = 100_000;
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(userDataDir: string, baseURL: string | undefined): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: EXECUTABLE, args: ARGS, headless: true, baseURL, viewport: { width: 1360, height: 860 } });
}

/**
 * The browser process Playwright started for this profile: its command line names the
 * profile and, unlike its renderer and GPU children, has no --type. (A persistent context
 * has no Browser object, so no `process()` to ask.)
 */
export function browserPid(userDataDir: string): number {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type='))) found.push(Number(entry));
  }
  if (found.length !== 1) throw new Error(`expected one browser process for ${userDataDir}, found ${found.length}`);
  return found[0]!;
}

export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z');
  } catch {
    return false;
  }
};

/** SIGKILL to the browser and every process it started (Playwright launches it as a group leader). */
export async function killHard(pid: number): Promise<void> {
  const group = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[2]);
  process.kill(group === pid ? -pid : pid, 'SIGKILL');
  await expect.poll(() => alive(pid), { timeout: 10_000 }).toBe(false);
}

/** Orders in the ledger, read with raw IndexedDB (no version: open whatever is there). */
export function countOrders(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('homebound');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const count = db.transaction('orders', 'readonly').objectStore('orders').count();
      count.onsuccess = () => { db.close(); resolve(count.result); };
      count.onerror = () => { db.close(); reject(count.error); };
    };
  }));
}

/**
 * Opens the app as a user would and checks it is usable: ready, and the Orders page shows.
 * Returns how long that took: the browser may first have to roll back a big transaction.
 */
export async function openApp(page: Page, timeout = 15_000): Promise<{ app: AppPage; ms: number }> {
  const started = Date.now();
  const app = new AppPage(page, 'en');
  await page.goto('/#/orders');
  await expect(page.locator('html[data-ready="true"]')).toBeAttached({ timeout });
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: app.t('nav.orders') })).toBeVisible();
  return { app, ms: Date.now() - started };
}

/** An Amazon All Orders report: one order per row, SKUs from the demo catalog so no defaults are needed. */
export function writeReport(dir: string): string {
  const header = 'amazon-order-id\tpurchase-date\torder-status\tproduct-name\tsku\tquantity\tcurrency\titem-price\tship-country';
  const skus = ['PC-IP15-CLR', 'LED-STRIP-5M', 'YOGA-MAT-6', 'TOY-BLK-500'];
  const rows = Array.from({ length: ROWS }, (_, i) => `205-${String(i).padStart(7, '0')}-4400000\t2026-04-05T21:06:21+00:00\tShipped\tItem ${i % 97}\t${skus[i % 4]}\t${1 + (i % 3)}\tUSD\t${(19.99 + (i % 50)).toFixed(2)}\tUS`);
  const file = join(dir, 'amazon-all-orders-100k.txt');
  writeFileSync(file, [header, ...rows].join('\n'), 'utf8');
  return file;
}

/**
 * Waits until the worker has written `fraction` of the rows inside its transaction (the
 * progress bar of the write phase) and returns how many; the caller interrupts at once.
 */
export async function waitForWrite(page: Page, fraction: number, bar = '.data-progress progress'): Promise<number> {
  const handle = await page.waitForFunction(({ fraction, rows, selector }) => {
    const bar = document.querySelector<HTMLProgressElement>(selector);
    return bar && bar.max === rows && bar.value >= rows * fraction && bar.value < rows ? bar.value : false;
  }, { fraction, rows: ROWS, selector: bar }, { polling: 10, timeout: 240_000 });
  return (await handle.jsonValue()) as number;
}

export interface Cut {
  before: number;
  after: number;
  /** How far the write had got when it was cut. */
  at: number;
  /** How long the app took to open again. */
  ms: number;
}
type Start = (context: BrowserContext) => Promise<{ page: Page; before: number }>;

/** Starts a long write on a fresh profile, closes its page once `cut` says, and opens the app again on the same profile. */
export async function cutByClosing(dir: string, baseURL: string | undefined, start: Start, cut: (page: Page) => Promise<number>, reopenMs: number): Promise<Cut> {
  const context = await launch(dir, baseURL);
  try {
    const { page, before } = await start(context);
    const at = await cut(page);
    await page.close({ runBeforeUnload: false });
    const again = await context.newPage();
    const { ms } = await openApp(again, reopenMs);
    return { before, after: await countOrders(again), at, ms };
  } finally {
    await context.close();
  }
}

/** The same, cut by SIGKILL to the whole browser, then a new browser on the same profile. */
export async function cutByKilling(dir: string, baseURL: string | undefined, start: Start, cut: (page: Page) => Promise<number>, reopenMs: number): Promise<Cut> {
  const context = await launch(dir, baseURL);
  const pid = browserPid(dir);
  let before: number;
  let at: number;
  try {
    const started = await start(context);
    before = started.before;
    at = await cut(started.page);
    await killHard(pid);
  } finally {
    await context.close().catch(() => {});
  }
  const reopened = await launch(dir, baseURL);
  try {
    const page = reopened.pages()[0] ?? (await reopened.newPage());
    const { ms } = await openApp(page, reopenMs);
    return { before, after: await countOrders(page), at, ms };
  } finally {
    await reopened.close();
  }
}
