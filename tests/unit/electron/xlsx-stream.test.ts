import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTables } from '../../../shared/export';
import { writeXlsxStream } from '../../../electron/xlsx-stream';
import { aLine } from '../../builders/ledger';
import { aStoredOrder, HOSTILE_TEXTS, inChunks, memorySink, readWorkbook, sourceOf } from '../../builders/sheets';

const label = (key: string) => `[${key}]`;

async function streamed(kind: Parameters<typeof exportTables>[0], orders = [aStoredOrder(1)]): Promise<ExcelJS.Workbook> {
  const { sink, bytes } = memorySink();
  // One row a chunk: every row after the first arrives in a chunk of its own.
  await writeXlsxStream(sink, exportTables(kind, sourceOf(orders), 'en').map((t) => inChunks(t, label, 1)));
  return readWorkbook(bytes());
}

describe('the streaming XLSX writer (desktop app)', () => {
  it('writes typed cells, CNY beside the original currency, formats, frozen header, widths, filter and SUM totals', async () => {
    const orders = [aStoredOrder(1), aStoredOrder(2, { currency: 'JPY', orderDate: '2026-06-30', lines: [aLine({ qty: 1, unitPriceMinor: 2500, declaredValueMinor: 2000 })] })];
    const ws = (await streamed('orders', orders)).getWorksheet('Orders')!;

    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:S1');
    expect(ws.getColumn(1).width).toBe(22);
    expect(ws.getColumn(3).width).toBe(12);
    expect(ws.getRow(1).getCell(1).value).toBe('[orderNo]');
    expect(ws.getRow(1).font?.bold ?? ws.getCell('A1').font?.bold).toBe(true);

    // A date cell, not text: exceljs gives a Date only for a number with a date format.
    expect(ws.getCell('C2').value).toEqual(new Date('2026-05-02T00:00:00Z'));
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('C3').value).toEqual(new Date('2026-06-30T00:00:00Z'));

    // Original currency with its own decimals; CNY at the dated rate: 39.98 USD × 7.2, 2,500 JPY × 0.048.
    expect(ws.getCell('E2').value).toBe('USD');
    expect(ws.getCell('H2').value).toBe(39.98);
    expect(ws.getCell('H2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('H3').value).toBe(2500);
    expect(ws.getCell('H3').numFmt).toBe('#,##0');
    expect(ws.getCell('J3').numFmt).toBe('#,##0');
    expect(ws.getCell('I2').value).toBe(287.86);
    expect(ws.getCell('I3').value).toBe(120);
    expect(ws.getCell('I2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('R2').value).toBe(0.76);
    expect(ws.getCell('R2').numFmt).toBe('0.000');
    expect(ws.getCell('G2').numFmt).toBe('0');

    // Totals: real formulas over the data rows, with the sums Excel would compute cached.
    expect(ws.getCell('A4').value).toBe('[total]');
    expect(ws.getCell('G4').value).toEqual({ formula: 'SUM(G2:G3)', result: 3 });
    expect(ws.getCell('I4').value).toEqual({ formula: 'SUM(I2:I3)', result: 407.86 });
    expect(ws.getCell('S4').value).toEqual({ formula: 'SUM(S2:S3)', result: 3 });
    expect(ws.getCell('H4').value).toBeNull();
    expect(ws.rowCount).toBe(4);
  });

  it('keeps hostile text inert: every text cell defused, the only formulas the totals', async () => {
    const orders = HOSTILE_TEXTS.map((h, i) => aStoredOrder(i, { orderNo: h, carrier: h, exportPort: h }));
    const ws = (await streamed('orders', orders)).worksheets[0]!;
    const formulas: number[] = [];
    ws.eachRow((row, r) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas.push(r);
      if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
    }));
    expect(new Set(formulas)).toEqual(new Set([orders.length + 2]));
    expect(ws.getCell('A2').value).toBe(`'${HOSTILE_TEXTS[0]}`);
    expect(ws.getCell('Q3').value).toBe(`'${HOSTILE_TEXTS[1]}`);
  });

  it('cuts text at Excel’s 32,767 characters and leaves empty fields blank', async () => {
    const ws = (await streamed('orders', [aStoredOrder(1, { carrier: 'x'.repeat(40_000), exportPort: '' })])).worksheets[0]!;
    expect((ws.getCell('Q2').value as string).length).toBe(32_767);
    expect(ws.getCell('M2').value).toBeNull();
  });

  it('writes one sheet per table (decisions and their cost lines)', async () => {
    const wb = await streamed('decisions', []);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Decisions', 'Cost lines']);
    expect(wb.getWorksheet('Cost lines')!.getCell('A1').value).toBe('[rmaNo]');
  });
});
