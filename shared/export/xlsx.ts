import ExcelJS from 'exceljs';
import { describeSheets } from './describe-sheet';
import { rowValues, totalsCells, type SheetCell, type SheetData } from './sheet';
import type { AnyTable } from './table';

/**
 * Bookkeeping workbooks in memory: one sheet per table, typed cells (numbers are numeric cells
 * with the currency's decimals, dates are date cells), a frozen header with a filter, and a
 * totals row whose sums are real SUM formulas with cached results, so Excel and LibreOffice
 * recalculate them and viewers that do not still show the figure.
 *
 * The in-memory `ExcelJS.Workbook` is what the browser has: the package's browser build (what
 * Vite bundles for the renderer and its workers) ships no streaming `WorkbookWriter`, which
 * needs Node streams and `archiver`. The desktop app streams the same SheetData to the file
 * from the main process instead (electron/xlsx-stream.ts).
 */
export function addSheet(wb: ExcelJS.Workbook, sheet: SheetData): void {
  const { columns } = sheet;
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  let next = 0;
  const { cellFormats, formats } = sheet;
  const values: SheetCell[] = [];
  for (let r = 0; r < sheet.rowCount; r++) {
    const added = ws.addRow(rowValues(sheet, r, values));
    for (; next < cellFormats.length && cellFormats[next] === r; next += 3) {
      added.getCell(cellFormats[next + 1]! + 1).numFmt = formats[cellFormats[next + 2]!]!;
    }
  }
  const totals = totalsCells(sheet);
  if (totals) ws.addRow(totals).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export async function sheetsToXlsxBytes(sheets: readonly SheetData[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Homebound';
  wb.created = new Date();
  for (const sheet of sheets) addSheet(wb, sheet);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function toXlsxBytes(tables: readonly AnyTable[], label: (key: string) => string): Promise<Uint8Array> {
  return sheetsToXlsxBytes(describeSheets(tables, label));
}
