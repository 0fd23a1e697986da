import type { ImportParsed } from '../../shared/import/run-import';
import type { ExportWorkerIn, ExportWorkerOut, ImportWorkerIn, ImportWorkerOut } from './messages';

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

export function runImportWorker(request: ImportWorkerIn, onProgress: (phase: string, done: number, total: number) => void): Job<ImportParsed> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let reject: (e: Error) => void = () => {};
  const promise = new Promise<ImportParsed>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (e: MessageEvent<ImportWorkerOut>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress(m.phase, m.done, m.total);
      worker.terminate();
      if (m.type === 'done') resolve(m.result);
      else fail(new Error(m.message));
    };
    worker.onerror = (e) => { worker.terminate(); fail(new Error(e.message)); };
  });
  worker.postMessage(request);
  return { promise, cancel: () => { worker.terminate(); reject(new Cancelled()); } };
}

export function runExportWorker(request: ExportWorkerIn): Job<Extract<ExportWorkerOut, { type: 'done' }>> {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  let reject: (e: Error) => void = () => {};
  const promise = new Promise<Extract<ExportWorkerOut, { type: 'done' }>>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (e: MessageEvent<ExportWorkerOut>) => {
      worker.terminate();
      if (e.data.type === 'done') resolve(e.data);
      else fail(new Error(e.data.message));
    };
    worker.onerror = (e) => { worker.terminate(); fail(new Error(e.message)); };
  });
  worker.postMessage(request);
  return { promise, cancel: () => { worker.terminate(); reject(new Cancelled()); } };
}
