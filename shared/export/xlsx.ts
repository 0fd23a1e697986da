import ExcelJS from 'exceljs';
import { describeSheets } from './describe-sheet';
import { rowValues, totalsCells, type SheetCell, type SheetData, type SheetHead, type SheetRows, type SheetTotals } from './sheet';
import type { AnyTable } from './table';

/**
 * Bookkeeping workbooks in memory: one sheet per table, typed cells (numbers are numeric cells
 * with the currency's decimals, dates are date cells), a frozen header with a filter, and a
 * totals row whose sums are real SUM formulas with cached results, so Excel and LibreOffice
 * recalculate them and viewers that do not still show the figure.
 *
 * The in-memory `ExcelJS.Workbook` is what the browser has: the package's browser build (what
 * Vite bundles for the renderer and its workers) ships no streaming `WorkbookWriter`, which
 * needs Node streams and `archiver`. So the browser build holds every cell of the workbook at
 * once and is limited to BROWSER_WORKBOOK_ROWS (shared/bridge/workbook.ts); the desktop app
 * streams the same chunks to the file from the main process (electron/xlsx-stream.ts).
 */
export interface BufferedSheet {
  head: SheetHead;
  chunks: SheetRows[];
  totals: SheetTotals | null;
}

/** A whole SheetData as the one chunk of a buffered sheet. */
export function bufferedSheet(sheet: SheetData): BufferedSheet {
  return { head: { name: sheet.name, columns: sheet.columns.map(({ header, width, numFmt, kind }) => ({ header, width, numFmt, kind })) }, chunks: [sheet], totals: sheet.totals };
}

export function addSheet(wb: ExcelJS.Workbook, { head, chunks, totals }: BufferedSheet): void {
  const { columns } = head;
  const ws = wb.addWorksheet(head.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  const values: SheetCell[] = [];
  let rowCount = 0;
  for (const chunk of chunks) {
    const { cellFormats, formats } = chunk;
    let next = 0;
    for (let r = 0; r < chunk.rowCount; r++) {
      const added = ws.addRow(rowValues(chunk, r, values));
      for (; next < cellFormats.length && cellFormats[next] === r; next += 3) {
        added.getCell(cellFormats[next + 1]! + 1).numFmt = formats[cellFormats[next + 2]!]!;
      }
    }
    rowCount += chunk.rowCount;
  }
  const total = totalsCells(columns.length, rowCount, totals);
  if (total) ws.addRow(total).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export async function sheetsToXlsxBytes(sheets: readonly BufferedSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Homebound';
  wb.created = new Date();
  for (const sheet of sheets) addSheet(wb, sheet);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function toXlsxBytes(tables: readonly AnyTable[], label: (key: string) => string): Promise<Uint8Array> {
  return sheetsToXlsxBytes(describeSheets(tables, label).map(bufferedSheet));
}
