import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { rowValues, totalsCells, type SheetCell, type SheetData } from '../shared/export/sheet';

/**
 * The desktop app's bookkeeping workbook: the SheetData the page built, written by exceljs's
 * streaming WorkbookWriter (Node only) straight to the file, each row committed — and so
 * serialised and released — as soon as it is added. Same cells, formats, frozen header,
 * filter and totals as the browser's in-memory writer (shared/export/xlsx.ts).
 * Plain Node: the main process passes the path the save dialog chose.
 */
type Style = Partial<ExcelJS.Style>;
const BOLD: Partial<ExcelJS.Font> = { bold: true };
/**
 * Rows between pauses for the event loop. zlib deflates on libuv's thread pool but is handed
 * its next chunk only from the event loop: pausing every few dozen rows lets it compress
 * while the next rows are serialised, instead of all at the end, and keeps memory flat.
 */
const ROWS_PER_TICK = 32;

/**
 * One style object per distinct look, shared by every cell that has it: exceljs's style
 * registry remembers objects it has seen, whereas a fresh object per cell costs it a lookup
 * by serialised XML — most of the difference between a styled and an unstyled stream.
 */
function styleBook(sheet: SheetData) {
  const column: Style[] = sheet.columns.map((c) => (c.numFmt ? { numFmt: c.numFmt } : {}));
  const bold: Style[] = sheet.columns.map((c) => (c.numFmt ? { numFmt: c.numFmt, font: BOLD } : { font: BOLD }));
  const odd = new Map<number, Style>();
  const format = (k: number): Style => {
    let s = odd.get(k);
    if (!s) odd.set(k, s = { numFmt: sheet.formats[k] });
    return s;
  };
  return { column, bold, format };
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetData): Promise<void> {
  const { columns, cellFormats } = sheet;
  const width = columns.length;
  const styles = styleBook(sheet);
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ width: c.width, style: styles.column[i] }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };

  const commit = (values: readonly (ExcelJS.CellValue | undefined)[], look: Style[]) => {
    const row = ws.addRow(values as ExcelJS.CellValue[]);
    // Blank cells were never created (undefined), so only cells with a value get a style.
    for (let i = 0; i < width; i++) if (values[i] !== undefined && values[i] !== null) row.getCell(i + 1).style = look[i]!;
    return row;
  };
  commit(columns.map((c) => c.header), styles.bold).commit();
  let next = 0;
  const values: SheetCell[] = [];
  for (let r = 0; r < sheet.rowCount; r++) {
    const row = commit(rowValues(sheet, r, values), styles.column);
    for (; next < cellFormats.length && cellFormats[next] === r; next += 3) {
      row.getCell(cellFormats[next + 1]! + 1).style = styles.format(cellFormats[next + 2]!);
    }
    row.commit();
    if (r % ROWS_PER_TICK === ROWS_PER_TICK - 1) await nextTick();
  }
  const totals = totalsCells(sheet);
  if (totals) commit(totals, styles.bold).commit();
  ws.commit();
}

/** Streams the workbook into `stream` and resolves once the stream has finished. */
export async function writeXlsxStream(stream: Writable, sheets: readonly SheetData[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Homebound';
  for (const sheet of sheets) await writeSheet(wb, sheet);
  await wb.commit();
}

/**
 * Writes the workbook beside `filePath` and renames it into place, so a failure halfway (a
 * full disk, a bad cell) never leaves a truncated file under the name the user chose.
 */
export async function writeXlsxFile(filePath: string, sheets: readonly SheetData[]): Promise<void> {
  const partial = `${filePath}.partial`;
  const out = createWriteStream(partial);
  // An unheard 'error' (no permission, disk full) would throw out of the main process.
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  try {
    await Promise.race([writeXlsxStream(out, sheets), failed]);
    await rename(partial, filePath);
  } catch (error) {
    out.destroy();
    await unlink(partial).catch(() => {});
    throw error;
  }
}
