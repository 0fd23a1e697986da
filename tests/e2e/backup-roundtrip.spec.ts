import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BACKUP_TABLES } from '../../shared/backup/envelope';
import { EXPORT_KINDS } from '../../shared/export/kinds';
import { AppPage } from './pages/app-page';
import { DataPage } from './pages/data-page';

/**
 * Issue 8, item 3, through the UI: every export the Data page offers, in both formats, is
 * the same after back up → delete the whole IndexedDB → restore as before it; and a damaged,
 * foreign or newer backup is refused with its reason while every table keeps its count.
 * Issue 17: backups are streamed (gzip JSON Lines with a checksum chain); plain-JSON
 * backups of earlier releases still restore.
 */

/** Records per table, read with raw IndexedDB (no version: whatever the app has made). */
function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate((tables) => new Promise<Record<string, number>>((resolve, reject) => {
    const open = indexedDB.open('homebound');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(tables, 'readonly');
      const out: Record<string, number> = {};
      for (const t of tables) tx.objectStore(t).count().onsuccess = (e) => { out[t] = (e.target as IDBRequest<number>).result; };
      tx.oncomplete = () => { db.close(); resolve(out); };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  }), [...BACKUP_TABLES]);
}

/** An XLSX export as its cell values, sheet by sheet (the workbook's own timestamps left out). */
async function xlsxCells(bytes: Buffer): Promise<unknown[][][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push(JSON.parse(JSON.stringify(row.values)) as unknown[]));
    return rows;
  });
}

/** Every kind, as XLSX cells and as CSV text. */
async function exportEverything(data: DataPage): Promise<Record<string, { xlsx: unknown[][][]; csv: string }>> {
  const out: Record<string, { xlsx: unknown[][][]; csv: string }> = {};
  for (const kind of EXPORT_KINDS) out[kind] = { xlsx: await xlsxCells(await data.export(kind, 'xlsx')), csv: (await data.export(kind, 'csv')).toString('utf8') };
  return out;
}

test.describe('Backup and restore', () => {
  test.setTimeout(180_000);

  test('back up → delete the database → restore gives identical exports of every kind', async ({ page }) => {
    const app = await new AppPage(page, 'en').loadDemoData();
    const data = await new DataPage(page, app.t).open();
    const before = await exportEverything(data);
    const held = await counts(page);
    // The exports must carry the ledger, or the comparison proves nothing.
    for (const kind of ['orders', 'lines', 'returns', 'decisions', 'savings']) expect(before[kind]!.xlsx[0]!.length, kind).toBeGreaterThan(10);
    expect(held.orders).toBeGreaterThan(1000);
    const file = await data.backup();

    await app.wipeDatabase();
    await data.open();
    expect(Object.values(await counts(page)).every((n) => n === 0)).toBe(true);
    expect((await data.export('orders', 'csv')).toString('utf8')).not.toBe(before.orders!.csv);

    await data.chooseRestore(file);
    await page.getByRole('button', { name: app.t('data:backup.confirm') }).click();
    await expect(page.getByRole('button', { name: app.t('data:backup.undo') })).toBeVisible();
    expect(await counts(page)).toEqual(held);
    const after = await exportEverything(data);
    for (const kind of EXPORT_KINDS) {
      expect(after[kind]!.csv, `${kind}.csv`).toBe(before[kind]!.csv);
      expect(after[kind]!.xlsx, `${kind}.xlsx`).toEqual(before[kind]!.xlsx);
    }
  });

  test('a truncated, bit-flipped, wrong-checksum, foreign or newer backup is refused with its reason and changes nothing; an older plain-JSON one restores', async ({ page }) => {
    const app = await new AppPage(page, 'en').loadDemoData();
    const data = await new DataPage(page, app.t).open();
    const good = readFileSync(await data.backup());
    const held = await counts(page);
    // The streamed file: gzip around one header line, one line per record, seals and a trailer.
    expect([...good.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const text = gunzipSync(good).toString('utf8');
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const header = lines[0] as { counts: Record<string, number> };
    expect(header.counts).toEqual(held);
    const flipped = Buffer.from(good);
    flipped[Math.floor(good.length / 2)]! ^= 0x01;
    // The same ledger as a version-1 backup (one JSON text), as the app wrote them before backups streamed.
    const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, lines.filter((l) => l.t === t).map((l) => l.r)]));
    const v1 = { ...header, version: 1, tables };
    const cases: [string, Buffer, string][] = [
      ['truncated', good.subarray(0, Math.floor(good.length * 0.6)), app.t('data:backup.damaged')],
      ['bit-flipped', flipped, app.t('data:backup.damaged')],
      ['a changed record', gzipSync(text.replace('"orderNo":"', '"orderNo":"X')), app.t('data:backup.checksum')],
      ['without its end', gzipSync(lines.slice(0, 30).map((l) => JSON.stringify(l)).join('\n')), app.t('data:backup.truncated')],
      ['foreign JSON', Buffer.from('{"format":"other","data":[{"id":1}]}'), app.t('data:backup.foreign')],
      ['a JSON array', Buffer.from('[1,2,3]'), app.t('data:backup.foreign')],
      ['a newer version', gzipSync(text.replace(/"schemaVersion":\d+,"counts"/, '"schemaVersion":99,"counts"').replace(/"appVersion":"[^"]*"/, '"appVersion":"9.9.9"')), app.t('data:backup.newer', { appVersion: '9.9.9' })],
      ['a newer plain-JSON format', Buffer.from(JSON.stringify({ ...v1, version: 3, appVersion: '9.9.9' })), app.t('data:backup.newer', { appVersion: '9.9.9' })],
    ];
    const alert = page.locator('.data-backup').getByRole('alert');
    for (const [name, bytes, reason] of cases) {
      await page.getByLabel(app.t('data:backup.choose')).setInputFiles({ name: `${name}.hbbackup`, mimeType: 'application/gzip', buffer: bytes });
      await expect(alert, name).toHaveText(app.t('data:backup.refused', { reason }));
      await expect(page.getByTestId('restore-preview'), name).toBeHidden();
      expect(await counts(page), name).toEqual(held);
    }
    // The undamaged file is accepted: the refusals were about the damage, nothing else.
    await page.getByLabel(app.t('data:backup.choose')).setInputFiles({ name: 'good.hbbackup', mimeType: 'application/gzip', buffer: good });
    await expect(page.getByTestId('restore-preview')).toBeVisible();
    await expect(alert).toBeHidden();
    await page.getByRole('button', { name: app.t('data:backup.cancel') }).click();
    expect(await counts(page)).toEqual(held);

    // An older plain-JSON backup still restores, over a wiped ledger.
    await app.wipeDatabase();
    await data.open();
    await page.getByLabel(app.t('data:backup.choose')).setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
    await page.getByRole('button', { name: app.t('data:backup.confirm') }).click();
    await expect(page.getByRole('button', { name: app.t('data:backup.undo') })).toBeVisible();
    expect(await counts(page)).toEqual(held);
  });
});
