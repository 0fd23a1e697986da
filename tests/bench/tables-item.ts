import type { Page } from '@playwright/test';
import { texts } from '../e2e/pages/locale';
import type { Probe } from './page-probe';
import { amazonOrderNo } from './browser';
import { log, median, ms } from './stats';

/**
 * The orders list as a table at 100,000 orders (issue 16): sort by a column without an index
 * (product name: the sort worker reads every order), filter by product name ("蓝牙": the
 * catalog's SKUs, then their index), then select all 100,000 (Ctrl+A) and export them. Each
 * step times click → rows on screen, and the longest main-thread task meanwhile (target: none
 * over 200 ms for sorting and filtering).
 */
const t = texts('en');
type Win = { hbProbe: Probe };

const now = (page: Page) => page.evaluate(() => performance.now());
const longest = (page: Page, since: number, until: number) => page.evaluate(([a, b]) =>
  Math.max(0, ...(window as unknown as Win).hbProbe.longTasks.filter((l) => l.start >= a && l.start <= b).map((l) => l.duration)), [since, until] as const);
const firstKey = (page: Page) => page.locator('.vtable-row[aria-rowindex="2"]').getAttribute('data-row-key');
const countText = (page: Page) => page.locator('.toolbar .muted').first().textContent();

/** The product cells on screen, in the Chinese collation's order? (the sort shown is the sort asked for) */
async function productsInOrder(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const col = [...document.querySelectorAll('[role="columnheader"]')].findIndex((h) => h.getAttribute('data-column') === 'product');
    const rows = [...document.querySelectorAll('.vtable-row')].sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
    const names = rows.map((r) => (r.querySelectorAll('[role="cell"]')[col]?.textContent ?? '').split('、')[0]!);
    return names.length > 5 && names.every((n, i) => i === 0 || names[i - 1]!.localeCompare(n, 'zh-CN', { numeric: true }) <= 0);
  });
}

async function once(page: Page, base: string, n: number) {
  await page.goto(`${base}/#/orders`);
  await page.reload();
  await page.waitForFunction((rows) => document.querySelector(`[role="table"][aria-rowcount="${rows + 1}"] .vtable-row`) !== null, n, { timeout: 120_000, polling: 50 });
  await page.waitForTimeout(1500);

  const before = await firstKey(page);
  let start = await now(page);
  await page.getByRole('columnheader', { name: t('ledger:column.product'), exact: true }).getByRole('button').click();
  await page.waitForFunction((key) => {
    const row = document.querySelector('.vtable-row[aria-rowindex="2"]');
    return row !== null && row.getAttribute('data-row-key') !== key;
  }, before, { timeout: 300_000, polling: 20 });
  let end = await now(page);
  const sortMs = end - start;
  const sortTask = await longest(page, start, end);
  const sorted = await productsInOrder(page);

  const all = await countText(page);
  start = await now(page);
  await page.getByRole('searchbox', { name: t('actions.search') }).fill('蓝牙');
  await page.waitForFunction((text) => document.querySelector('.toolbar .muted')?.textContent !== text && document.querySelector('.vtable-row') !== null, all, { timeout: 300_000, polling: 20 });
  end = await now(page);
  const filterMs = end - start;
  const filterTask = await longest(page, start, end);
  const matched = await countText(page);
  const filteredSorted = await productsInOrder(page);
  log(`tables: sort by product ${ms(sortMs)} ms (longest task ${ms(sortTask)} ms, in order: ${sorted}), filter "蓝牙" ${ms(filterMs)} ms (longest task ${ms(filterTask)} ms, ${matched}, in order: ${filteredSorted})`);
  return { sortMs, sortTask, filterMs, filterTask, sorted: sorted && filteredSorted, matched };
}

/**
 * Typing into the list's search box → the first matching rows on screen (target at a million
 * orders: < 300 ms), then the count, for an order number (its index), a SKU (a tenth of the
 * ledger matches) and a product name in Chinese (the catalog, then the SKUs' index). The longest
 * task runs to the count. Cleared between.
 */
async function searches(page: Page, base: string, n: number) {
  await page.goto(`${base}/#/orders`);
  await page.reload();
  await page.waitForFunction((rows) => document.querySelector(`[role="table"][aria-rowcount="${rows + 1}"] .vtable-row`) !== null, n, { timeout: 120_000, polling: 50 });
  await page.waitForTimeout(1500);
  const box = page.getByRole('searchbox', { name: t('actions.search') });
  const all = await countText(page);
  const out: Record<string, { ms: number; count_ms: number; longest_task_ms: number; first: string | null; shown: string | null }> = {};
  for (const [name, text] of [['order_no', amazonOrderNo(Math.floor(n / 2))], ['sku', 'YOGA-MAT-6'], ['product_name', '蓝牙']] as const) {
    const start = await now(page);
    await box.fill(text);
    await page.waitForFunction((was) => document.querySelector('.toolbar .muted')?.textContent !== was && document.querySelector('.vtable-row') !== null, all, { timeout: 300_000, polling: 10 });
    const end = await now(page);
    const first = await countText(page);
    // The first rows may come before the count ("40+ rows, counting…"): then the count.
    await page.waitForFunction(() => document.querySelector('.toolbar [data-counted="true"]') !== null, undefined, { timeout: 300_000, polling: 10 });
    const counted = await now(page);
    out[name] = { ms: ms(end - start), count_ms: ms(counted - start), longest_task_ms: ms(await longest(page, start, counted)), first, shown: await countText(page) };
    log(`search ${name} "${text}": ${ms(end - start)} ms to the first rows (${first}), ${ms(counted - start)} ms to the count (${out[name]!.shown})`);
    await box.fill('');
    await page.waitForFunction((was) => document.querySelector('.toolbar .muted')?.textContent === was, all, { timeout: 300_000, polling: 50 });
  }
  return out;
}

/** Select all 100,000 with Ctrl+A and export them: the toast must say every row was written. */
async function selectAllAndExport(page: Page, base: string, n: number) {
  await page.goto(`${base}/#/orders`);
  await page.reload();
  await page.waitForFunction((rows) => document.querySelector(`[role="table"][aria-rowcount="${rows + 1}"] .vtable-row`) !== null, n, { timeout: 120_000, polling: 50 });
  await page.locator('.vtable-row[aria-rowindex="2"]').click({ modifiers: ['ControlOrMeta'] });
  await page.keyboard.press('ControlOrMeta+a');
  const selected = await page.getByTestId('selected-count').textContent();
  const start = await now(page);
  await page.getByRole('button', { name: t('ledger:bulk.exportSelected') }).click();
  const toast = page.locator('.toast');
  await toast.filter({ hasText: /rows exported|failed/ }).waitFor({ timeout: 600_000 });
  const end = await now(page);
  const message = (await toast.textContent()) ?? '';
  const task = await longest(page, start, end);
  log(`tables: ${selected}; export ${ms(end - start)} ms, longest task ${ms(task)} ms: ${message}`);
  return { selected, export_ms: ms(end - start), export_longest_task_ms: ms(task), message, exported_all: message.startsWith(`${n} `) };
}

export async function tablesItem(page: Page, base: string, n: number, runs: number, scaleRun = false) {
  const out: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < runs; i++) out.push(await once(page, base, n));
  const m = (f: (o: (typeof out)[number]) => number) => ms(median(out.map(f)));
  return {
    sort_by_product_ms: m((o) => o.sortMs), sort_longest_task_ms: m((o) => o.sortTask), sort_worst_longest_task_ms: ms(Math.max(...out.map((o) => o.sortTask))),
    filter_by_product_name_ms: m((o) => o.filterMs), filter_longest_task_ms: m((o) => o.filterTask), filter_worst_longest_task_ms: ms(Math.max(...out.map((o) => o.filterTask))),
    rows_in_order: out.every((o) => o.sorted), filter_matched: out[0]?.matched,
    search_first_results: await searches(page, base, n),
    // A million rows go out through the desktop's streamed export, measured in Node (export item).
    select_all_export: scaleRun ? undefined : await selectAllAndExport(page, base, n),
    covers: 'click on the Product header → first row changed (sort worker over every order); typing 蓝牙 → filtered rows shown; Ctrl+A then Export selected → toast. Longest tasks: main thread, from the click to the rows shown',
  };
}
