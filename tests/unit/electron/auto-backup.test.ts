import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupBytes, makeBackup } from '../../../shared/backup/envelope';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { createBackupFolder, createBackupScheduler, createExitBackup, type BackupFs } from '../../../electron/auto-backup';

const FOLDER = path.join('/home', 'seller', '.config', 'Homebound', 'backups');
const NOW = new Date('2026-05-02T12:00:00Z');
const EMPTY = { products: [], orders: [], returns: [], decisions: [], presets: [], batches: [] };
const aBackup = () => backupBytes(makeBackup(EMPTY, DEFAULT_SETTINGS, { appVersion: '0.1.0', schemaVersion: 2, now: NOW }));

/** A folder in memory: file name → bytes. */
function fakeFs(names: string[] = []) {
  const files = new Map<string, Uint8Array>(names.map((n) => [path.join(FOLDER, n), new Uint8Array([1])]));
  const fs: BackupFs = {
    mkdir: vi.fn(async () => undefined),
    rename: vi.fn(async (from: string, to: string) => {
      files.set(to, files.get(from)!);
      files.delete(from);
    }),
    readdir: vi.fn(async (dir: string) => [...files.keys()].filter((p) => path.dirname(p) === dir).map((p) => path.basename(p))),
    unlink: vi.fn(async (p: string) => void files.delete(p)),
  };
  /** A finished upload of a backup, as electron/uploads.ts leaves it, adopted by the folder. */
  const adoptNew = (folder: ReturnType<typeof createBackupFolder>) => {
    files.set(folder.partPath('u1'), aBackup());
    return folder.adopt(folder.partPath('u1'), 'json');
  };
  return { fs, adoptNew, names: () => [...files.keys()].map((p) => path.basename(p)).sort() };
}

describe('the backups folder', () => {
  it('rotates: deletes exactly the backups the retention rule drops, and never other files', async () => {
    const { fs, adoptNew, names } = fakeFs([
      'homebound-20260502-110000.json', 'homebound-20260502-100000.json', 'homebound-20260502-090000.json', 'homebound-20260502-080000.json',
      'homebound-20260502-070000.json', 'homebound-20260502-060000.json', // with the new one, seven in the last day: 06:00 goes
      'homebound-20260430-230000.json', 'homebound-20260430-220000.json', // one day: the older goes
      'homebound-20260201-000000.json', // older than eight weeks
      'notes.txt', 'homebound-20260502-050000.json.tmp',
    ]);
    await adoptNew(createBackupFolder(FOLDER, fs, () => NOW));
    expect(names()).toEqual([
      'homebound-20260430-230000.json',
      'homebound-20260502-050000.json.tmp',
      'homebound-20260502-070000.json', 'homebound-20260502-080000.json', 'homebound-20260502-090000.json', 'homebound-20260502-100000.json', 'homebound-20260502-110000.json',
      'homebound-20260502-120000.json',
      'notes.txt',
    ]);
  });

  it('moves a second backup in the same second to the next second instead of overwriting', async () => {
    const { fs, adoptNew, names } = fakeFs(['homebound-20260502-120000.json']);
    const result = await adoptNew(createBackupFolder(FOLDER, fs, () => NOW));
    expect(result.path).toBe(path.join(FOLDER, 'homebound-20260502-120001.json'));
    expect(names()).toEqual(['homebound-20260502-120000.json', 'homebound-20260502-120001.json']);
  });

  it('reports the folder and the newest backup; a missing folder is no backups yet', async () => {
    const { fs } = fakeFs(['homebound-20260501-080000.json', 'homebound-20260502-070000.json', 'other.json']);
    await expect(createBackupFolder(FOLDER, fs).status()).resolves.toEqual({ supported: true, folder: FOLDER, last: '2026-05-02T07:00:00.000Z' });
    const broken = { ...fs, readdir: vi.fn(async () => { throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' }); }) };
    await expect(createBackupFolder(FOLDER, broken).status()).resolves.toEqual({ supported: true, folder: FOLDER, last: null });
  });

  it('adopts a finished part file under its dated name, then rotates', async () => {
    const { fs, names } = fakeFs(['homebound-20260502-120000.hbbackup', 'upload-u1.part']);
    const folder = createBackupFolder(FOLDER, fs, () => NOW);
    await expect(folder.adopt(folder.partPath('u1'), 'hbbackup')).resolves.toEqual({ saved: true, path: path.join(FOLDER, 'homebound-20260502-120001.hbbackup'), at: '2026-05-02T12:00:01.000Z' });
    expect(names()).toEqual(['homebound-20260502-120000.hbbackup', 'homebound-20260502-120001.hbbackup']);
  });
});

describe('asking the page for a backup', () => {
  function scheduler(answers = true) {
    let timer: (() => void) | null = null;
    const ask = vi.fn(() => answers);
    const s = createBackupScheduler({ ask, setTimeout: (fn) => { timer = fn; return 1; }, clearTimeout: () => { timer = null; } });
    return { s, ask, fire: () => timer?.() };
  }

  it('resolves when the page has written the backup', async () => {
    const { s, ask } = scheduler();
    const waiting = s.request('timer', 60_000);
    expect(ask).toHaveBeenCalledWith('timer');
    s.written();
    await expect(waiting).resolves.toBe('written');
  });

  it('gives up after the wait, so quitting never hangs on a page that does not answer', async () => {
    const { s, fire } = scheduler();
    const waiting = s.request('quit', 8000);
    fire();
    await expect(waiting).resolves.toBe('timeout');
  });

  it('does not wait when there is no page to ask', async () => {
    await expect(scheduler(false).s.request('quit', 8000)).resolves.toBe('no-page');
  });

  it('backs up once per exit, however many close and quit events arrive', async () => {
    const { s, ask } = scheduler();
    const exit = createExitBackup(s, 8000);
    const first = exit.run();
    const second = exit.run();
    expect(ask).toHaveBeenCalledOnce();
    expect(exit.done).toBe(false);
    s.written();
    await Promise.all([first, second]);
    expect(exit.done).toBe(true);
    exit.reset();
    expect(exit.done).toBe(false);
  });
});
