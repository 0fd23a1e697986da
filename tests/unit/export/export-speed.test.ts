import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTables, toCsvBytes, toXlsxBytes } from '../../../shared/export';
import type { Order } from '../../../shared/schemas/order';
import { aLine, anOrder } from '../../builders/ledger';

/**
 * 100,000 orders to XLSX through the app's writer against raw exceljs (the same values,
 * no typing, neutralising or totals) and against exceljs's Node-only streaming writer.
 * Slow on a shared machine, so it runs only with BENCH=1 and prints its figures.
 */
const N = Number(process.env.BENCH_N ?? 100_000);
const bench = process.env.BENCH ? it : it.skip;

function orders(): Order[] {
  return Array.from({ length: N }, (_, i) => ({
    ...anOrder({ orderNo: `ORD-${i}`, lines: [aLine()] }),
    id: `id-${i}`, createdAt: '2026-05-02T00:00:00.000Z', updatedAt: '2026-05-02T00:00:00.000Z', skus: [], barcodes: [],
  }));
}

describe('export speed', () => {
  bench('writes 100k orders', async () => {
    const list = orders();
    const table = exportTables('orders', { orders: list, returns: [], decisions: [], batches: [], rates: [] })[0]!;
    let t = performance.now();
    const bytes = await toXlsxBytes([table], (k) => k);
    const app = performance.now() - t;
    t = performance.now();
    const csv = toCsvBytes(table, (k) => k);
    const csvMs = performance.now() - t;

    t = performance.now();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('raw');
    for (const o of list) ws.addRow([o.orderNo, o.platform, o.orderDate, o.buyerCountry, o.currency, o.lines.length, 3, 59.97, null, 36, o.exportMode, o.exportDistrict, o.exportPort, o.exportDate, o.declarationNo, o.waybillNo, o.carrier, 1.14, 0]);
    await wb.xlsx.writeBuffer();
    const raw = performance.now() - t;

    t = performance.now();
    const chunks: Buffer[] = [];
    const { Writable } = await import('node:stream');
    const sink = new Writable({ write(chunk: Buffer, _e, cb) { chunks.push(chunk); cb(); } });
    const sw = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false });
    const sws = sw.addWorksheet('stream');
    for (const o of list) sws.addRow([o.orderNo, o.platform, o.orderDate, o.buyerCountry, o.currency, o.lines.length, 3, 59.97, null, 36, o.exportMode, o.exportDistrict, o.exportPort, o.exportDate, o.declarationNo, o.waybillNo, o.carrier, 1.14, 0]).commit();
    await sw.commit();
    const streamMs = performance.now() - t;
    console.log(`100k orders: app XLSX ${app.toFixed(0)} ms (${(bytes.length / 1e6).toFixed(1)} MB), app CSV ${csvMs.toFixed(0)} ms (${(csv.length / 1e6).toFixed(1)} MB), raw exceljs Workbook ${raw.toFixed(0)} ms, exceljs WorkbookWriter (Node only) ${streamMs.toFixed(0)} ms`);
    expect(bytes.length).toBeGreaterThan(1000);
  }, 600_000);
});
