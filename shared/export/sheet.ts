import type { ColumnType } from './table';

/**
 * What a bookkeeping workbook contains, as plain data: the cells already typed, formatted and
 * neutralised, and nothing about how the file is written. A sheet is its head (SheetHead:
 * name and columns) and its rows in chunks (SheetRows), as they cross IPC a few thousand at a
 * time to the desktop app's streaming WorkbookWriter (electron/xlsx-stream.ts) or are kept
 * for the browser's in-memory exceljs Workbook (./xlsx.ts); SheetData is a whole sheet at once.
 *
 * Column by column, not row by row: numbers travel as one Float64Array per column and text
 * as each column's distinct strings plus an Int32Array of indexes. 100,000 orders are about
 * two million cells; as arrays of values they cost seconds to build, clone across IPC and
 * validate, as typed arrays a fraction of that (measured in tests/bench/node-items.ts).
 */
export interface ColumnHead {
  header: string;
  /** Width in characters. */
  width: number;
  /** The column's number format; null for text. */
  numFmt: string | null;
}

export interface TextColumn extends ColumnHead {
  kind: 'text';
  /** The column's distinct texts. */
  strings: string[];
  /** Per data row, the index of its text in `strings`, or -1 for a blank cell. */
  cells: Int32Array<ArrayBuffer>;
}

export interface NumberColumn extends ColumnHead {
  /** `date` cells are Excel serial day numbers shown with the column's date format. */
  kind: 'number' | 'date';
  /** Per data row, the number; NaN for a blank cell. */
  cells: Float64Array<ArrayBuffer>;
}

export type SheetColumn = TextColumn | NumberColumn;
export type SheetColumnKind = SheetColumn['kind'];
/** One cell as the writers hand it to exceljs; undefined is a blank cell exceljs never creates. */
export type SheetCell = string | number | undefined;

export interface SheetData {
  /** Already a valid Excel sheet name (see sheetName). */
  name: string;
  rowCount: number;
  columns: SheetColumn[];
  /** Number formats that some cells use instead of their column's (JPY, KRW amounts). */
  formats: string[];
  /**
   * Those cells, as flat triples [row, column, index into formats], rows counted from 0 (the
   * first data row) and in ascending order: money in a currency without two decimals is the
   * exception, so a sparse list beats a format per cell.
   */
  cellFormats: Int32Array<ArrayBuffer>;
  /**
   * The totals row: for each column, the cached result of SUM over its data rows, or null for
   * a column not summed; `label` goes in the first cell when that column is not summed.
   * The writers make the formula themselves, so no formula text ever crosses IPC.
   */
  totals: { label: string; sums: (number | null)[] } | null;
}

/** A column as the workbook declares it before any row: heading, width, format and kind. */
export type ColumnDef = ColumnHead & { kind: SheetColumnKind };

/** What a sheet is before its rows: written first, so rows can follow in chunks. */
export interface SheetHead {
  name: string;
  columns: ColumnDef[];
}

/** A column's cells in one chunk of rows (a SheetColumn without its heading). */
export type ChunkColumn = { kind: 'text'; strings: string[]; cells: Int32Array<ArrayBuffer> } | { kind: 'number' | 'date'; cells: Float64Array<ArrayBuffer> };

/** A run of a sheet's rows, column by column as SheetData holds them; cellFormats count rows from the chunk's first. */
export interface SheetRows {
  rowCount: number;
  columns: ChunkColumn[];
  formats: string[];
  cellFormats: Int32Array<ArrayBuffer>;
}

export type SheetTotals = NonNullable<SheetData['totals']>;

/** Excel refuses longer text in a cell. */
export const EXCEL_TEXT_LIMIT = 32_767;
/** Excel's 1,048,576 rows, less the header and totals rows. */
export const EXCEL_DATA_ROWS = 1_048_574;
/** Excel's 16,384 columns are far beyond any table here; a small cap keeps a payload cheap to check. */
export const SHEET_MAX_COLUMNS = 256;

export const FORMAT: Record<ColumnType, string | null> = {
  text: null,
  integer: '0',
  money: '#,##0.00',
  fen: '#,##0.00',
  grams: '0.000',
  date: 'yyyy-mm-dd',
};

/** Decimal places of a numeric column's cells; money's depend on each row's currency. */
export const FIXED_PLACES: Partial<Record<ColumnType, number>> = { integer: 0, fen: 2, grams: 3 };

export function moneyFormat(places: number): string {
  return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

/** Excel forbids []:*?/\ in sheet names and cuts them at 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const DAY_MS = 86_400_000;
/** Days from Excel's 1900 epoch (as Excel counts, with its phantom 29 Feb 1900) to 1970-01-01. */
const EXCEL_UNIX_EPOCH = 25_569;

/** The serial number Excel stores for an ISO date (yyyy-mm-dd…), or null when it is not one. */
export function excelDate(value: string | number | null): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const ms = Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  return Number.isFinite(ms) ? ms / DAY_MS + EXCEL_UNIX_EPOCH : null;
}

/** A totals cell as both writers put it in the file: a SUM over the column's data rows with its cached result. */
export type TotalsCell = string | { formula: string; result: number } | null;

export function totalsCells(width: number, rowCount: number, totals: SheetTotals | null): TotalsCell[] | null {
  if (!totals) return null;
  const last = rowCount + 1;
  const { label, sums } = totals;
  return Array.from({ length: width }, (_, i) => {
    const result = sums[i];
    if (result === null || result === undefined) return i === 0 ? label : null;
    const letter = columnLetter(i + 1);
    return { formula: `SUM(${letter}2:${letter}${last})`, result };
  });
}

/** Row `r` of the sheet's data as exceljs takes it; `into` is reused, and every index is set so exceljs never shifts the row. */
export function rowValues(sheet: Pick<SheetRows, 'columns'>, r: number, into: SheetCell[]): SheetCell[] {
  const { columns } = sheet;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (c.kind === 'text') {
      const k = c.cells[r]!;
      into[i] = k < 0 ? undefined : c.strings[k];
    } else {
      const v = c.cells[r]!;
      into[i] = v === v ? v : undefined;
    }
  }
  return into;
}
