import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupBytes, makeBackup } from '../../../shared/backup/envelope';
import { writeBackupFile } from '../../../shared/backup/stream-format';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { createBackupFolder, createBackupScheduler, createExitBackup, type BackupFs } from '../../../electron/auto-backup';
import { createHandlers, type HandlerDeps } from '../../../electron/handlers';
import { registerIpcHandlers, type IpcEventLike } from '../../../electron/ipc';
import { createSettingsStore } from '../../../electron/settings-store';

const FOLDER = path.join('/home', 'seller', '.config', 'Homebound', 'backups');
const NOW = new Date('2026-05-02T12:00:00Z');
const EMPTY = { products: [], orders: [], returns: [], decisions: [], presets: [], batches: [] };
const EMPTY_COUNTS = { products: 0, orders: 0, returns: 0, decisions: 0, presets: 0, batches: 0 };
const aBackup = () => backupBytes(makeBackup(EMPTY, DEFAULT_SETTINGS, { appVersion: '0.1.0', schemaVersion: 2, now: NOW }));

/** A folder in memory: file name → bytes. */
function fakeFs(names: string[] = []) {
  const files = new Map<string, Uint8Array>(names.map((n) => [path.join(FOLDER, n), new Uint8Array([1])]));
  const fs: BackupFs = {
    mkdir: vi.fn(async () => undefined),
    writeFile: vi.fn(async (p: string, bytes: Uint8Array) => void files.set(p, bytes)),
    rename: vi.fn(async (from: string, to: string) => {
      files.set(to, files.get(from)!);
      files.delete(from);
    }),
    readdir: vi.fn(async (dir: string) => [...files.keys()].filter((p) => path.dirname(p) === dir).map((p) => path.basename(p))),
    unlink: vi.fn(async (p: string) => void files.delete(p)),
  };
  return { fs, names: () => [...files.keys()].map((p) => path.basename(p)).sort() };
}

function handlerDeps(backups: HandlerDeps['backups'], onBackupWritten?: () => void): HandlerDeps {
  return {
    settings: createSettingsStore({ store: {} }), showSaveDialog: vi.fn(async () => ({ canceled: true })), writeFile: vi.fn(async () => undefined),
    defaultSaveDirectory: () => '/docs', printTarget: () => undefined, openExternal: vi.fn(async () => undefined),
    getPreferredSystemLanguages: () => ['en'], getLocale: () => 'en', backups, onBackupWritten,
  };
}

describe('backup:write', () => {
  it('writes homebound-YYYYMMDD-HHMMSS.json through a temporary file and reports the time', async () => {
    const { fs, names } = fakeFs();
    const written = vi.fn();
    const handlers = createHandlers(handlerDeps(createBackupFolder(FOLDER, fs, () => NOW), written));
    const bytes = aBackup();
    await expect(handlers['backup:write']({ bytes: bytes as Uint8Array<ArrayBuffer> })).resolves.toEqual({ saved: true, path: path.join(FOLDER, 'homebound-20260502-120000.json'), at: NOW.toISOString() });
    expect(fs.writeFile).toHaveBeenCalledWith(path.join(FOLDER, 'homebound-20260502-120000.json.tmp'), bytes);
    expect(names()).toEqual(['homebound-20260502-120000.json']);
    expect(written).toHaveBeenCalledOnce();
  });

  it('keeps a streamed backup as .hbbackup only after reading it through; a damaged one is never written', async () => {
    const { fs, names } = fakeFs();
    const handlers = createHandlers(handlerDeps(createBackupFolder(FOLDER, fs, () => NOW)));
    const { blob } = await writeBackupFile(async (w) => {
      await w.header({ createdAt: NOW.toISOString(), appVersion: '0.1.0', schemaVersion: 2, counts: { ...EMPTY_COUNTS, presets: 1 }, settings: DEFAULT_SETTINGS });
      await w.add('presets', [{ id: 'decide', presets: {}, updatedAt: NOW.toISOString() }]);
      await w.end();
    });
    const good = new Uint8Array(await blob.arrayBuffer());
    const damaged = good.slice(0, good.length - 12);
    await expect(handlers['backup:write']({ bytes: damaged })).rejects.toThrow(/not a Homebound backup \(data:backup\.damaged/);
    expect(names()).toEqual([]);
    await expect(handlers['backup:write']({ bytes: good })).resolves.toMatchObject({ saved: true, path: path.join(FOLDER, 'homebound-20260502-120000.hbbackup') });
    expect(names()).toEqual(['homebound-20260502-120000.hbbackup']);
  });

  it('rotates: deletes exactly the backups the retention rule drops, and never other files', async () => {
    const { fs, names } = fakeFs([
      'homebound-20260502-110000.json', 'homebound-20260502-100000.json', 'homebound-20260502-090000.json', 'homebound-20260502-080000.json',
      'homebound-20260502-070000.json', 'homebound-20260502-060000.json', // with the new one, seven in the last day: 06:00 goes
      'homebound-20260430-230000.json', 'homebound-20260430-220000.json', // one day: the older goes
      'homebound-20260201-000000.json', // older than eight weeks
      'notes.txt', 'homebound-20260502-050000.json.tmp',
    ]);
    await createBackupFolder(FOLDER, fs, () => NOW).write(aBackup());
    expect(names()).toEqual([
      'homebound-20260430-230000.json',
      'homebound-20260502-050000.json.tmp',
      'homebound-20260502-070000.json', 'homebound-20260502-080000.json', 'homebound-20260502-090000.json', 'homebound-20260502-100000.json', 'homebound-20260502-110000.json',
      'homebound-20260502-120000.json',
      'notes.txt',
    ]);
  });

  it('moves a second backup in the same second to the next second instead of overwriting', async () => {
    const { fs, names } = fakeFs(['homebound-20260502-120000.json']);
    const result = await createBackupFolder(FOLDER, fs, () => NOW).write(aBackup());
    expect(result.path).toBe(path.join(FOLDER, 'homebound-20260502-120001.json'));
    expect(names()).toEqual(['homebound-20260502-120000.json', 'homebound-20260502-120001.json']);
  });

  it('reports the folder and the newest backup; a missing folder is no backups yet', async () => {
    const { fs } = fakeFs(['homebound-20260501-080000.json', 'homebound-20260502-070000.json', 'other.json']);
    await expect(createBackupFolder(FOLDER, fs).status()).resolves.toEqual({ supported: true, folder: FOLDER, last: '2026-05-02T07:00:00.000Z' });
    const broken = { ...fs, readdir: vi.fn(async () => { throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' }); }) };
    await expect(createBackupFolder(FOLDER, broken).status()).resolves.toEqual({ supported: true, folder: FOLDER, last: null });
  });

  it.each([
    [[{ bytes: new TextEncoder().encode('not json') }], /backup:write: invalid arguments.*args\[0\]\.bytes: not a Homebound backup/],
    [[{ bytes: new TextEncoder().encode('{"format":"homebound-backup","version":1}') }], /args\[0\]\.bytes: not a Homebound backup \(data:backup\.envelope/],
    [[{ bytes: 'text' }], /args\[0\]\.bytes/],
    [[{ bytes: new Uint8Array(1), extra: 1 }], /args\[0\]/],
    [[], /backup:write: invalid arguments.*args/],
  ])('refuses a bad payload, naming the argument, before writing anything (%#)', async (args, message) => {
    const { fs } = fakeFs();
    const listeners = new Map<string, (event: IpcEventLike, ...a: unknown[]) => unknown>();
    registerIpcHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, createHandlers(handlerDeps(createBackupFolder(FOLDER, fs))));
    const frame = { senderFrame: { url: 'app://homebound/index.html' } };
    await expect(async () => listeners.get('backup:write')!(frame, ...args)).rejects.toThrow(message);
    expect(fs.writeFile).not.toHaveBeenCalled();
  });

  it('refuses a backup whose counts disagree with its tables', async () => {
    const { parseArgs } = await import('../../../electron/ipc');
    const backup = makeBackup(EMPTY, DEFAULT_SETTINGS, { appVersion: '0.1.0', schemaVersion: 2, now: NOW });
    const lying = new TextEncoder().encode(JSON.stringify({ ...backup, counts: { ...backup.counts, orders: 3 } }));
    expect(() => parseArgs('backup:write', [{ bytes: lying }])).toThrow(/args\[0\]\.bytes: not a Homebound backup \(data:backup\.counts/);
    expect(parseArgs('backup:write', [{ bytes: aBackup() }])).toHaveLength(1);
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
