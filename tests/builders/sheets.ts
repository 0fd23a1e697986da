import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AppendWorkbookRequest } from '../../shared/bridge/workbook';
import { SheetBuilder, type AnyTable, type BufferedSheet, type ExportSource } from '../../shared/export';
import type { Order } from '../../shared/schemas/order';
import { aLine, anOrder } from './ledger';

/** Orders, bookkeeping sources and workbook read-backs for the XLSX writers' tests. */
export const HOSTILE_TEXTS = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB=1', '\r=1', '=cmd|\' /C calc\'!A0'];

export function aStoredOrder(n: number, overrides: Partial<Order> = {}): Order {
  return {
    ...anOrder({ orderNo: `ORD-${n}`, lines: [aLine({ qty: 2, unitPriceMinor: 1999, unitWeightG: 380, rebatePerUnitFen: 150 })] }),
    id: `01ORDER${String(n).padStart(19, '0')}`, createdAt: '2026-05-02T00:00:00.000Z', updatedAt: '2026-05-02T00:00:00.000Z', skus: ['CUP-THM-500'], barcodes: [],
    ...overrides,
  };
}

/** USD at 7.20 CNY from 2026; JPY at 0.048 (no minor unit), so the CNY column is checkable by hand. */
export const RATES: ExportSource['rates'] = [
  { currency: 'USD', validFrom: '2026-01-01', cnyMillionths: 7_200_000 },
  { currency: 'JPY', validFrom: '2026-01-01', cnyMillionths: 48_000 },
];

export const sourceOf = (orders: Order[]): ExportSource => ({ orders, returns: [], decisions: [], batches: [], rates: RATES });

/** A stream that keeps what it is given, for writers that take a Writable. */
export function memorySink(): { sink: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const sink = new Writable({ write(chunk: Buffer, _encoding, callback) { chunks.push(chunk); callback(); } });
  return { sink, bytes: () => Buffer.concat(chunks) };
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** Every cell of a sheet as [address, value, number format] — what a bookkeeper's spreadsheet sees. */
export function cellsOf(ws: ExcelJS.Worksheet): [string, unknown, string | undefined][] {
  const out: [string, unknown, string | undefined][] = [];
  ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.value !== null && cell.value !== undefined) out.push([cell.address, cell.value, cell.numFmt]);
  }));
  return out;
}

/** A table's sheet as the export worker sends it: its head, chunks of `size` rows (one empty chunk for no rows), its totals. */
export function inChunks(table: AnyTable, label: (key: string) => string, size: number): BufferedSheet {
  const builder = new SheetBuilder(table, label);
  const head = builder.head();
  const chunks = [];
  for (let k = 0; k < Math.max(table.rows.length, 1); k += size) chunks.push(builder.rows({ columns: table.columns, rows: table.rows.slice(k, k + size) }));
  return { head, chunks, totals: builder.totals() };
}

/** The appendWorkbook requests that bring these sheets, in order; each sheet's last chunk carries its totals. */
export function appendsOf(workbook: string, sheets: readonly BufferedSheet[]): AppendWorkbookRequest[] {
  return sheets.flatMap(({ chunks, totals }, sheet) => {
    let firstRow = 0;
    return chunks.map((rows, k) => {
      const append: AppendWorkbookRequest = { workbook, sheet, firstRow, rows, ...(k === chunks.length - 1 ? { end: { totals } } : {}) };
      firstRow += rows.rowCount;
      return append;
    });
  });
}
