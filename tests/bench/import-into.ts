import type { Page } from '@playwright/test';
import type { BenchHarness, RawResult } from './harness/main';
import { amazonReport, appImport, openHarness } from './browser';
import { log, ms, ratio } from './stats';

/**
 * Scale 10's import (issue 17): 100,000 new rows (a tenth of the ledger) into the ledger of a million, every row
 * checked against it (an upsert on platform + order no.), beside the raw baseline: the same
 * file read and papaparsed, and the same records bulkPut into the same million-order ledger.
 * Afterwards the added orders are taken out again, so the pages that follow open a million.
 */
type Win = { hbBench: BenchHarness };

/** The Amazon report's order numbers of rows [from, to): "114-<1,000,000 + row>-…". */
const orderNoAt = (row: number) => `114-${1_000_000 + row}`;

export async function importIntoItem(page: Page, base: string, ledger: number, dir: string) {
  // A tenth of the ledger: 100,000 at a million.
  const ADDED = Math.round(ledger / 10);
  const file = amazonReport(ADDED, dir, ledger);
  // From another document, so the page's probe starts with no marks from the import before.
  await openHarness(page, base);
  const app = await appImport(page, base, file, ADDED);
  log(`import into ${ledger}: app ${ms(app.ms)} ms (check ${ms(app.checkMs)}, write ${ms(app.writeMs)}), longest task ${ms(app.longestTask)} ms`);
  await openHarness(page, base);
  const [from, to] = [orderNoAt(ledger), orderNoAt(ledger + ADDED)];
  const prepared = await page.evaluate(([a, b]) => (window as unknown as Win).hbBench.prepareRawInto(a, b), [from, to] as const);
  if (prepared.records !== ADDED || prepared.left !== ledger) throw new Error(`raw baseline: ${prepared.records} added orders found, ${prepared.left} left, expected ${ADDED} and ${ledger}`);
  await page.evaluate(() => (window as unknown as Win).hbBench.setRawFormat('utf-8', '\t'));
  await page.locator('#raw-file').setInputFiles(file);
  await page.waitForFunction(() => (window as unknown as Win).hbBench.rawResult() !== null, null, { timeout: 900_000, polling: 200 });
  const raw = (await page.evaluate(() => (window as unknown as Win).hbBench.rawResult())) as RawResult;
  if (raw.rows !== ADDED || raw.records !== ledger + ADDED) throw new Error(`raw import into ${ledger}: ${raw.rows} rows, ${raw.records} orders after, expected ${ADDED} and ${ledger + ADDED}`);
  const left = await page.evaluate(([a, b]) => (window as unknown as Win).hbBench.removeOrders(a, b), [from, to] as const);
  if (left !== ledger) throw new Error(`after the import item the ledger holds ${left} orders, expected ${ledger}`);
  log(`import into ${ledger}: raw ${ms(raw.ms)} ms (parse ${ms(raw.parseMs)}, bulkPut ${ms(raw.writeMs)})`);
  return {
    app_ms: ms(app.ms), raw_ms: ms(raw.ms), ratio: ratio(raw.ms / app.ms), rows: ADDED, ledger_orders: ledger,
    app_check_ms: ms(app.checkMs), app_write_ms: ms(app.writeMs), raw_parse_ms: ms(raw.parseMs), raw_write_ms: ms(raw.writeMs),
    raw_bulkput_only_ratio: ratio(raw.writeMs / app.ms), longest_task_ms: ms(app.longestTask), progress_visible: app.progressSeen,
    covers: 'app: file chosen → review shown (every row checked against the million orders) + confirm → done; raw: the same file read and papaparsed + bulkPut of the same 100,000 records into the same million-order ledger. raw_bulkput_only_ratio: against bulkPut alone',
  };
}
