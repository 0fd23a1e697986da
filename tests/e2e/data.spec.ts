import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AppPage } from './pages/app-page';
import { DataPage } from './pages/data-page';

const FIXTURES = 'tests/fixtures/import/';
const libreoffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find(existsSync);

test.describe('Import & export', () => {
  test('imports an Amazon report and a Shopify export, re-imports without duplicates, exports XLSX and CSV', async ({ page }) => {
    const app = await new AppPage(page, 'en').open();
    const data = await new DataPage(page, app.t).open();

    await data.chooseImport(`${FIXTURES}amazon-all-orders.txt`);
    // Nothing in the catalog: lines wait for an HS code from the import defaults.
    await expect(data.summary()).toBeVisible();
    await data.setDefaultHsCode('9617001900');
    await data.expectSummary(3, 0, 0, 2);
    await expect(page.locator('.data-rejected')).toContainText('Cancelled');
    await data.confirmImport(3);

    await data.chooseImport(`${FIXTURES}shopify-orders.csv`);
    await data.setDefaultHsCode('9617001900');
    await data.expectSummary(2, 0, 0, 1);
    await data.confirmImport(2);

    await data.chooseImport(`${FIXTURES}amazon-all-orders-utf16le.txt`);
    await data.setDefaultHsCode('9617001900');
    await data.expectSummary(0, 0, 3, 2);
    await expect(page.getByRole('button', { name: app.t('data:import.confirm', { count: 0 }) })).toBeDisabled();

    await app.orders();
    await expect(page.getByText('113-0000002-0000002')).toBeVisible();
    await expect(page.getByText('#1001')).toBeVisible();

    await data.open();
    const xlsx = await data.export('orders', 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe(app.t('data:col.orderNo'));
    expect(ws.rowCount).toBe(1 + 5 + 1);
    const units = ws.getRow(7).getCell(7).value as { formula: string; result: number };
    expect(units.formula).toBe('SUM(G2:G6)');
    expect(units.result).toBe(2 + 2 + 3 + 2 + 2);
    // Typed cells and the frozen header survive the browser's path (sheets built in one worker, written in another).
    expect(ws.getRow(2).getCell(3).value).toBeInstanceOf(Date);
    expect(typeof ws.getRow(2).getCell(8).value).toBe('number');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const csv = await data.export('lines', 'csv', ';');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 7);
    expect(lines[0]!.split(';')[0]).toBe(app.t('data:col.orderNo'));
    // Words, not codes: the imported Amazon orders say the platform's name.
    expect(lines[1]!.split(';')[1]).toBe(app.t('ledger:platform.amazon'));

    // The accountant's workbook: the monthly summary first, its figures as formulas.
    const workbook = new ExcelJS.Workbook();
    const wbBytes = await data.workbook();
    await workbook.xlsx.load(wbBytes.buffer.slice(wbBytes.byteOffset, wbBytes.byteOffset + wbBytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([app.t('data:sheet.summary'), app.t('data:sheet.afterSalesReturns'), app.t('data:sheet.afterSalesDecisions')]);

    if (libreoffice) {
      const dir = mkdtempSync(join(tmpdir(), 'hb-lo-'));
      writeFileSync(join(dir, 'orders.xlsx'), xlsx);
      execFileSync(libreoffice, ['--headless', '--convert-to', 'csv', '--outdir', dir, join(dir, 'orders.xlsx')], { timeout: 60_000 });
      const text = readFileSync(join(dir, 'orders.csv'), 'utf8').trim().split('\n');
      expect(text.at(-1)).toContain('11');
    }
  });

  test('backs up, deletes everything, restores, and every count is back', async ({ page }) => {
    const app = await new AppPage(page, 'en').loadDemoData();
    const data = await new DataPage(page, app.t).open();
    const file = await data.backup();
    // A streamed backup: gzip JSON Lines whose first line is the header.
    const backup = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').split('\n')[0]!) as { format: string; counts: Record<string, number> };
    expect(backup.format).toBe('homebound-backup');
    expect(backup.counts.orders).toBeGreaterThan(1000);

    await app.wipeDatabase();
    await data.open();
    await data.chooseRestore(file);
    const empty = await data.restoreCounts();
    expect(empty[app.t('data:table.orders')]).toEqual([backup.counts.orders!.toLocaleString('en'), '0']);
    await page.getByRole('button', { name: app.t('data:backup.confirm') }).click();
    await expect(page.getByRole('button', { name: app.t('data:backup.undo') })).toBeVisible();

    await data.chooseRestore(file);
    const after = await data.restoreCounts();
    for (const [table, [inFile, now]] of Object.entries(after)) expect(now, table).toBe(inFile);
  });

  test('refuses a file that is not a backup and changes nothing', async ({ page }) => {
    const app = await new AppPage(page, 'en').open();
    await new DataPage(page, app.t).open();
    await page.getByLabel(app.t('data:backup.choose')).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
    await expect(page.getByRole('alert')).toContainText(app.t('data:backup.foreign'));
  });
});

test.describe('Import in 简体中文', () => {
  test.use({ locale: 'zh-CN' });

    test('imports a Chinese ERP export (GBK) as it is: columns matched by name, an unknown country resolved once, re-import adds nothing', async ({ page }) => {
      const app = await new AppPage(page, 'zh-CN').open();
      const data = await new DataPage(page, app.t).open();
      await data.chooseImport(`${FIXTURES}erp-orders-gbk.csv`);
      // Every column the synonym list names is already placed; nothing is chosen by hand.
      expect(await data.proposedMapping()).toEqual({
        orderNo: '平台订单号', orderDate: '付款时间', sku: 'SKU', qty: '数量', unitPrice: '单价', currency: '币种', buyerCountry: '买家国家/地区', platform: '平台', shop: '店铺',
      });
      await expect(data.mappingNotes()).toContainText(app.t('data:mapping.unplaced', { columns: ['订单号', '收件人'].join(app.t('data:mapping.listSeparator')) }));
      await data.applyMapping();
      await data.setDefaultHsCode('9617001900');
      // 8 orders; cancelled, 火星 and a zero quantity are refused with row, column and value.
      await data.expectSummary(8, 0, 0, 3);
      const rejected = page.locator('.data-rejected');
      await expect(rejected.locator('tr', { hasText: '火星' })).toContainText(app.t('data:mapping.field.buyerCountry'));
      await expect(rejected.locator('tr', { hasText: app.t('common:errors.atLeastOne') })).toContainText('13');
      // 火星 is asked about once; leaving it out is a deliberate answer, kept with the mapping for next time.
      await data.resolveValue('火星', 1, 'buyerCountry', '买家国家/地区', '!reject');
      await data.expectSummary(8, 0, 0, 3);
      await expect(page.getByTestId('import-unresolved')).toHaveCount(0);
      await data.confirmImport(8);

      await app.orders();
      await expect(page.getByText('PO-211-0000002')).toBeVisible();

      await data.open();
      await data.chooseImport(`${FIXTURES}erp-orders-gbk.csv`);
      // The saved mapping and answer apply by themselves: straight to the review, nothing new.
      await data.setDefaultHsCode('9617001900');
      await data.expectSummary(0, 0, 8, 3);
      await expect(page.getByRole('button', { name: app.t('data:import.confirm', { count: 0 }) })).toBeDisabled();
    });

  test('a sheet with no order number column is named on the mapping screen, row 1 and its columns, and nothing is read', async ({ page }) => {
    const app = await new AppPage(page, 'zh-CN').open();
    const data = await new DataPage(page, app.t).open();
    await page.getByLabel(app.t('data:import.choose')).setInputFiles({ name: '表格.csv', mimeType: 'text/csv', buffer: Buffer.from('日期,数量\n2026/3/1,2\n') });
    await expect(data.mappingNotes()).toContainText(app.t('data:mapping.noOrderNo', { columns: '日期 | 数量' }));
    await expect(data.summary()).toHaveCount(0);
  });

  test('marketplace exports recognised by their header, and layouts carried by column names alone, import end to end', async ({ page }) => {
    const app = await new AppPage(page, 'zh-CN').open();
    const data = await new DataPage(page, app.t).open();
    const detected = (format: string) => expect(page.locator('.data-detected')).toContainText(app.t(`data:import.format.${format}`));

    await data.chooseImport(`${FIXTURES}tiktok-orders.csv`);
    await detected('tiktok-orders');
    await data.setDefaultHsCode('9617001900');
    await data.expectSummary(1, 0, 0, 1);
    await data.confirmImport(1);

    await data.chooseImport(`${FIXTURES}ebay-orders.csv`);
    await detected('ebay-orders');
    await data.setDefaultHsCode('9617001900');
    await data.expectSummary(2, 0, 0, 0);
    await data.confirmImport(2);

    await data.chooseImport(`${FIXTURES}shopee-orders.xlsx`);
    await detected('shopee-orders');
    await data.setDefaults({ hsCode: '9617001900', buyerCountry: 'MY', currency: 'MYR' });
    await data.expectSummary(1, 0, 0, 1);
    await data.confirmImport(1);

    // Temu names no currency (the defaults say USD after Shopee's MYR); Ozon names no country.
    await data.chooseImport(`${FIXTURES}temu-orders.csv`);
    await detected('temu-orders');
    await data.setDefaults({ hsCode: '9617001900', currency: 'USD' });
    await data.expectSummary(1, 0, 0, 1);
    await data.confirmImport(1);

    await data.chooseImport(`${FIXTURES}ozon-postings.csv`);
    await detected('ozon-postings');
    await data.setDefaults({ hsCode: '9617001900', buyerCountry: 'RU' });
    await data.expectSummary(1, 0, 0, 1);
    await data.confirmImport(1);

    await data.chooseImport(`${FIXTURES}erp2-orders-gbk.csv`);
    await data.applyMapping();
    await data.setDefaultHsCode('9617001900');
    await data.expectSummary(2, 0, 0, 0);
    await data.confirmImport(2);

    // The same files again add nothing.
    for (const [file, unchanged, rejected] of [['temu-orders.csv', 1, 1], ['ozon-postings.csv', 1, 1], ['tiktok-orders.csv', 1, 1]] as const) {
      await data.chooseImport(`${FIXTURES}${file}`);
      await data.setDefaultHsCode('9617001900');
      await data.expectSummary(0, 0, unchanged, rejected);
      await expect(page.getByRole('button', { name: app.t('data:import.confirm', { count: 0 }) })).toBeDisabled();
    }

    await app.orders();
    for (const orderNo of ['576111111111111111', '12-22222-22222', '260413ABCDEF01', 'PO-211-10000000000001', '0700-1111-1', '114-2000001-2000001']) await expect(page.getByText(orderNo)).toBeVisible();
  });
});
