import type { Page } from '@playwright/test';
import type { BenchHarness, RawResult } from './harness/main';
import { amazonReport, appImport, openHarness } from './browser';
import { log, ms, ratio } from './stats';

/**
 * Scale 10's import (issue 17): 100,000 new rows (a tenth of the ledger) into the ledger of a million, every row
 * checked against it (an upsert on platform + order no.), beside the raw baseline: the same
 * file read and papaparsed, and the same records bulkPut into the same million-order ledger.
 *
 * The first big write into a ledger just opened can be far off the rest (the same 100,000
 * records written the same way once took 86 s first and 33–34 s after), and the database's
 * own upkeep drifts over minutes. So the first app import is a warm-up, reported apart
 * (cold_app_ms); then raw, app, app, raw, and the ratio is the sums' (a linear drift cancels).
 * The raw records get ids new to the ledger, as the app's are (see prepareRawInto). Afterwards
 * the added orders are taken out again, so the pages that follow open a million.
 */
type Win = { hbBench: BenchHarness };

/** The Amazon report's order numbers of rows [from, to): "114-<1,000,000 + row>-…". */
const orderNoAt = (row: number) => `114-${1_000_000 + row}`;

export async function importIntoItem(page: Page, base: string, ledger: number, dir: string) {
  // A tenth of the ledger: 100,000 at a million.
  const ADDED = Math.round(ledger / 10);
  const file = amazonReport(ADDED, dir, ledger);
  const [from, to] = [orderNoAt(ledger), orderNoAt(ledger + ADDED)];
  const app = async () => {
    // From another document, so the page's probe starts with no marks from the import before.
    await openHarness(page, base);
    const run = await appImport(page, base, file, ADDED);
    log(`import into ${ledger}: app ${ms(run.ms)} ms (check ${ms(run.checkMs)}, write ${ms(run.writeMs)}), longest task ${ms(run.longestTask)} ms`);
    return run;
  };
  /** Takes the app's added orders out and holds them for a raw run (`put`), or only takes them out. */
  const takeOut = async (put: boolean) => {
    await openHarness(page, base);
    const prepared = await page.evaluate(([a, b]) => (window as unknown as Win).hbBench.prepareRawInto(a, b), [from, to] as const);
    if (prepared.records !== ADDED || prepared.left !== ledger) throw new Error(`raw baseline: ${prepared.records} added orders found, ${prepared.left} left, expected ${ADDED} and ${ledger}`);
    if (put) return raw();
  };
  const raw = async () => {
    await page.evaluate(() => (window as unknown as Win).hbBench.setRawFormat('utf-8', '\t'));
    await page.locator('#raw-file').setInputFiles(file);
    await page.waitForFunction(() => (window as unknown as Win).hbBench.rawResult() !== null, null, { timeout: 900_000, polling: 200 });
    const run = (await page.evaluate(() => (window as unknown as Win).hbBench.rawResult())) as RawResult;
    if (run.rows !== ADDED || run.records !== ledger + ADDED) throw new Error(`raw import into ${ledger}: ${run.rows} rows, ${run.records} orders after, expected ${ADDED} and ${ledger + ADDED}`);
    const left = await page.evaluate(([a, b]) => (window as unknown as Win).hbBench.removeOrders(a, b), [from, to] as const);
    if (left !== ledger) throw new Error(`after the import item the ledger holds ${left} orders, expected ${ledger}`);
    log(`import into ${ledger}: raw ${ms(run.ms)} ms (parse ${ms(run.parseMs)}, bulkPut ${ms(run.writeMs)})`);
    return run;
  };
  const cold = await app();
  const raw1 = (await takeOut(true))!;
  const app1 = await app();
  await takeOut(false);
  const app2 = await app();
  const raw2 = (await takeOut(true))!;
  const apps = [app1, app2];
  const raws = [raw1, raw2];
  const total = <R,>(runs: R[], of: (r: R) => number) => runs.reduce((n, r) => n + of(r), 0);
  const [appMs, rawMs, rawWriteMs] = [total(apps, (r) => r.ms), total(raws, (r) => r.ms), total(raws, (r) => r.writeMs)];
  return {
    app_ms: ms(appMs / 2), raw_ms: ms(rawMs / 2), ratio: ratio(rawMs / appMs), rows: ADDED, ledger_orders: ledger,
    app_runs_ms: apps.map((r) => ms(r.ms)), raw_runs_ms: raws.map((r) => ms(r.ms)), cold_app_ms: ms(cold.ms),
    app_check_ms: ms(total(apps, (r) => r.checkMs) / 2), app_write_ms: ms(total(apps, (r) => r.writeMs) / 2),
    raw_parse_ms: ms(total(raws, (r) => r.parseMs) / 2), raw_write_ms: ms(rawWriteMs / 2),
    raw_bulkput_only_ratio: ratio(rawWriteMs / appMs), longest_task_ms: ms(Math.max(...[cold, ...apps].map((r) => r.longestTask))),
    progress_visible: [cold, ...apps].every((r) => r.progressSeen),
    covers: 'app: file chosen → review shown (every row checked against the million orders) + confirm → done; raw: the same file read and papaparsed + bulkPut of the same 100,000 records into the same million-order ledger. A first app import warms the ledger up (cold_app_ms); then raw, app, app, raw; figures are the means, the ratio the sums\'. raw_bulkput_only_ratio: against bulkPut alone',
  };
}
