import { ValidationFailed } from '../../shared/errors';
import type { ImportReview } from '../../shared/import/review';
import type { SheetHead } from '../../shared/export';
import type { BackupWorkerIn, BackupWorkerOut, ExportWorkerIn, ExportWorkerOut, ImportWorkerIn, ImportWorkerOut, WorkbookChunk } from './messages';

/**
 * Starts a worker per job and ends it when the job ends or is cancelled (terminate() stops a
 * parse mid-loop, which no message could). Vite bundles each worker from its URL.
 */
export interface Job<T> {
  promise: Promise<T>;
  cancel: () => void;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * An import worker kept alive from check to commit: it holds the checked records, so the
 * page confirms with a message instead of sending them back. `stop` during a write rolls the
 * transaction back (the worker answers with a cancelled error); any other time it simply
 * ends the worker, which has written nothing.
 */
export interface ImportJob {
  checked: Promise<ImportReview>;
  commit(): Promise<ImportReview>;
  stop(): void;
  /** Ends the worker without waiting; after a commit resolved, or to discard a review. */
  close(): void;
}

type Pending = { resolve: (r: ImportReview) => void; reject: (e: Error) => void };

export function runImportWorker(request: Omit<Extract<ImportWorkerIn, { type: 'check' }>, 'type'>, onProgress: (phase: string, done: number, total: number) => void): ImportJob {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let pending: Pending | null = null;
  let writing = false;
  const settle = (fn: (p: Pending) => void) => {
    const p = pending;
    pending = null;
    if (p) fn(p);
  };
  const finish = () => { worker.terminate(); settle((p) => p.reject(new Cancelled())); };
  const ask = (message: ImportWorkerIn) => new Promise<ImportReview>((resolve, reject) => {
    pending = { resolve, reject };
    worker.postMessage(message);
  });
  worker.onmessage = (e: MessageEvent<ImportWorkerOut>) => {
    const m = e.data;
    if (m.type === 'progress') return onProgress(m.phase, m.done, m.total);
    if (m.type === 'error') {
      worker.terminate();
      return settle((p) => p.reject(m.cancelled ? new Cancelled() : new Error(m.message)));
    }
    if (m.type === 'committed') worker.terminate();
    settle((p) => p.resolve(m.review));
  };
  worker.onerror = (e) => { worker.terminate(); settle((p) => p.reject(new Error(e.message))); };
  const checked = ask({ type: 'check', ...request });
  return {
    checked,
    commit: () => {
      writing = true;
      return ask({ type: 'commit' });
    },
    // Terminating mid-write would also abort the transaction, but the worker reports a clean rollback.
    stop: () => (writing ? worker.postMessage({ type: 'stop' } satisfies ImportWorkerIn) : finish()),
    close: finish,
  };
}

/** A sheet of the export would have more rows than `limit`: Excel's per sheet, or the browser build's. */
export class TooManyRows extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} rows in a sheet`);
    this.name = 'TooManyRows';
  }
}

/** Where a streamed file goes: `begin` says whether to go on (false: the save was cancelled); a workbook's chunks or a CSV's bytes follow. */
export interface ExportSink {
  begin(sheets: SheetHead[]): Promise<boolean>;
  append?(chunk: WorkbookChunk): Promise<void>;
  bytes?(bytes: Uint8Array): Promise<void>;
}

type Done = Extract<ExportWorkerOut, { type: 'done' }>;

/**
 * One export job. A workbook build streams its chunks into `sink`, acknowledging each once
 * the sink took it (the worker waits for that before sending the next); the job resolves
 * null when the sink declined to begin. A failing sink ends the worker and the job.
 */
export function runExportWorker(request: ExportWorkerIn, sink?: ExportSink): Job<Done | null> {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  let reject: (e: Error) => void = () => {};
  const promise = new Promise<Done | null>((resolve, fail) => {
    reject = (e) => { worker.terminate(); fail(e); };
    const ack = () => worker.postMessage({ type: 'ack' } satisfies ExportWorkerIn);
    worker.onmessage = (e: MessageEvent<ExportWorkerOut>) => {
      const m = e.data;
      if (m.type === 'begin' || m.type === 'rows' || m.type === 'bytes') {
        const step = !sink ? Promise.reject(new Error('export: a file was streamed with nowhere to go'))
          : m.type === 'begin' ? sink.begin(m.sheets)
            : m.type === 'bytes' ? (sink.bytes?.(m.bytes) ?? Promise.reject(new Error('export: bytes with nowhere to go'))).then(() => true)
              : (sink.append?.({ sheet: m.sheet, firstRow: m.firstRow, rows: m.rows, ...(m.end ? { end: m.end } : {}) }) ?? Promise.reject(new Error('export: rows with nowhere to go'))).then(() => true);
        step.then((go) => {
          if (go) return ack();
          worker.terminate();
          resolve(null);
        }, reject);
        return;
      }
      worker.terminate();
      if (m.type === 'done') resolve(m);
      else fail(m.type === 'tooLarge' ? new TooManyRows(m.limit) : new Error(m.message));
    };
    worker.onerror = (e) => reject(new Error(e.message));
  });
  worker.postMessage(request);
  return { promise, cancel: () => reject(new Cancelled()) };
}

/** Runs one backup job (see BackupWorkerIn) and resolves with its last message: written, checked, refused or restored. */
export function runBackupWorker(request: BackupWorkerIn, onProgress?: (done: number, total: number) => void): Promise<Exclude<BackupWorkerOut, { type: 'progress' | 'error' }>> {
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Exclude<BackupWorkerOut, { type: 'progress' | 'error' }>>((resolve, fail) => {
    worker.onmessage = (e: MessageEvent<BackupWorkerOut>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress?.(m.done, m.total);
      worker.terminate();
      if (m.type === 'error') fail(m.errors ? new ValidationFailed(m.errors) : new Error(m.message));
      else resolve(m);
    };
    worker.onerror = (e) => { worker.terminate(); fail(new Error(e.message)); };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
