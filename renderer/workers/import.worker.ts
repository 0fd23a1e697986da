/// <reference lib="webworker" />
import { parseImport } from '../../shared/import/run-import';
import type { ImportWorkerIn, ImportWorkerOut } from './messages';

/**
 * Decoding, parsing and validating an import file off the main thread, so a 100,000-row
 * report never freezes the window. Cancel = the page terminates this worker.
 */
const post = (m: ImportWorkerOut) => self.postMessage(m);

self.onmessage = async (event: MessageEvent<ImportWorkerIn>) => {
  try {
    let last = 0;
    const result = await parseImport(event.data, (phase, done, total) => {
      const now = performance.now();
      if (now - last > 50 || done === total) {
        last = now;
        post({ type: 'progress', phase, done, total });
      }
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
