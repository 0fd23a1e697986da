import type { TFunction } from 'i18next';
import type { DesktopApi } from '../../../shared/bridge/desktop-api';
import type { CsvDelimiter, ExportKind, ExportLanguage } from '../../../shared/export';
import type { Repositories } from '../../db/repositories';
import type { ExportFilter } from '../../db/export-sources';
import { runExportWorker } from '../../workers/run-workers';
import { saveBytes, saveSheets } from './save-file';

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
 * Reads the ledger and builds a bookkeeping file in the export worker, then saves it through the bridge: the Data
 * page's export, and the orders list's "export selected". Resolves with the rows written and
 * the file's name, or null if the user cancelled the save.
 */
export async function runExport(repos: Repositories, desktop: DesktopApi, t: TFunction, request: ExportRequest): Promise<{ rows: number; file: string } | null> {
  const { kind, format, delimiter, filter, language, withCodes } = request;
  const { file, rows } = await runExportWorker({ type: 'build', kind, format: format === 'xlsx' ? 'sheets' : 'csv', delimiter, dbName: repos.db.name, filter, language, withCodes }).promise;
  const stem = t(`data:export.kind.${kind}`, { lng: 'en' }).toLowerCase();
  const saved = file.format === 'sheets' ? await saveSheets(desktop, stem, file.sheets) : await saveBytes(desktop, stem, format, file.bytes);
  return saved ? { rows, file: saved } : null;
}
