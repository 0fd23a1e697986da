import type { BufferedSheet, CsvDelimiter, ExportKind, ExportLanguage, SheetHead, SheetRows, SheetTotals } from '../../shared/export';
import type { BackupRefusal } from '../../shared/backup/records';
import type { StreamHeader } from '../../shared/backup/stream-format';
import type { ExportFilter } from '../db/export-sources';
import type { Settings } from '../../shared/bridge/settings';
import type { FieldError } from '../../shared/errors';
import type { ImportDefaults } from '../../shared/import/defaults';
import type { ImportKind, Mapping } from '../../shared/import/formats';
import type { ImportReview } from '../../shared/import/review';
import type { SavedMapping } from '../../shared/import/run-import';
import type { Resolutions } from '../../shared/import/values';
import type { SessionPhase } from './import-session';

/**
 * What the page and its workers say to each other. An import worker lives for one file:
 * check → (review on the page) → commit or stop; only reviews cross back, never the records.
 */
export type ImportWorkerIn =
  | {
    type: 'check';
    /** The page's database, opened again inside the worker. */
    dbName: string;
    /** A File is cloned by reference, so the page never copies the bytes itself. */
    file: Blob;
    mapping: Mapping | null;
    kind: ImportKind;
    defaults: ImportDefaults;
    resolutions: Resolutions;
    presets: SavedMapping[];
  }
  | { type: 'commit' }
  | { type: 'stop' };

export type ImportWorkerOut =
  | { type: 'progress'; phase: SessionPhase; done: number; total: number }
  | { type: 'checked'; review: ImportReview }
  | { type: 'committed'; review: ImportReview }
  | { type: 'error'; message: string; cancelled: boolean };

/**
 * `build` streams a workbook or a CSV file to the page as it reads the ledger: `begin` (with
 * each sheet's head), then `rows` (or a CSV's `bytes`) chunk by chunk, each waiting for the
 * page's `ack` of the one before (the page hands it to DesktopApi.appendWorkbook or
 * appendUpload), so at most one chunk is on its way while the next is read. `write` is the browser's finishWorkbook making the XLSX bytes
 * in memory (the desktop app streams them from the main process instead).
 */
export type ExportWorkerIn =
  | {
    type: 'build';
    kind: ExportKind;
    format: 'sheets' | 'csv';
    delimiter: CsvDelimiter;
    /** The worker reads the ledger itself: 100,000 orders read on the window's thread would freeze it for seconds. */
    dbName: string;
    filter: ExportFilter;
    /** The language the file is written in (headers and every coded value). */
    language: ExportLanguage;
    /** Code columns beside the labels. */
    withCodes: boolean;
    /** The most rows a sheet may have where the workbook is written (Excel's limit, or the browser build's). */
    maxRows: number;
  }
  | { type: 'ack' }
  | { type: 'write'; sheets: BufferedSheet[] }
  /** The accountant's workbook (summary + detail sheets with formulas), as XLSX bytes. */
  | { type: 'workbook'; dbName: string; filter: ExportFilter; language: ExportLanguage };
export type ExportFile = { format: 'bytes'; bytes: Uint8Array } | { format: 'streamed' };
/** One chunk of a sheet's rows, as DesktopApi.appendWorkbook takes it (less the workbook id). */
export interface WorkbookChunk { sheet: number; firstRow: number; rows: SheetRows; end?: { totals: SheetTotals | null } }
export type ExportWorkerOut =
  | { type: 'begin'; sheets: SheetHead[] }
  | ({ type: 'rows' } & WorkbookChunk)
  /** The next bytes of a streamed CSV file. */
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'done'; file: ExportFile; rows: number; ms: number }
  /** A sheet would pass `limit` rows (see maxRows). */
  | { type: 'tooLarge'; limit: number }
  | { type: 'error'; message: string };

/**
 * A backup worker lives for one job: write a streamed backup of the ledger, check a chosen
 * file (the whole validation pass, before the page offers a restore), or restore a checked
 * file. Files cross as Blobs, which are passed by reference, never copied into the page.
 */
export type BackupWorkerIn =
  | { type: 'backup'; dbName: string; settings: Settings }
  | { type: 'check'; file: Blob; currentSchema: number }
  | { type: 'restore'; dbName: string; file: Blob };
export type BackupWorkerOut =
  | { type: 'progress'; done: number; total: number }
  | { type: 'written'; blob: Blob; header: StreamHeader }
  | { type: 'checked'; header: StreamHeader }
  | { type: 'refused'; refusal: BackupRefusal }
  | { type: 'restored' }
  | { type: 'error'; message: string; errors?: FieldError[] };
