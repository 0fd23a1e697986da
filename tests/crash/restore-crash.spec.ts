import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBackupFile } from '../../shared/backup/stream-format';
import { DEFAULT_SETTINGS } from '../../shared/bridge/settings';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema-versions';
import { largeLedgerOrders } from '../builders/backup';
import { DataPage } from '../e2e/pages/data-page';
import { countOrders, cutByClosing, cutByKilling, openApp, ROWS, waitForWrite } from './harness';

/**
 * Issue 17: a streamed restore of a 100,000-order backup — one read-write transaction kept
 * open while the file is read chunk by chunk — cut off in the middle, by closing the page
 * and by SIGKILL to the whole browser. On reopening, the ledger holds exactly what it held
 * before (the demo year) or exactly the backup's orders; never a part, never a mix.
 */
test.describe.configure({ mode: 'serial' });
const REOPEN_MS = 120_000;

let work: string;
let file: string;
test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hb-restore-crash-'));
  const orders = largeLedgerOrders(ROWS);
  const { blob } = await writeBackupFile(async (w) => {
    await w.header({ createdAt: new Date().toISOString(), appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, counts: { products: 0, orders: ROWS, returns: 0, decisions: 0, presets: 0, batches: 0 }, settings: DEFAULT_SETTINGS });
    await w.add('orders', orders);
    await w.end();
  });
  file = join(work, 'large.hbbackup');
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Demo data in, then the large backup chosen, checked in full and confirmed. */
async function restoreUntilWriting(context: BrowserContext): Promise<{ page: Page; before: number }> {
  const page = context.pages()[0] ?? (await context.newPage());
  const { app } = await openApp(page);
  await app.loadDemoData();
  const before = await countOrders(page);
  expect(before).toBeGreaterThan(0);
  await new DataPage(page, app.t).open();
  await page.getByLabel(app.t('data:backup.choose')).setInputFiles(file);
  await expect(page.getByTestId('restore-preview')).toBeVisible({ timeout: 240_000 });
  await page.getByRole('button', { name: app.t('data:backup.confirm') }).click();
  return { page, before };
}

/** The restore's own progress bar (the backup of the data before it has one too). */
const restoreAt = (fraction: number) => (page: Page) => waitForWrite(page, fraction, '[data-phase="restore"] progress');

test('closing the page half-way through a restore leaves the ledger as before or as the backup', async ({ baseURL }) => {
  const { before, after, at, ms } = await cutByClosing(mkdtempSync(join(work, 'close-')), baseURL, restoreUntilWriting, restoreAt(0.5), REOPEN_MS);
  console.log(`restore cut by closing the page at ${at}/${ROWS}: ${before} orders before, ${after} after; reopened in ${ms} ms`);
  expect([before, ROWS]).toContain(after);
});

test('killing the browser during a restore leaves the ledger as before or as the backup', async ({ baseURL }) => {
  const { before, after, at, ms } = await cutByKilling(mkdtempSync(join(work, 'kill-')), baseURL, restoreUntilWriting, restoreAt(0.6), REOPEN_MS);
  console.log(`restore cut by killing the browser at ${at}/${ROWS}: ${before} orders before, ${after} after; reopened in ${ms} ms`);
  expect([before, ROWS]).toContain(after);
});
