import { z } from 'zod';
import { EXCEL_DATA_ROWS, EXCEL_TEXT_LIMIT, SHEET_MAX_COLUMNS, type ChunkColumn, type SheetHead, type SheetRows, type SheetTotals } from '../export/sheet';

/**
 * A bookkeeping workbook crosses the bridge in chunks, as backups do (./uploads.ts): `begin`
 * names the file and declares each sheet's columns, `append` brings a chunk of one sheet's
 * rows (sheets one after another, rows in order; the last chunk of a sheet carries its totals
 * row), `finish` puts the file in place, or removes it on `abort`. Rows travel column by
 * column (shared/export/sheet.ts): numbers in typed arrays, texts as each column's distinct
 * strings plus indexes, so a chunk is checked in a pass of plain code per column, naming the
 * first bad cells by their row in the sheet.
 */
export const WORKBOOK_CHUNK_ROWS = 5000;
/** Far above WORKBOOK_CHUNK_ROWS; a runaway page stops here. */
const MAX_CHUNK_ROWS = 50_000;
/**
 * The browser build writes the workbook in memory (exceljs's browser build has no streaming
 * writer): beyond this many rows in a sheet it runs out of memory, so it refuses them with a message.
 */
export const BROWSER_WORKBOOK_ROWS = 100_000;
const MAX_ISSUES = 5;
/** Number formats the app writes: digits, #, separators and date letters — nothing that could carry text or a formula. */
const numFmt = z.string().regex(/^[#0.,;yYmMdD\- ]{1,40}$/, 'not a number format the app writes');

const columnDef = z.strictObject({
  header: z.string().max(EXCEL_TEXT_LIMIT),
  width: z.number().min(1).max(255),
  numFmt: numFmt.nullable(),
  kind: z.enum(['text', 'number', 'date']),
});

const sheetHead = z.strictObject({
  name: z.string().min(1).max(31).regex(/^[^[\]:*?/\\]+$/, 'not a valid sheet name'),
  columns: z.array(columnDef).min(1).max(SHEET_MAX_COLUMNS),
});

const chunkColumn = z.discriminatedUnion('kind', [
  // Each string is checked in checkColumn's loop: a zod schema per string costs ten times as much.
  z.strictObject({ kind: z.literal('text'), strings: z.custom<string[]>((v) => Array.isArray(v) && v.length <= MAX_CHUNK_ROWS, 'strings: an array of texts'), cells: z.instanceof(Int32Array) }),
  z.strictObject({ kind: z.enum(['number', 'date']), cells: z.instanceof(Float64Array) }),
]);

const sheetRows = z.strictObject({
  rowCount: z.number().int().min(0).max(MAX_CHUNK_ROWS),
  columns: z.array(chunkColumn).min(1).max(SHEET_MAX_COLUMNS),
  formats: z.array(numFmt).max(16),
  cellFormats: z.instanceof(Int32Array),
});

const sheetTotals = z.strictObject({
  label: z.string().max(EXCEL_TEXT_LIMIT),
  sums: z.array(z.number().nullable()).max(SHEET_MAX_COLUMNS),
});

/** A file name the save dialog may suggest: no path, no characters Windows refuses, ends in .xlsx. */
export const workbookFileName = z.string().min(6).max(200)
  .refine((n) => !/[\\/:*?"<>|]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 32), 'file name has forbidden characters')
  .refine((n) => n.toLowerCase().endsWith('.xlsx'), 'file name must end in .xlsx');

export const beginWorkbookRequest = z.strictObject({
  suggestedName: workbookFileName,
  sheets: z.array(sheetHead).min(1).max(16)
    .refine((sheets) => new Set(sheets.map((s) => s.name.toLowerCase())).size === sheets.length, 'two sheets have the same name'),
});
export type BeginWorkbookRequest = z.infer<typeof beginWorkbookRequest>;
/** A workbook id, or null: the save dialog was cancelled. */
export type BeginWorkbookResult = { workbook: string } | { workbook: null };

const workbookId = z.string().regex(/^[0-9A-Za-z-]{8,64}$/, 'not a workbook id');

export const appendWorkbookRequest = z.strictObject({
  workbook: workbookId,
  /** Index into begin's sheets. */
  sheet: z.number().int().min(0).max(15),
  /** Data rows of this sheet before this chunk (0 for its first): chunks arrive in order, none skipped. */
  firstRow: z.number().int().min(0).max(EXCEL_DATA_ROWS),
  rows: sheetRows,
  /** The sheet's last chunk: its totals row (null for none) is written and the sheet closed. */
  end: z.strictObject({ totals: sheetTotals.nullable() }).optional(),
}).superRefine((a, ctx) => {
  const issues: string[] = [];
  const report = (message: string) => issues.push(message);
  if (a.firstRow + a.rows.rowCount > EXCEL_DATA_ROWS) report(`rows: more than the ${EXCEL_DATA_ROWS} data rows a sheet can hold`);
  a.rows.columns.forEach((c, i) => checkColumn(c, i, a.rows.rowCount, a.firstRow, report));
  checkCellFormats(a.rows, a.firstRow, report);
  for (const message of issues.slice(0, MAX_ISSUES)) ctx.addIssue({ code: 'custom', message });
  if (issues.length > MAX_ISSUES) ctx.addIssue({ code: 'custom', message: `and ${issues.length - MAX_ISSUES} more problems` });
});
export type AppendWorkbookRequest = z.infer<typeof appendWorkbookRequest>;

/** `abort`: the page gave up (its worker failed, the user cancelled); the partial file is removed. */
export const finishWorkbookRequest = z.strictObject({ workbook: workbookId, abort: z.boolean().optional() });
export type FinishWorkbookRequest = z.infer<typeof finishWorkbookRequest>;

type Report = (message: string) => number;
/** The row a user finds in the file: data row `r` of a chunk starting at `firstRow`, under the heading row. */
const sheetRow = (firstRow: number, r: number) => firstRow + r + 2;

/** A cell per row; text indexes name one of the column's strings or -1 (blank); numbers are finite or NaN (blank). */
function checkColumn(c: ChunkColumn, i: number, rowCount: number, firstRow: number, report: Report): void {
  if (c.cells.length !== rowCount) { report(`columns[${i}]: ${c.cells.length} cells for ${rowCount} rows`); return; }
  if (c.kind === 'text') {
    const n = c.strings.length;
    for (let k = 0; k < n; k++) {
      const text: unknown = c.strings[k];
      if (typeof text !== 'string' || text.length > EXCEL_TEXT_LIMIT) { report(`columns[${i}].strings[${k}]: ${typeof text === 'string' ? `text longer than ${EXCEL_TEXT_LIMIT}` : typeof text}`); return; }
    }
    for (let r = 0; r < rowCount; r++) {
      const k = c.cells[r]!;
      if (k < -1 || k >= n) { report(`row ${sheetRow(firstRow, r)}, columns[${i}]: text index ${k} is not one of its ${n} strings`); return; }
    }
    return;
  }
  for (let r = 0; r < rowCount; r++) {
    const v = c.cells[r]!;
    if (v === Infinity || v === -Infinity) { report(`row ${sheetRow(firstRow, r)}, columns[${i}]: ${v} is not a number a cell can hold`); return; }
  }
}

function checkCellFormats(s: SheetRows, firstRow: number, report: Report): void {
  const f = s.cellFormats;
  if (f.length % 3 !== 0) { report('cellFormats: not [row, column, format] triples'); return; }
  for (let k = 0; k < f.length; k += 3) {
    const row = f[k]!, col = f[k + 1]!, format = f[k + 2]!;
    const ascending = k === 0 || row >= f[k - 3]!;
    if (!ascending || row < 0 || row >= s.rowCount || col < 0 || col >= s.columns.length || format < 0 || format >= s.formats.length || s.columns[col]!.kind !== 'number') {
      report(`cellFormats[${k / 3}] (row ${sheetRow(firstRow, row)}): [${row}, ${col}, ${format}] is out of order or names no numeric cell or format`);
      return;
    }
  }
}

/** Fails to compile if the schemas drift from the types the page builds and the writers take. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type SchemasMatchSheetTypes = Same<BeginWorkbookRequest['sheets'][number], SheetHead> extends true
  ? Same<AppendWorkbookRequest['rows'], SheetRows> extends true
    ? Same<NonNullable<NonNullable<AppendWorkbookRequest['end']>['totals']>, SheetTotals> extends true ? true : never
    : never
  : never;
const schemasMatch: SchemasMatchSheetTypes = true;
void schemasMatch;
