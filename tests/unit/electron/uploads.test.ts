import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeBackupFile } from '../../../shared/backup/stream-format';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/bridge/uploads';
import { createBackupFolder, type BackupFs } from '../../../electron/auto-backup';
import { createHandlers } from '../../../electron/handlers';
import { registerIpcHandlers, type IpcEventLike } from '../../../electron/ipc';
import type { UploadFs } from '../../../electron/uploads';
import { uploadBlob } from '../../../renderer/bridge/upload-blob';
import type { DesktopApi } from '../../../shared/bridge/desktop-api';
import { handlerDeps } from '../../builders/handler-deps';

const FOLDER = path.join('/home', 'seller', '.config', 'Homebound', 'backups');
const NOW = new Date('2026-05-02T12:00:00Z');
const COUNTS = { products: 0, orders: 0, returns: 0, decisions: 0, presets: 1, batches: 0 };

/** A disk in memory (path → bytes) serving the backups folder and the uploads alike. */
function fakeDisk() {
  const files = new Map<string, Uint8Array>();
  const fs: BackupFs & UploadFs = {
    mkdir: vi.fn(async () => undefined),
    writeFile: vi.fn(async (p: string, bytes: Uint8Array) => void files.set(p, bytes)),
    appendFile: vi.fn(async (p: string, bytes: Uint8Array) => {
      const before = files.get(p) ?? new Uint8Array();
      const joined = new Uint8Array(before.length + bytes.length);
      joined.set(before);
      joined.set(bytes, before.length);
      files.set(p, joined);
    }),
    rename: vi.fn(async (from: string, to: string) => {
      files.set(to, files.get(from)!);
      files.delete(from);
    }),
    readdir: vi.fn(async (dir: string) => [...files.keys()].filter((p) => path.dirname(p) === dir).map((p) => path.basename(p))),
    unlink: vi.fn(async (p: string) => void files.delete(p)),
    openRead: (p: string) => new Blob([files.get(p)! as Uint8Array<ArrayBuffer>]).stream(),
  };
  return { fs, files, names: () => [...files.keys()].sort() };
}

/** The shell's handlers behind a DesktopApi-shaped object, as the preload would expose them. */
function shell(disk = fakeDisk(), savePath: string | null = '/docs/backup.hbbackup') {
  const written = vi.fn();
  let n = 0;
  const handlers = createHandlers(handlerDeps({
    backups: createBackupFolder(FOLDER, disk.fs, () => NOW), uploadFs: disk.fs, onBackupWritten: written,
    showSaveDialog: vi.fn(async () => (savePath ? { canceled: false, filePath: savePath } : { canceled: true })),
    newId: () => `upload-${String(++n).padStart(4, '0')}`, now: () => NOW,
  }));
  const api = {
    beginUpload: (r) => handlers['upload:begin'](r), appendUpload: (r) => handlers['upload:append'](r), finishUpload: (r) => handlers['upload:finish'](r),
  } as Pick<DesktopApi, 'beginUpload' | 'appendUpload' | 'finishUpload'> as DesktopApi;
  return { api, handlers, written, disk };
}

async function aStreamedBackup(): Promise<Blob> {
  const { blob } = await writeBackupFile(async (w) => {
    await w.header({ createdAt: NOW.toISOString(), appVersion: '0.1.0', schemaVersion: 2, counts: COUNTS, settings: DEFAULT_SETTINGS });
    await w.add('presets', [{ id: 'decide', presets: {}, updatedAt: NOW.toISOString() }]);
    await w.end();
  });
  return blob;
}

describe('uploads: large files through the bridge in chunks', () => {
  it('an automatic backup arrives in slices, is read through, and lands under its dated name', async () => {
    const { api, written, disk } = shell();
    const blob = await aStreamedBackup();
    const slice = 100;
    await expect(uploadBlob(api, { purpose: 'autoBackup' }, blob, slice)).resolves.toEqual({ saved: true, path: path.join(FOLDER, 'homebound-20260502-120000.hbbackup'), at: NOW.toISOString() });
    // One append per slice, never the whole file in one message.
    expect(disk.fs.appendFile).toHaveBeenCalledTimes(Math.ceil(blob.size / slice));
    expect(disk.names()).toEqual([path.join(FOLDER, 'homebound-20260502-120000.hbbackup')]);
    expect(disk.files.get(path.join(FOLDER, 'homebound-20260502-120000.hbbackup'))).toEqual(new Uint8Array(await blob.arrayBuffer()));
    expect(written).toHaveBeenCalledOnce();
  });

  it('a damaged or cut-off backup never lands in the folder, and its part file is removed', async () => {
    const { api, written, disk } = shell();
    const bytes = new Uint8Array(await (await aStreamedBackup()).arrayBuffer());
    await expect(uploadBlob(api, { purpose: 'autoBackup' }, new Blob([bytes.slice(0, bytes.length - 12)]), 64)).rejects.toThrow(/not a Homebound backup \(data:backup\.damaged/);
    await expect(uploadBlob(api, { purpose: 'autoBackup' }, new Blob(['{"format":"homebound-backup"}']))).rejects.toThrow(/not a Homebound backup/);
    expect(disk.names()).toEqual([]);
    expect(written).not.toHaveBeenCalled();
  });

  it('a save goes to the chosen file only when finished; a cancelled dialog writes nothing', async () => {
    const { api, disk } = shell();
    const blob = new Blob(['x'.repeat(1000)]);
    await expect(uploadBlob(api, { purpose: 'save', suggestedName: 'homebound-backup-2026-05-02.hbbackup', mimeType: 'application/gzip' }, blob, 300))
      .resolves.toEqual({ saved: true, path: '/docs/backup.hbbackup', at: NOW.toISOString() });
    expect(disk.names()).toEqual(['/docs/backup.hbbackup']);
    const cancelled = shell(fakeDisk(), null);
    await expect(uploadBlob(cancelled.api, { purpose: 'save', suggestedName: 'a.hbbackup', mimeType: 'application/gzip' }, blob)).resolves.toEqual({ saved: false });
    expect(cancelled.disk.names()).toEqual([]);
  });

  it('an upload the page gives up on (a slice it cannot read) is abandoned: the part file goes, nothing is kept', async () => {
    const { api, disk } = shell();
    const blob = new Blob(['y'.repeat(500)]);
    let reads = 0;
    const failing = { size: blob.size, slice: (a: number, b: number) => (++reads === 2 ? { arrayBuffer: async () => { throw new Error('worker died'); } } : blob.slice(a, b)) } as unknown as Blob;
    await expect(uploadBlob(api, { purpose: 'save', suggestedName: 'a.hbbackup', mimeType: 'application/gzip' }, failing, 100)).rejects.toThrow('worker died');
    expect(disk.names()).toEqual([]);
  });

  it('a window closed mid-upload leaves no part file, a save or an automatic backup alike', async () => {
    const { handlers, disk } = shell();
    const { upload: save } = await handlers['upload:begin']({ purpose: 'save', suggestedName: 'a.hbbackup', mimeType: 'application/gzip' });
    const { upload: auto } = await handlers['upload:begin']({ purpose: 'autoBackup' });
    await handlers['upload:append']({ upload: save!, bytes: new Uint8Array(10) });
    // upload-0001 is the save, upload-0002 the automatic backup's part file inside the folder.
    expect(auto).toBe('upload-0002');
    expect(disk.names()).toEqual(['/docs/backup.hbbackup.part', path.join(FOLDER, 'upload-upload-0002.part')]);
    await handlers.abandonOpenFiles();
    expect(disk.names()).toEqual([]);
    await expect(handlers['upload:finish']({ upload: save! })).rejects.toThrow(/not open/);
  });

  it('an append or finish for an upload that is not open is refused', async () => {
    const { handlers } = shell();
    await expect(handlers['upload:append']({ upload: 'upload-9999', bytes: new Uint8Array(1) })).rejects.toThrow(/not open/);
    await expect(handlers['upload:finish']({ upload: 'upload-9999' })).rejects.toThrow(/not open/);
  });

  it.each([
    ['upload:begin', [{ purpose: 'everywhere' }], /upload:begin: invalid arguments.*args\[0\]/],
    ['upload:begin', [{ purpose: 'save', suggestedName: '../../etc/passwd', mimeType: 'x' }], /args\[0\]\.suggestedName: file name has forbidden characters/],
    ['upload:append', [{ upload: 'upload-0001', bytes: 'text' }], /args\[0\]\.bytes/],
    ['upload:append', [{ upload: 'upload-0001', bytes: new Uint8Array(UPLOAD_CHUNK_BYTES + 1) }], /args\[0\]\.bytes: chunk too large/],
    ['upload:append', [{ upload: '../x', bytes: new Uint8Array(1) }], /args\[0\]\.upload: not an upload id/],
    ['upload:finish', [{ upload: 'upload-0001', extra: 1 }], /args\[0\]/],
  ])('%s refuses a bad payload, naming the argument, before touching the disk (%#)', async (channel, args, message) => {
    const disk = fakeDisk();
    const { handlers } = shell(disk);
    const listeners = new Map<string, (event: IpcEventLike, ...a: unknown[]) => unknown>();
    registerIpcHandlers({ handle: (c, listener) => void listeners.set(c, listener) }, handlers);
    const frame = { senderFrame: { url: 'app://homebound/index.html' } };
    await expect(async () => listeners.get(channel)!(frame, ...args)).rejects.toThrow(message);
    expect(disk.names()).toEqual([]);
  });
});
