/// <reference lib="webworker" />
import { accountantWorkbook, exportHeaders, exportTables, SheetBuilder, sheetsToXlsxBytes, toCsvBytes, type ExportKind, type ExportSource } from '../../shared/export';
import { WORKBOOK_CHUNK_ROWS } from '../../shared/bridge/workbook';
import { HomeboundDb } from '../db/database';
import { exportPages } from '../db/export-pages';
import { loadExportSource, type ExportFilter } from '../db/export-sources';
import type { ExportFile, ExportWorkerIn, ExportWorkerOut, WorkbookChunk } from './messages';

type Build = Extract<ExportWorkerIn, { type: 'build' }>;

/** Opens the page's database through the worker's own connection, closed again so it never holds up an upgrade. */
async function withDb<T>(dbName: string, fn: (db: HomeboundDb) => Promise<T>): Promise<T> {
  const db = new HomeboundDb(dbName);
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

const readLedger = (dbName: string, kind: ExportKind, filter: ExportFilter): Promise<ExportSource> => withDb(dbName, (db) => loadExportSource(db, kind, filter));

class TooLarge extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} rows in a sheet`);
  }
}

/** The page's acks, in order: each resolves the oldest message waiting for one. */
const waiting: (() => void)[] = [];
const acked = () => new Promise<void>((resolve) => waiting.push(resolve));

/**
 * The workbook, sheet by sheet, a page of records at a time: each chunk's rows are built and
 * sent while the page writes the one before; a sheet's last chunk carries its totals. Nothing
 * longer than a chunk is ever held, so a million orders take the memory of a few thousand.
 */
async function streamSheets({ dbName, kind, filter, language, withCodes, maxRows }: Build): Promise<number> {
  return withDb(dbName, async (db) => {
    const sheets = await exportPages(db, kind, filter, language, withCodes, WORKBOOK_CHUNK_ROWS);
    const label = exportHeaders(language);
    const builders = sheets.map((s) => new SheetBuilder(s.empty, label));
    self.postMessage({ type: 'begin', sheets: builders.map((b) => b.head()) } satisfies ExportWorkerOut);
    let inFlight = acked();
    const send = async (chunk: WorkbookChunk) => {
      await inFlight;
      const out: ExportWorkerOut = { type: 'rows', ...chunk };
      inFlight = acked();
      self.postMessage(out, { transfer: [chunk.rows.cellFormats.buffer, ...chunk.rows.columns.map((c) => c.cells.buffer)] });
    };
    let first = 0;
    for (const [i, sheet] of sheets.entries()) {
      const builder = builders[i]!;
      let held: WorkbookChunk = { sheet: i, firstRow: 0, rows: builder.rows({ columns: sheet.empty.columns, rows: [] }) };
      let rows = 0;
      for await (const table of sheet.chunks()) {
        if (table.rows.length === 0) continue;
        if (rows + table.rows.length > maxRows) throw new TooLarge(maxRows);
        // The chunk before is sent only now, so that a sheet's last chunk can carry its totals.
        if (held.rows.rowCount > 0) await send(held);
        held = { sheet: i, firstRow: rows, rows: builder.rows(table) };
        rows += table.rows.length;
      }
      await send({ ...held, end: { totals: builder.totals() } });
      if (i === 0) first = rows;
    }
    await inFlight;
    return first;
  });
}

/** Reading the ledger and building a file of 100,000 rows take seconds: they happen here, not in the window. */
async function work(message: Exclude<ExportWorkerIn, { type: 'ack' }>): Promise<{ file: ExportFile; rows: number }> {
  if (message.type === 'write') {
    return { file: { format: 'bytes', bytes: await sheetsToXlsxBytes(message.sheets) }, rows: message.sheets[0]?.chunks.reduce((n, c) => n + c.rowCount, 0) ?? 0 };
  }
  if (message.type === 'workbook') {
    // The returns in the period (by request date) and the decisions made in it.
    const source = await readLedger(message.dbName, 'returns', message.filter);
    return { file: { format: 'bytes', bytes: await accountantWorkbook(source, message.language) }, rows: source.returns.length };
  }
  if (message.format === 'sheets') return { file: { format: 'streamed' }, rows: await streamSheets(message) };
  const { kind, delimiter, dbName, filter, language, withCodes } = message;
  const source = await readLedger(dbName, kind, filter);
  const table = exportTables(kind, source, language, withCodes)[0]!;
  return { file: { format: 'bytes', bytes: toCsvBytes(table, exportHeaders(language), delimiter) }, rows: table.rows.length };
}

self.onmessage = async (event: MessageEvent<ExportWorkerIn>) => {
  const message = event.data;
  if (message.type === 'ack') { waiting.shift()?.(); return; }
  try {
    const start = performance.now();
    const { file, rows } = await work(message);
    const out: ExportWorkerOut = { type: 'done', file, rows, ms: Math.round(performance.now() - start) };
    self.postMessage(out, { transfer: file.format === 'bytes' ? [file.bytes.buffer as ArrayBuffer] : [] });
  } catch (error) {
    if (error instanceof TooLarge) self.postMessage({ type: 'tooLarge', limit: error.limit } satisfies ExportWorkerOut);
    else self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies ExportWorkerOut);
  }
};
