import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { texts } from '../e2e/pages/locale';
import { HeapSampler } from './heap-sampler';
import type { Probe } from './page-probe';
import { log, ms } from './stats';

/**
 * What only `--scale 10` asks of the browser (issue 17): memory. The renderer process (the page
 * and its workers: a dedicated worker runs in its page's process) is read from the kernel —
 * its peak resident set (VmHWM), reset before each step — and the page's JS heap from DevTools,
 * after a full garbage collection, as a user's long-open window holds it.
 */
const t = texts('en');
type Win = { hbProbe: Probe };
const PAGES = ['orders', 'returns', 'products', 'decide', 'requests', 'dashboard', 'data', 'settings'] as const;

/** The renderer processes of the browser that uses this profile (Linux /proc). */
function renderers(profile: string): number[] {
  const out: number[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // A zygote's child rewrites its title: the arguments come as one string, spaces between.
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      if (args.includes('--type=renderer') && args.includes(`--user-data-dir=${profile}`)) out.push(Number(pid));
    } catch {
      // The process ended while being read.
    }
  }
  return out;
}

const statusMb = (pid: number, field: 'VmHWM' | 'VmRSS'): number => {
  try {
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0;
  }
};

/** Resets the kernel's peak-RSS mark of every renderer (`echo 5 > clear_refs`), so the next read is this step's peak. */
export function resetRendererPeak(profile: string): void {
  for (const pid of renderers(profile)) {
    try { writeFileSync(`/proc/${pid}/clear_refs`, '5'); } catch { /* gone */ }
  }
}

/** The largest renderer's peak resident set since the last reset, in MB. */
export function rendererPeakMb(profile: string): number {
  return Math.max(0, ...renderers(profile).map((pid) => statusMb(pid, 'VmHWM')));
}

/** The page's JS heap in use after a full garbage collection, in MB. */
async function heapAfterGcMb(page: Page, context: BrowserContext): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return Math.round(usedSize / 2 ** 20);
  } finally {
    await cdp.detach();
  }
}

const waitMark = (page: Page, name: string, timeout: number) =>
  page.waitForFunction((n) => (window as unknown as Win).hbProbe?.marks[n] !== undefined, name, { timeout, polling: 100 });

/**
 * Opens every page from the navigation once, as a user's first morning would, waiting for
 * each to show its heading (and the dashboard its figures), then reads the page's JS heap
 * after a GC and the renderer's peak (target: heap < 600 MB at 1M orders).
 */
export async function everyPageItem(page: Page, context: BrowserContext, base: string, profile: string) {
  await page.goto(`${base}/#/orders`);
  await page.reload();
  await waitMark(page, 'interactive', 120_000);
  resetRendererPeak(profile);
  const sampler = await HeapSampler.start(context, page);
  const heapByPage: Record<string, number> = {};
  for (const name of PAGES) {
    const started = Date.now();
    await page.getByRole('navigation').getByRole('link', { name: t(`nav.${name}`) }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 120_000 });
    if (name === 'dashboard') await waitMark(page, 'dashFullPainted', 300_000);
    await page.waitForTimeout(1500);
    heapByPage[name] = await heapAfterGcMb(page, context);
    log(`every page: ${name} open (${ms(Date.now() - started)} ms), heap ${heapByPage[name]} MB`);
  }
  return {
    heap_after_every_page_mb: heapByPage.settings ?? 0, heap_by_page_mb: heapByPage, peak_js_heap_mb: await sampler.stop(), renderer_peak_rss_mb: rendererPeakMb(profile),
    covers: 'reload on the orders list, then every page of the navigation clicked once in order (the dashboard until all its figures show); heap: the page\'s JS heap after a full GC (DevTools); renderer_peak_rss_mb: the renderer process (page and its workers) at its peak, from the kernel',
  };
}

/** Data page → Back up now: the streamed backup's download, its size, time and the renderer's peak. */
async function backupOnce(page: Page, context: BrowserContext, profile: string) {
  await page.goto(`${base(page)}/#/data`);
  await page.getByRole('heading', { level: 1, name: t('nav.data') }).waitFor();
  resetRendererPeak(profile);
  const heap = await HeapSampler.start(context, page);
  const started = Date.now();
  let progressSeen = false;
  const watch = setInterval(() => { void page.locator('[data-testid="backup-progress"] progress').count().then((c) => { progressSeen ||= c > 0; }, () => undefined); }, 250);
  try {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 1_800_000 }), page.getByRole('button', { name: t('data:backup.create') }).click()]);
    const path = (await download.path())!;
    return { ms: Date.now() - started, path, peak: rendererPeakMb(profile), heap: await heap.stop(), workers: heap.workersSeen, progressSeen };
  } finally {
    clearInterval(watch);
  }
}

const base = (page: Page) => new URL(page.url()).origin;

/**
 * Restores the backup just written: choose the file (read and checked whole before anything
 * changes), confirm, and wait for the undo bar. The restore first backs up the ledger it
 * replaces (in the browser build that is kept in memory as the undo, not downloaded).
 */
async function restoreOnce(page: Page, context: BrowserContext, profile: string, file: string) {
  await page.goto(`${base(page)}/#/data`);
  await page.getByRole('heading', { level: 1, name: t('nav.data') }).waitFor();
  resetRendererPeak(profile);
  const heap = await HeapSampler.start(context, page);
  const started = Date.now();
  await page.getByLabel(t('data:backup.choose')).setInputFiles(file);
  await page.getByTestId('restore-preview').waitFor({ timeout: 1_800_000 });
  const checked = Date.now();
  const checkPeak = rendererPeakMb(profile);
  await page.getByRole('button', { name: t('data:backup.confirm') }).click();
  await page.locator('.data-undo').waitFor({ timeout: 3_600_000 });
  const written = Date.now();
  return { check_ms: checked - started, write_ms: written - checked, check_peak_rss_mb: checkPeak, peak: rendererPeakMb(profile), heap: await heap.stop(), workers: heap.workersSeen };
}

/** The whole ledger backed up and restored through the Data page, with memory (target: peak heap < 500 MB). */
export async function backupRestoreItem(page: Page, context: BrowserContext, profile: string, orders: () => Promise<number>) {
  const before = await orders();
  const backup = await backupOnce(page, context, profile);
  const size = readFileSync(backup.path).length;
  log(`backup: ${ms(backup.ms)} ms, ${Math.round(size / 2 ** 20)} MB, renderer peak ${backup.peak} MB, JS heap peak ${backup.heap} MB (${backup.workers} workers), progress shown ${backup.progressSeen}`);
  const restore = await restoreOnce(page, context, profile, backup.path);
  const after = await orders();
  log(`restore: checked in ${ms(restore.check_ms)} ms (peak ${restore.check_peak_rss_mb} MB), written in ${ms(restore.write_ms)} ms, renderer peak ${restore.peak} MB, JS heap peak ${restore.heap} MB (${restore.workers} workers); ${before} orders before, ${after} after`);
  return {
    backup_ms: ms(backup.ms), backup_mb: Math.round((size / 2 ** 20) * 10) / 10, backup_renderer_peak_rss_mb: backup.peak, backup_peak_js_heap_mb: backup.heap, backup_progress_visible: backup.progressSeen,
    restore_check_ms: ms(restore.check_ms), restore_write_ms: ms(restore.write_ms), restore_renderer_peak_rss_mb: restore.peak, restore_peak_js_heap_mb: restore.heap,
    orders_before: before, orders_after: after, restored_all: before === after,
    covers: 'Back up now → the .hbbackup download; then that file chosen for restore (read and verified whole: check), confirmed (the ledger before it backed up as the undo, then the one-transaction write: write). Memory: peak_js_heap: the page\'s and its workers\' JS heaps together (DevTools, sampled every 200 ms); renderer_peak_rss: the renderer process\'s peak resident set (kernel), Chromium\'s own memory included',
  };
}
