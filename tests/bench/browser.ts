import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { texts } from '../e2e/pages/locale';
import type { BenchHarness, RawResult } from './harness/main';
import { erpCase } from './erp-import';
import { installProbe, scrollList, type Probe, type ScrollResult } from './page-probe';
import { log, median, ms, ratio } from './stats';
import { importIntoItem } from './import-into';
import { backupRestoreItem, everyPageItem } from './scale-items';
import { tablesItem } from './tables-item';
import { writeRows } from './write-rows';

/**
 * The browser half of `npm run bench`: the built web app in Debian's Chromium, driven as a
 * user drives it (choose the file, confirm, open a page), with a persistent profile so
 * IndexedDB is on disk as in the desktop app. Timings are read from the page's own clock.
 */
const t = texts('en');
type Win = { hbBench: BenchHarness; hbProbe: Probe };
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SKUS = ['PC-IP15-CLR', 'LED-STRIP-5M', 'YOGA-MAT-6', 'TOY-BLK-500', 'CUP-THM-500', 'SHOE-RUN-42', 'EAR-BT5-WHT', 'BAG-BKP-20L', 'WTC-SMT-02', 'SOCK-CTN-5P'];
/** Ship-to country and its currency: a unified account's report, mostly US. */
const MARKETS = [['US', 'USD'], ['US', 'USD'], ['US', 'USD'], ['CA', 'CAD'], ['MX', 'MXN'], ['GB', 'GBP'], ['DE', 'EUR'], ['JP', 'JPY']] as const;

/** An Amazon All Orders report (tab-separated, as Seller Central downloads it) of `n` orders. */
/** Row i's Amazon order number, 114-1000000-0000000 style. */
export const amazonOrderNo = (i: number) => `114-${String(1_000_000 + i).padStart(7, '0')}-${String((i * 7919) % 10_000_000).padStart(7, '0')}`;

/** `from`: the first row's number, so a later file adds orders the ledger does not hold yet. */
export function amazonReport(n: number, dir: string, from = 0): string {
  const header = 'amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tproduct-name\tsku\tasin\tquantity\tcurrency\titem-price\titem-tax\tship-city\tship-state\tship-postal-code\tship-country';
  const row = (i: number) => {
    // A whole past year: the ledger refuses an order dated more than a day ahead.
    const day = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const sku = SKUS[i % SKUS.length]!;
    const qty = 1 + (i % 3);
    const [country, currency] = MARKETS[i % MARKETS.length]!;
    const price = currency === 'JPY' ? String(qty * 2999) : (qty * 19.99).toFixed(2);
    return [amazonOrderNo(i), '', `${day}T${String(i % 24).padStart(2, '0')}:06:21+00:00`, `${day}T23:00:00+00:00`,
      'Shipped', 'Merchant', `Homebound bench item ${sku}`, sku, `B0${String(i % 99_999_999).padStart(8, '0')}`, qty, currency, price, '0.00', 'Seattle', 'WA', '98101', country].join('\t');
  };
  return writeRows(join(dir, `amazon-all-orders-${from}-${n}.txt`), header, n, (i) => row(from + i), '\n');
}

async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as Win).hbProbe);
}

async function waitMark(page: Page, name: string, timeout: number): Promise<number> {
  await page.waitForFunction((n) => (window as unknown as Win).hbProbe?.marks[n] !== undefined, name, { timeout, polling: 100 });
  return (await probe(page)).marks[name]!;
}

/** The import's step finished, or the page shows why it did not (a refusal, a crash, a cancel). */
async function untilMarkOrAlert(page: Page, name: string): Promise<void> {
  const alert = '.data-import [role="alert"]';
  await page.waitForFunction(([n, a]) => (window as unknown as Win).hbProbe?.marks[n] !== undefined || document.querySelector(a) !== null, [name, alert] as const, { timeout: 900_000, polling: 250 });
  if (await page.locator(alert).count()) throw new Error(`import stopped: ${await page.locator(alert).textContent()}`);
}

export async function openHarness(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/__bench/index.html`);
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

export async function appImport(page: Page, base: string, file: string, n: number) {
  await page.goto(`${base}/#/data`);
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await page.getByRole('heading', { level: 1, name: t('nav.data') }).waitFor();
  await page.getByLabel(t('data:import.choose')).setInputFiles(file);
  await untilMarkOrAlert(page, 'summary');
  const summary = (await page.getByTestId('import-summary').textContent())?.trim();
  const wanted = t('data:import.summary', { added: n, updated: 0, unchanged: 0, rejected: 0 });
  if (summary !== wanted) throw new Error(`import check said "${summary}", expected "${wanted}"`);
  await page.getByRole('button', { name: t('data:import.confirm', { count: n }) }).click();
  await untilMarkOrAlert(page, 'done');
  const p = await probe(page);
  const { fileChosen = 0, summary: checked = 0, done = 0, click = 0 } = p.marks;
  const during = p.longTasks.filter((l) => l.start >= fileChosen && l.start <= done);
  return { ms: checked - fileChosen + (done - click), checkMs: checked - fileChosen, writeMs: done - click, longestTask: Math.max(0, ...during.map((l) => l.duration)), progressSeen: p.progressSeen };
}

async function rawImport(page: Page, base: string, file: string, n: number, format: ImportCase['raw']): Promise<RawResult> {
  await openHarness(page, base);
  await page.evaluate(([e, d]) => (window as unknown as Win).hbBench.setRawFormat(e, d), [format.encoding, format.delimiter] as const);
  const records = await page.evaluate(() => (window as unknown as Win).hbBench.prepareRaw());
  if (records !== n) throw new Error(`the app's import stored ${records} orders, expected ${n}`);
  await page.locator('#raw-file').setInputFiles(file);
  await page.waitForFunction(() => (window as unknown as Win).hbBench.rawResult() !== null, null, { timeout: 600_000, polling: 200 });
  const raw = (await page.evaluate(() => (window as unknown as Win).hbBench.rawResult()))!;
  if (raw.records !== n || raw.rows !== n) throw new Error(`raw import: ${raw.rows} rows, ${raw.records} records, expected ${n}`);
  return raw;
}

/** A file to import and how the raw baseline reads it; `prepare` runs on the app's origin before each app import. */
export interface ImportCase {
  file: string;
  raw: { encoding: string; delimiter: string };
  prepare?: (page: Page) => Promise<void>;
}

/** App import then raw import, `runs` times; a failed app import is retried after `recover` (a rebuild). */
export async function importItem(page: Page, base: string, n: number, runs: number, recover: () => Promise<void>, c: ImportCase) {
  const file = c.file;
  const app: Awaited<ReturnType<typeof appImport>>[] = [];
  const raw: RawResult[] = [];
  let failures = 0;
  while (app.length < runs) {
    await openHarness(page, base);
    await page.evaluate(() => (window as unknown as Win).hbBench.resetForImport());
    await c.prepare?.(page);
    try {
      app.push(await appImport(page, base, file, n));
    } catch (error) {
      if (++failures > 3) throw error;
      log(`app import failed (${(error as Error).message.split('\n')[0]}); the import code may be mid-change: retrying in 60 s after a rebuild`);
      await page.goto('about:blank');
      await new Promise((r) => setTimeout(r, 60_000));
      await recover();
      continue;
    }
    raw.push(await rawImport(page, base, file, n, c.raw));
    log(`import run ${app.length}: app ${ms(app.at(-1)!.ms)} ms (check ${ms(app.at(-1)!.checkMs)}, write ${ms(app.at(-1)!.writeMs)}), raw ${ms(raw.at(-1)!.ms)} ms, longest task ${ms(app.at(-1)!.longestTask)} ms`);
  }
  const a = median(app.map((r) => r.ms)), r = median(raw.map((x) => x.ms));
  return {
    import_100k: {
      app_ms: ms(a), raw_ms: ms(r), ratio: ratio(r / a), rows: n, app_check_ms: ms(median(app.map((x) => x.checkMs))), app_write_ms: ms(median(app.map((x) => x.writeMs))),
      raw_parse_ms: ms(median(raw.map((x) => x.parseMs))), raw_write_ms: ms(median(raw.map((x) => x.writeMs))), progress_visible: app.every((x) => x.progressSeen), retries: failures,
    },
    import_longest_task_ms: ms(median(app.map((x) => x.longestTask))),
  };
}

async function dashboardItem(page: Page, base: string, runs: number) {
  // The first visit reads everything; reloads also find the decision facts kept from the visit before.
  await page.goto(`${base}/#/dashboard`);
  const firstFull = await waitMark(page, 'dashFullPainted', 120_000);
  const firstChart = (await probe(page)).marks.chartPainted ?? -1;
  log(`dashboard first visit: first chart ${ms(firstChart)} ms, all figures ${ms(firstFull)} ms`);
  const out: { chart: number; full: number; ready: number; app: number }[] = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    const chart = await waitMark(page, 'chartPainted', 120_000);
    const full = await waitMark(page, 'dashFullPainted', 120_000);
    const ready = await page.evaluate(() => performance.getEntriesByName('homebound:dashboard-ready')[0]?.startTime ?? -1);
    const app = (await probe(page)).marks.appReady ?? -1;
    out.push({ chart, full, ready, app });
    log(`dashboard run ${i + 1}: app ready ${ms(app)} ms, first chart ${ms(chart)} ms, all figures ${ms(full)} ms`);
  }
  // Opening it from the running app: the window starts on the orders list, a user clicks
  // Dashboard a couple of seconds later (the pointer lands on the link and clicks at once).
  const clicks: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${base}/#/orders`);
    await page.reload();
    await waitMark(page, 'interactive', 120_000);
    await page.waitForTimeout(2000);
    await page.getByRole('navigation').getByRole('link', { name: t('nav.dashboard') }).click();
    await waitMark(page, 'chartPainted', 120_000);
    const { click = 0, chartPainted = 0 } = (await probe(page)).marks;
    clicks.push(chartPainted - click);
    log(`dashboard from the orders list, run ${i + 1}: first chart ${ms(chartPainted - click)} ms after the click`);
    await waitMark(page, 'dashFullPainted', 120_000);
  }
  const m = (f: (o: (typeof out)[number]) => number) => ms(median(out.map(f)));
  return {
    first_chart_ms: m((o) => o.chart), all_figures_ms: m((o) => o.full), app_ready_ms: m((o) => o.app), dashboard_ready_mark_ms: m((o) => o.ready),
    first_visit_chart_ms: ms(firstChart), first_visit_all_figures_ms: ms(firstFull),
    from_orders_list_click_first_chart_ms: ms(median(clicks)),
  };
}

async function openItem(page: Page, base: string, runs: number) {
  await page.goto(`${base}/#/orders`);
  await waitMark(page, 'interactive', 120_000);
  const out: { interactive: number; rows: number; app: number; wheel: ScrollResult; drag: ScrollResult }[] = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    const interactive = await waitMark(page, 'interactive', 120_000);
    const { rows = -1, appReady: app = -1 } = (await probe(page)).marks;
    await page.waitForTimeout(500);
    const wheel = await page.evaluate(scrollList, [180, 400] as const);
    const drag = await page.evaluate(scrollList, [90, 1200] as const);
    out.push({ interactive, rows, app, wheel, drag });
    log(`open run ${i + 1}: rows shown ${ms(rows)} ms, interactive ${ms(interactive)} ms, worst frame ${ms(wheel.worst)} ms (p95 ${ms(wheel.p95)}) over ${wheel.frames} frames, dragging ${ms(drag.worst)} ms`);
  }
  const m = (f: (o: (typeof out)[number]) => number) => ms(median(out.map(f)));
  return {
    interactive_ms: m((o) => o.interactive), worst_frame_ms: m((o) => o.wheel.worst),
    rows_shown_ms: m((o) => o.rows), app_ready_ms: m((o) => o.app), p95_frame_ms: m((o) => o.wheel.p95), scroll_longest_task_ms: m((o) => o.wheel.longestTask),
    scrollbar_drag_worst_frame_ms: m((o) => o.drag.worst), scrollbar_drag_p95_frame_ms: m((o) => o.drag.p95),
  };
}

/** The ledger a user who just imported has, plus returns and decisions at a peak's scale (a fifth of the orders). */
async function seedReturns(page: Page, base: string, n: number) {
  log('adding returns and decisions to the imported orders for the dashboard');
  await openHarness(page, base);
  const seeded = await page.evaluate((r) => (window as unknown as Win).hbBench.seedReturns(r), Math.round(n / 5));
  if (seeded.orders !== n) throw new Error(`the ledger holds ${seeded.orders} orders, expected ${n}`);
  log(`seeded ${seeded.orders} orders, ${seeded.returns} returns, ${seeded.decisions} decisions`);
  return seeded;
}

/**
 * Scale 10 (a million orders): the ledger is built once through the app's import (timed, no
 * raw run beside it); the import item is then 100,000 new rows into it; the ERP format's ratio
 * is a scale-1 item. Memory items only here: every page opened once, backup and restore.
 */
async function scaledItems(page: Page, context: BrowserContext, base: string, n: number, runs: number, only: (item: string) => boolean, dir: string) {
  // A kept profile (BENCH_PROFILE) that already holds this ledger skips building it.
  const kept = join(dir, `seeded-${n}.json`);
  const reused = existsSync(kept) ? (JSON.parse(readFileSync(kept, 'utf8')) as { seed_import: object; ledger: Awaited<ReturnType<typeof seedReturns>> }) : undefined;
  if (reused) log(`ledger of ${n} reused from the kept profile ${dir}`);
  let seed_import = reused?.seed_import;
  if (!reused) {
    await openHarness(page, base);
    await page.evaluate(() => (window as unknown as Win).hbBench.resetForImport());
    const seed = await appImport(page, base, amazonReport(n, dir), n);
    log(`ledger of ${n} built through the app's import: ${ms(seed.ms)} ms (check ${ms(seed.checkMs)}, write ${ms(seed.writeMs)}), longest task ${ms(seed.longestTask)} ms`);
    seed_import = { app_ms: ms(seed.ms), app_check_ms: ms(seed.checkMs), app_write_ms: ms(seed.writeMs), longest_task_ms: ms(seed.longestTask), rows: n };
  }
  const into = only('import') ? await importIntoItem(page, base, n, dir) : undefined;
  const ledger = reused?.ledger ?? await seedReturns(page, base, n);
  if (process.env.BENCH_PROFILE && !reused) writeFileSync(kept, JSON.stringify({ seed_import, ledger }));
  const dashboard = only('dashboard') ? await dashboardItem(page, base, runs) : undefined;
  const open = only('open') ? await openItem(page, base, runs) : undefined;
  const tables = only('tables') ? await tablesItem(page, base, n, runs, true) : undefined;
  const profile = join(dir, 'profile');
  const every_page = only('open') ? await everyPageItem(page, context, base, profile) : undefined;
  const countOrders = async () => { await openHarness(page, base); return page.evaluate(() => (window as unknown as Win).hbBench.orderCount()); };
  const backup = only('backup') ? await backupRestoreItem(page, context, profile, countOrders) : undefined;
  return { import_100k: undefined, import_longest_task_ms: undefined, import_erp_100k: undefined, import_into_ledger: into, seed_import, dashboard, open, tables, every_page, backup, ledger };
}

/** `only` (BENCH_ONLY) picks items; without 'import' the orders are imported once, untimed against raw. */
export async function browserItems(base: string, n: number, runs: number, recover: () => Promise<void>, only: (item: string) => boolean = () => true, scaleRun = false) {
  // BENCH_PROFILE=<dir> (with a fixed BENCH_PORT, the ledger's origin): a profile kept between
  // runs, so working on one scale-10 item does not rebuild the million orders each time.
  // The restore item replaces the ledger with its own backup, which leaves it as it was.
  const keep = process.env.BENCH_PROFILE;
  if (keep) mkdirSync(keep, { recursive: true });
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'hb-bench-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS,
      viewport: { width: 1360, height: 860 }, locale: 'en-US', acceptDownloads: true,
    });
    await context.addInitScript(installProbe, n);
    // BENCH_PROFILE_PORT: the kept profile's ledger belongs to that port's origin (IndexedDB
    // records its origin inside): the pages are opened there, and served from this run's port.
    const origin = process.env.BENCH_PROFILE_PORT;
    if (keep && origin && !base.endsWith(`:${origin}`)) {
      const served = base;
      base = `http://127.0.0.1:${origin}`;
      await context.route(`${base}/**`, async (route) => route.fulfill({ response: await route.fetch({ url: route.request().url().replace(base, served) }) }));
    }
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(120_000);
    if (scaleRun) return await scaledItems(page, context, base, n, runs, only, dir);
    const erp = only('import_erp') ? await importItem(page, base, n, runs, recover, erpCase(n, dir)) : undefined;
    const import_erp_100k = erp ? { ...erp.import_100k, longest_task_ms: erp.import_longest_task_ms } : undefined;
    if (!['import', 'dashboard', 'open', 'tables'].some(only)) return { import_erp_100k, import_100k: undefined, import_longest_task_ms: undefined, dashboard: undefined, open: undefined, tables: undefined, ledger: undefined };
    const imported = await importItem(page, base, n, only('import') ? runs : 1, recover, { file: amazonReport(n, dir), raw: { encoding: 'utf-8', delimiter: '\t' } });
    // The imported orders stay: the dashboard and the orders list open the ledger a user who
    // just imported has, plus returns and decisions at a peak's scale.
    const seeded = await seedReturns(page, base, n);
    const dashboard = only('dashboard') ? await dashboardItem(page, base, runs) : undefined;
    const open = only('open') ? await openItem(page, base, runs) : undefined;
    const tables = only('tables') ? await tablesItem(page, base, n, runs) : undefined;
    return { ...imported, import_erp_100k, dashboard, open, tables, ledger: seeded };
  } finally {
    await context?.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
