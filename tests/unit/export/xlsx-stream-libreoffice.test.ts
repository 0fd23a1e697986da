import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createWriteStream } from 'node:fs';
import { exportTables } from '../../../shared/export';
import { writeXlsxStream } from '../../../electron/xlsx-stream';
import { aLine } from '../../builders/ledger';
import { aStoredOrder, HOSTILE_TEXTS, inChunks, sourceOf } from '../../builders/sheets';

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).error === undefined;

/** A bookkeeper may open the desktop app's streamed workbook in LibreOffice: it must read it as Excel does. */
describe.skipIf(!hasLibreOffice)('the streamed bookkeeping XLSX in LibreOffice', () => {
  it('reads every order row, defused text, the dates, and computes the same totals', async () => {
    const orders = [
      ...Array.from({ length: 40 }, (_, i) => aStoredOrder(i + 1)),
      aStoredOrder(41, { currency: 'JPY', lines: [aLine({ qty: 3, unitPriceMinor: 2500 })] }),
      aStoredOrder(42, { carrier: HOSTILE_TEXTS[0] }),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'hb-lo-'));
    const file = join(dir, 'orders.xlsx');
    // In chunks of 16 rows, as the export worker sends them.
    await writeXlsxStream(createWriteStream(file), exportTables('orders', sourceOf(orders)).map((t) => inChunks(t, (k) => k, 16)));
    const run = spawnSync('libreoffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(join(dir, 'orders.csv'), 'utf8'), { skipEmptyLines: true }).data;

    expect(rows).toHaveLength(1 + orders.length + 1);
    expect(rows[0]![0]).toBe('orderNo');
    expect(rows.slice(1, -1).map((r) => r[0])).toEqual(orders.map((o) => o.orderNo));
    expect(rows[1]![2]).toBe('2026-05-02');
    expect(rows[41]![7]).toBe('7,500');
    expect(rows[42]![16]).toBe(`'${HOSTILE_TEXTS[0]}`);
    // LibreOffice recalculated the SUMs itself: units (G) and CNY (I: 41 × 287.86 + 7,500 JPY × 0.048).
    const totals = rows.at(-1)!;
    expect(totals[0]).toBe('total');
    expect(Number(totals[6])).toBe(41 * 2 + 3);
    expect(Number(totals[8]!.replace(/,/g, ''))).toBeCloseTo(41 * 287.86 + 360, 2);
  }, 150_000);
});
