/// <reference lib="webworker" />
import { accountantWorkbook, describeSheets, exportHeaders, exportTables, sheetsToXlsxBytes, toCsvBytes, type ExportKind, type ExportSource } from '../../shared/export';
import { HomeboundDb } from '../db/database';
import { loadExportSource, type ExportFilter } from '../db/export-sources';
import type { ExportFile, ExportWorkerIn, ExportWorkerOut } from './messages';

/** What an export reads, through its own connection, closed again so it never holds up an upgrade. */
async function readLedger(dbName: string, kind: ExportKind, filter: ExportFilter): Promise<ExportSource> {
  const db = new HomeboundDb(dbName);
  try {
    return await loadExportSource(db, kind, filter);
  } finally {
    db.close();
  }
}

/** Reading the ledger and building the sheets or a workbook of 100,000 rows take seconds: they happen here, not in the window. */
async function work(message: ExportWorkerIn): Promise<{ file: ExportFile; rows: number }> {
  if (message.type === 'write') {
    return { file: { format: 'bytes', bytes: await sheetsToXlsxBytes(message.sheets) }, rows: message.sheets[0]?.rowCount ?? 0 };
  }
  if (message.type === 'workbook') {
    // The returns in the period (by request date) and the decisions made in it.
    const source = await readLedger(message.dbName, 'returns', message.filter);
    return { file: { format: 'bytes', bytes: await accountantWorkbook(source, message.language) }, rows: source.returns.length };
  }
  const { kind, format, delimiter, dbName, filter, language, withCodes } = message;
  const source = await readLedger(dbName, kind, filter);
  const tables = exportTables(kind, source, language, withCodes);
  const label = exportHeaders(language);
  const rows = tables[0]?.rows.length ?? 0;
  if (format === 'csv') return { file: { format: 'bytes', bytes: toCsvBytes(tables[0]!, label, delimiter) }, rows };
  return { file: { format: 'sheets', sheets: describeSheets(tables, label) }, rows };
}

/** The buffers the page may take over instead of copying: the file's bytes, or each sheet column's typed array. */
function transferables(file: ExportFile): ArrayBuffer[] {
  if (file.format === 'bytes') return [file.bytes.buffer as ArrayBuffer];
  return file.sheets.flatMap((s) => [s.cellFormats.buffer, ...s.columns.map((c) => c.cells.buffer)]);
}

self.onmessage = async (event: MessageEvent<ExportWorkerIn>) => {
  try {
    const start = performance.now();
    const { file, rows } = await work(event.data);
    const out: ExportWorkerOut = { type: 'done', file, rows, ms: Math.round(performance.now() - start) };
    self.postMessage(out, { transfer: transferables(file) });
  } catch (error) {
    self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies ExportWorkerOut);
  }
};
