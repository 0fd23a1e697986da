import path from 'node:path';
import type { AutoBackupResult, AutoBackupStatus, BackupReason } from '../shared/bridge/desktop-api';
import { backupFileName, backupFileTime, backupsToDelete, DEFAULT_RETENTION, type RetentionRule } from '../shared/backup/retention';

/**
 * Automatic backups on the machine's side. The ledger lives in the page's IndexedDB, so the
 * shell cannot read it: it asks the page (on a timer, on quit), the page answers with a
 * backup file through an upload (electron/uploads.ts), and the folder keeps what the retention rule says.
 * File system, clock and timers are injected so all of it runs under unit tests.
 */
export interface BackupFs {
  mkdir(dir: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  unlink(filePath: string): Promise<void>;
}

export interface BackupFolder {
  readonly folder: string;
  /** Where an upload of a new backup is written meanwhile: inside the folder, never taken for a backup. */
  partPath(id: string): string;
  /** Puts a finished backup file (written at partPath) in place under its dated name, then rotates the folder. */
  adopt(partFile: string, ext: 'hbbackup' | 'json'): Promise<AutoBackupResult & { saved: true }>;
  status(): Promise<AutoBackupStatus>;
}

export function createBackupFolder(folder: string, fs: BackupFs, now: () => Date = () => new Date(), rule: RetentionRule = DEFAULT_RETENTION): BackupFolder {
  const list = async () => {
    try {
      return await fs.readdir(folder);
    } catch {
      // No folder yet: no backups yet.
      return [];
    }
  };
  return {
    folder,
    partPath: (id) => path.join(folder, `upload-${id}.part`),
    async adopt(partFile, ext) {
      await fs.mkdir(folder);
      let at = now();
      const existing = new Set(await list());
      // Two backups in one second (quit right after a timer): the later name moves on a second.
      while (existing.has(backupFileName(at, ext))) at = new Date(at.getTime() + 1000);
      const target = path.join(folder, backupFileName(at, ext));
      await fs.rename(partFile, target);
      for (const name of backupsToDelete([...existing, backupFileName(at, ext)], now(), rule)) {
        await fs.unlink(path.join(folder, name)).catch(() => undefined);
      }
      return { saved: true, path: target, at: at.toISOString() };
    },
    async status() {
      const times = (await list()).flatMap((n) => backupFileTime(n) ?? []).map((d) => d.getTime());
      return { supported: true, folder, last: times.length ? new Date(Math.max(...times)).toISOString() : null };
    },
  };
}

export interface SchedulerDeps {
  /** Sends the request to the page; false when there is no page to ask. */
  ask(reason: BackupReason): boolean;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BackupScheduler {
  /** Asks the page and resolves when a backup has been written or `timeoutMs` has passed. */
  request(reason: BackupReason, timeoutMs: number): Promise<'written' | 'timeout' | 'no-page'>;
  /** The upload of an automatic backup calls this once the file is in place. */
  written(): void;
}

export function createBackupScheduler(deps: SchedulerDeps): BackupScheduler {
  const waiting = new Set<(outcome: 'written') => void>();
  return {
    request(reason, timeoutMs) {
      return new Promise((resolve) => {
        const done = (outcome: 'written' | 'timeout' | 'no-page') => {
          waiting.delete(done);
          deps.clearTimeout(handle);
          resolve(outcome);
        };
        const handle = deps.setTimeout(() => done('timeout'), timeoutMs);
        waiting.add(done);
        if (!deps.ask(reason)) done('no-page');
      });
    },
    written() {
      for (const done of [...waiting]) done('written');
    },
  };
}

/** How often the shell asks for a backup while the app runs, and how long quitting waits for one. */
export const BACKUP_EVERY_MS = 4 * 60 * 60 * 1000;
export const QUIT_BACKUP_WAIT_MS = 8000;

export interface ExitBackup {
  /** True once the exit backup has been written or given up on: closing may go ahead. */
  readonly done: boolean;
  /** Starts the exit backup, or joins the one under way; never rejects. */
  run(): Promise<void>;
  /** A new window: its eventual close deserves its own backup. */
  reset(): void;
}

/**
 * One backup per exit, however it starts: closing the last window (Windows, Linux) or
 * Quit (macOS, which fires before-quit and then closes each window). Bounded by `waitMs`,
 * so a hung page delays quitting by seconds, never forever.
 */
export function createExitBackup(scheduler: BackupScheduler, waitMs: number = QUIT_BACKUP_WAIT_MS): ExitBackup {
  let running: Promise<void> | null = null;
  let done = false;
  return {
    get done() {
      return done;
    },
    run() {
      running ??= scheduler.request('quit', waitMs).then(() => undefined, () => undefined).finally(() => {
        done = true;
      });
      return running;
    },
    reset() {
      running = null;
      done = false;
    },
  };
}
