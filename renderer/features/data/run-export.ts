import type { TFunction } from 'i18next';
import type { DesktopApi } from '../../../shared/bridge/desktop-api';
import type { CsvDelimiter, ExportKind, ExportLanguage } from '../../../shared/export';
import type { Repositories } from '../../db/repositories';
import type { ExportFilter } from '../../db/export-sources';
import { BROWSER_WORKBOOK_ROWS } from '../../../shared/bridge/workbook';
import { EXCEL_DATA_ROWS } from '../../../shared/export/sheet';
import { runExportWorker } from '../../workers/run-workers';
import { fileName, MIME, uploadSink, workbookSink } from './save-file';

export interface ExportRequest {
  kind: ExportKind;
  format: 'xlsx' | 'csv';
  delimiter: CsvDelimiter;
  filter: ExportFilter;
  /** The language the file is written in: headers and every coded value. */
  language: ExportLanguage;
  /** Code columns beside the labels, for people who feed other systems. */
  withCodes: boolean;
}

/**
 * Reads the ledger and builds a bookkeeping file in the export worker and saves it through the
 * bridge: the Data page's export, and the orders list's "export selected". A workbook is
 * streamed chunk by chunk as the worker reads the ledger (`onRows`: data rows sent so far), a
 * CSV likewise as bytes through the chunked upload. Resolves with the rows written and the file's name, or null
 * if the user cancelled the save. A sheet longer than the workbook can hold rejects with
 * TooManyRows (Excel's limit on the desktop, BROWSER_WORKBOOK_ROWS in the browser build).
 */
export async function runExport(repos: Repositories, desktop: DesktopApi, t: TFunction, request: ExportRequest, onRows?: (rows: number) => void): Promise<{ rows: number; file: string } | null> {
  const { kind, format, delimiter, filter, language, withCodes } = request;
  const stem = t(`data:export.kind.${kind}`, { lng: 'en' }).toLowerCase();
  const build = { type: 'build', kind, delimiter, dbName: repos.db.name, filter, language, withCodes } as const;
  const suggestedName = fileName(stem, format);
  const sink = format === 'csv' ? uploadSink(desktop, suggestedName, MIME.csv) : workbookSink(desktop, suggestedName, onRows);
  const maxRows = format === 'csv' ? Number.MAX_SAFE_INTEGER : desktop.kind === 'browser' ? BROWSER_WORKBOOK_ROWS : EXCEL_DATA_ROWS;
  try {
    const done = await runExportWorker({ ...build, format: format === 'csv' ? 'csv' : 'sheets', maxRows }, sink).promise;
    if (!done) return null;
    const saved = await sink.finish();
    return saved ? { rows: done.rows, file: suggestedName } : null;
  } catch (error) {
    await sink.abort();
    throw error;
  }
}
