import type { CsvDelimiter, ExportKind, ExportSource } from '../../shared/export';
import type { ImportParsed, ImportRequest } from '../../shared/import/run-import';

/** What the page and its workers say to each other; one request, progress, then one answer. */
export type ImportWorkerIn = ImportRequest;
export type ImportWorkerOut =
  | { type: 'progress'; phase: 'read' | 'map'; done: number; total: number }
  | { type: 'done'; result: ImportParsed }
  | { type: 'error'; message: string };

export interface ExportWorkerIn {
  kind: ExportKind;
  format: 'xlsx' | 'csv';
  delimiter: CsvDelimiter;
  source: ExportSource;
  /** Column headers in the user's language, by column key. */
  labels: Record<string, string>;
}
export type ExportWorkerOut = { type: 'done'; bytes: Uint8Array; rows: number; ms: number } | { type: 'error'; message: string };
