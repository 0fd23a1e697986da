/// <reference lib="webworker" />
import { HomeboundDb } from '../db/database';
import { ImportRepo, ImportStopped } from '../db/import-repo';
import { ImportSession, type SessionPhase } from './import-session';
import type { ImportWorkerIn, ImportWorkerOut } from './messages';

/**
 * The whole import off the window's thread: decode, parse, check, plan and — after the page
 * confirms — the one-transaction write, against the same IndexedDB the page uses. Only
 * progress and reviews are posted back; 100,000 checked rows cloned to the page and written
 * from there cost the window tasks of most of a second.
 */
const post = (m: ImportWorkerOut) => self.postMessage(m);

let session: ImportSession | null = null;
let last = 0;

function progress(phase: SessionPhase, done: number, total: number): void {
  const now = performance.now();
  if (now - last > 50 || done === total) {
    last = now;
    post({ type: 'progress', phase, done, total });
  }
}

function fail(error: unknown): void {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error), cancelled: error instanceof ImportStopped });
}

self.onmessage = async (event: MessageEvent<ImportWorkerIn>) => {
  const m = event.data;
  try {
    if (m.type === 'check') {
      session = new ImportSession(new ImportRepo(new HomeboundDb(m.dbName)));
      const bytes = new Uint8Array(await m.file.arrayBuffer());
      post({ type: 'checked', review: await session.check({ bytes, mapping: m.mapping, kind: m.kind, defaults: m.defaults, resolutions: m.resolutions, presets: m.presets }, progress) });
    } else if (m.type === 'commit') {
      if (!session) throw new Error('import: nothing has been checked');
      post({ type: 'committed', review: await session.commit(progress) });
    } else session?.stop();
  } catch (error) {
    fail(error);
  }
};
