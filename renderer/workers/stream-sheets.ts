import { csvChunkBytes, exportHeaders, SheetBuilder, type SheetHead } from '../../shared/export';
import type { HomeboundDb } from '../db/database';
import { exportPages } from '../db/export-pages';
import type { ExportWorkerIn, WorkbookChunk } from './messages';

/** A sheet of the export would pass `limit` rows (Excel's per sheet, or the browser build's). */
export class TooLarge extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} rows in a sheet`);
  }
}

/** Where the chunks go: each call resolves once its message is on its way, which waits until the page took the one before. */
export interface ChunkOut {
  begin(sheets: SheetHead[]): Promise<void>;
  send(chunk: WorkbookChunk): Promise<void>;
  /** The next bytes of a CSV file. */
  bytes(bytes: Uint8Array): Promise<void>;
}

/**
 * The workbook, sheet by sheet, a page of records at a time: each chunk's rows are built while
 * the page writes the one before (`out.send` resolves only when it may go); a chunk is held
 * until the next exists, so that a sheet's last chunk carries its totals. Nothing longer than a
 * chunk is kept, so a million orders take the memory of a few thousand. Resolves with the
 * first sheet's rows.
 */
export async function streamSheets(db: HomeboundDb, request: Extract<ExportWorkerIn, { type: 'build' }>, chunkRows: number, out: ChunkOut): Promise<number> {
  const { kind, filter, language, withCodes, maxRows } = request;
  const sheets = await exportPages(db, kind, filter, language, withCodes, chunkRows);
  const label = exportHeaders(language);
  const builders = sheets.map((s) => new SheetBuilder(s.empty, label));
  await out.begin(builders.map((b) => b.head()));
  let first = 0;
  for (const [i, sheet] of sheets.entries()) {
    const builder = builders[i]!;
    let held: WorkbookChunk = { sheet: i, firstRow: 0, rows: builder.rows({ columns: sheet.empty.columns, rows: [] }) };
    let rows = 0;
    for await (const table of sheet.chunks()) {
      if (table.rows.length === 0) continue;
      if (rows + table.rows.length > maxRows) throw new TooLarge(maxRows);
      if (held.rows.rowCount > 0) await out.send(held);
      held = { sheet: i, firstRow: rows, rows: builder.rows(table) };
      rows += table.rows.length;
    }
    await out.send({ ...held, end: { totals: builder.totals() } });
    if (i === 0) first = rows;
  }
  return first;
}

/**
 * A CSV file (the export's first table), a page of records at a time, as bytes to append to
 * the file in order (csvChunkBytes: the first chunk starts the file). Resolves with its rows.
 */
export async function streamCsv(db: HomeboundDb, request: Extract<ExportWorkerIn, { type: 'build' }>, chunkRows: number, out: ChunkOut): Promise<number> {
  const { kind, filter, language, withCodes, delimiter } = request;
  const [sheet] = await exportPages(db, kind, filter, language, withCodes, chunkRows);
  const label = exportHeaders(language);
  await out.begin([]);
  let rows = 0;
  for await (const table of sheet!.chunks()) {
    if (table.rows.length === 0) continue;
    await out.bytes(csvChunkBytes(table, label, delimiter, rows === 0));
    rows += table.rows.length;
  }
  if (rows === 0) await out.bytes(csvChunkBytes(sheet!.empty, label, delimiter, true));
  return rows;
}
