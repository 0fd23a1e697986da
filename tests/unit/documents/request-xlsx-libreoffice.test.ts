import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { batchTotals } from '../../../shared/documents/batch-facts';
import { buildRequestXlsx } from '../../../shared/documents/request-xlsx';
import { sampleBatch } from '../../builders/documents';

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).error === undefined;

/** The broker opens the list in whatever spreadsheet they have: LibreOffice must read it as Excel does. */
describe.skipIf(!hasLibreOffice)('the request XLSX in LibreOffice', () => {
  it('has one row per parcel and totals that add up', () => {
    const doc = sampleBatch(36);
    const dir = mkdtempSync(join(tmpdir(), 'hb-lo-'));
    const file = join(dir, 'request.xlsx');
    return buildRequestXlsx(doc).then((bytes) => {
      writeFileSync(file, bytes);
      const run = spawnSync('libreoffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      const rows = Papa.parse<string[]>(readFileSync(join(dir, 'request.csv'), 'utf8'), { skipEmptyLines: true }).data;
      expect(rows).toHaveLength(1 + 36 + 1);
      const totals = batchTotals(doc.parcels);
      const last = rows[rows.length - 1]!;
      // Column L is the quantity, P the value in CNY (see request-xlsx.ts); LibreOffice computed the SUMs.
      expect(Number(last[11])).toBe(totals.qty);
      expect(Number(last[15]!.replace(/,/g, ''))).toBeCloseTo(totals.valueFen / 100, 2);
      expect(rows.slice(1, -1).map((r) => r[3])).toEqual(doc.parcels.map((p) => p.declarationNo));
    });
  }, 150_000);
});
