/// <reference lib="webworker" />
import { accountantWorkbook, sheetsToXlsxBytes, type ExportKind, type ExportSource } from '../../shared/export';
import { WORKBOOK_CHUNK_ROWS } from '../../shared/bridge/workbook';
import { HomeboundDb } from '../db/database';
import { loadExportSource, type ExportFilter } from '../db/export-sources';
import type { ExportFile, ExportWorkerIn, ExportWorkerOut } from './messages';
import { streamCsv, streamSheets, TooLarge, type ChunkOut } from './stream-sheets';

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

/** The page's acks, in order: each resolves the oldest message waiting for one. */
const waiting: (() => void)[] = [];
const acked = () => new Promise<void>((resolve) => waiting.push(resolve));

/** Chunks to the page, one on its way at a time: the next is posted once the page acked the one before. */
function toPage(): ChunkOut & { drained(): Promise<void> } {
  let inFlight = Promise.resolve();
  const post = async (message: ExportWorkerOut, transfer: ArrayBuffer[] = []) => {
    await inFlight;
    inFlight = acked();
    self.postMessage(message, { transfer });
  };
  return {
    begin: (sheets) => post({ type: 'begin', sheets }),
    send: (chunk) => post({ type: 'rows', ...chunk }, [chunk.rows.cellFormats.buffer, ...chunk.rows.columns.map((c) => c.cells.buffer)]),
    bytes: (bytes) => post({ type: 'bytes', bytes }, [bytes.buffer as ArrayBuffer]),
    drained: () => inFlight,
  };
}

async function streamToPage(message: Build): Promise<number> {
  return withDb(message.dbName, async (db) => {
    const out = toPage();
    const rows = await (message.format === 'csv' ? streamCsv : streamSheets)(db, message, WORKBOOK_CHUNK_ROWS, out);
    await out.drained();
    return rows;
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
  return { file: { format: 'streamed' }, rows: await streamToPage(message) };
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
