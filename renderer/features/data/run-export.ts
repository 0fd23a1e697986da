import type { i18n as I18n, TFunction } from 'i18next';
import type { DesktopApi } from '../../../shared/bridge/desktop-api';
import type { CsvDelimiter, ExportKind } from '../../../shared/export';
import type { Repositories } from '../../db/repositories';
import type { ExportFilter } from '../../db/export-sources';
import { runExportWorker } from '../../workers/run-workers';
import { saveBytes, saveSheets } from './save-file';

export interface ExportRequest {
  kind: ExportKind;
  format: 'xlsx' | 'csv';
  delimiter: CsvDelimiter;
  filter: ExportFilter;
}

/**
 * Reads the ledger and builds a bookkeeping file in the export worker, then saves it through the bridge: the Data
 * page's export, and the orders list's "export selected". Resolves with the rows written and
 * the file's name, or null if the user cancelled the save.
 */
export async function runExport(repos: Repositories, desktop: DesktopApi, i18n: I18n, t: TFunction, request: ExportRequest): Promise<{ rows: number; file: string } | null> {
  const { kind, format, delimiter, filter } = request;
  const labels = i18n.getResource(i18n.language, 'data', 'col') as Record<string, string>;
  const { file, rows } = await runExportWorker({ type: 'build', kind, format: format === 'xlsx' ? 'sheets' : 'csv', delimiter, dbName: repos.db.name, filter, labels }).promise;
  const stem = t(`data:export.kind.${kind}`, { lng: 'en' }).toLowerCase();
  const saved = file.format === 'sheets' ? await saveSheets(desktop, stem, file.sheets) : await saveBytes(desktop, stem, format, file.bytes);
  return saved ? { rows, file: saved } : null;
}
