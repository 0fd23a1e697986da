import { z } from 'zod';
import { EXCEL_DATA_ROWS, EXCEL_TEXT_LIMIT, SHEET_MAX_COLUMNS, type SheetColumn, type SheetData } from '../export/sheet';

/**
 * The IPC payload of "save this workbook": SheetData (shared/export/sheet.ts) as the page sent
 * it — column by column, numbers in typed arrays, so 100,000 orders are checked in
 * milliseconds: zod checks the shape, one pass of plain code per column checks what a typed
 * array cannot say (blank markers, indexes in range, lengths), naming the first bad cells.
 */
const MAX_ISSUES = 5;
/** Number formats the app writes: digits, #, separators and date letters — nothing that could carry text or a formula. */
const numFmt = z.string().regex(/^[#0.,;yYmMdD\- ]{1,40}$/, 'not a number format the app writes');

const head = {
  header: z.string().max(EXCEL_TEXT_LIMIT),
  width: z.number().min(1).max(255),
  numFmt: numFmt.nullable(),
};

const column = z.discriminatedUnion('kind', [
  // Each string is checked in checkColumn's loop: a zod schema per string costs ten times as much.
  z.strictObject({ ...head, kind: z.literal('text'), strings: z.custom<string[]>((v) => Array.isArray(v) && v.length <= EXCEL_DATA_ROWS, 'strings: an array of texts'), cells: z.instanceof(Int32Array) }),
  z.strictObject({ ...head, kind: z.enum(['number', 'date']), cells: z.instanceof(Float64Array) }),
]);

const sheet = z.strictObject({
  name: z.string().min(1).max(31).regex(/^[^[\]:*?/\\]+$/, 'not a valid sheet name'),
  rowCount: z.number().int().min(0).max(EXCEL_DATA_ROWS),
  columns: z.array(column).min(1).max(SHEET_MAX_COLUMNS),
  formats: z.array(numFmt).max(16),
  cellFormats: z.instanceof(Int32Array),
  totals: z.strictObject({
    label: z.string().max(EXCEL_TEXT_LIMIT),
    sums: z.array(z.number().nullable()).max(SHEET_MAX_COLUMNS),
  }).nullable(),
}).superRefine((s, ctx) => {
  const issues: string[] = [];
  const report = (message: string) => issues.push(message);
  s.columns.forEach((c, i) => checkColumn(c, i, s.rowCount, report));
  checkCellFormats(s, report);
  if (s.totals) {
    if (s.totals.sums.length !== s.columns.length) report(`totals: ${s.totals.sums.length} sums for ${s.columns.length} columns`);
    s.totals.sums.forEach((sum, i) => {
      if (sum !== null && s.columns[i]?.kind !== 'number') report(`totals: column ${i} is not numeric and cannot be summed`);
    });
  }
  for (const message of issues.slice(0, MAX_ISSUES)) ctx.addIssue({ code: 'custom', message });
  if (issues.length > MAX_ISSUES) ctx.addIssue({ code: 'custom', message: `and ${issues.length - MAX_ISSUES} more problems` });
});

type Report = (message: string) => number;

/** A cell per row; text indexes name one of the column's strings or -1 (blank); numbers are finite or NaN (blank). */
function checkColumn(c: SheetColumn, i: number, rowCount: number, report: Report): void {
  if (c.cells.length !== rowCount) { report(`columns[${i}]: ${c.cells.length} cells for ${rowCount} rows`); return; }
  if (c.kind === 'text') {
    const n = c.strings.length;
    for (let k = 0; k < n; k++) {
      const text: unknown = c.strings[k];
      if (typeof text !== 'string' || text.length > EXCEL_TEXT_LIMIT) { report(`columns[${i}].strings[${k}]: ${typeof text === 'string' ? `text longer than ${EXCEL_TEXT_LIMIT}` : typeof text}`); return; }
    }
    for (let r = 0; r < rowCount; r++) {
      const k = c.cells[r]!;
      if (k < -1 || k >= n) { report(`columns[${i}] row ${r}: text index ${k} is not one of its ${n} strings`); return; }
    }
    return;
  }
  for (let r = 0; r < rowCount; r++) {
    const v = c.cells[r]!;
    if (v === Infinity || v === -Infinity) { report(`columns[${i}] row ${r}: ${v} is not a number a cell can hold`); return; }
  }
}

function checkCellFormats(s: Pick<SheetData, 'cellFormats' | 'rowCount' | 'columns' | 'formats'>, report: Report): void {
  const f = s.cellFormats;
  if (f.length % 3 !== 0) { report('cellFormats: not [row, column, format] triples'); return; }
  for (let k = 0; k < f.length; k += 3) {
    const row = f[k]!, col = f[k + 1]!, format = f[k + 2]!;
    const ascending = k === 0 || row >= f[k - 3]!;
    if (!ascending || row < 0 || row >= s.rowCount || col < 0 || col >= s.columns.length || format < 0 || format >= s.formats.length || s.columns[col]!.kind !== 'number') {
      report(`cellFormats[${k / 3}]: [${row}, ${col}, ${format}] is out of order or names no numeric cell or format`);
      return;
    }
  }
}

/** A file name the save dialog may suggest: no path, no characters Windows refuses, ends in .xlsx. */
export const workbookFileName = z.string().min(6).max(200)
  .refine((n) => !/[\\/:*?"<>|]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 32), 'file name has forbidden characters')
  .refine((n) => n.toLowerCase().endsWith('.xlsx'), 'file name must end in .xlsx');

export const saveWorkbookRequest = z.strictObject({
  suggestedName: workbookFileName,
  sheets: z.array(sheet).min(1).max(16)
    .refine((sheets) => new Set(sheets.map((s) => s.name.toLowerCase())).size === sheets.length, 'two sheets have the same name'),
});

export type SaveWorkbookRequest = z.infer<typeof saveWorkbookRequest>;

/** Fails to compile if the schema drifts from SheetData, which the page builds and the writers take. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type SchemaMatchesSheetData = Same<SaveWorkbookRequest['sheets'][number], SheetData> extends true ? true : never;
const schemaMatches: SchemaMatchesSheetData = true;
void schemaMatches;
