import { checkStreamBackup } from '../shared/backup/stream-reader';
import { UPLOAD_MAX_BYTES, type AppendUploadRequest, type BeginUploadRequest, type BeginUploadResult, type FinishUploadRequest, type UploadResult } from '../shared/bridge/uploads';
import type { BackupFolder } from './auto-backup';

/**
 * The shell's half of chunked uploads (shared/bridge/uploads.ts). Each chunk is appended to a
 * `.part` file beside the target; finishing puts the file in place — an automatic backup only
 * after it has been read through (gunzip, checksum chain, header, counts). A failed or
 * abandoned upload removes its part file, so nothing half-written is ever where a file is
 * expected. File system, dialog and clock are injected so all of it runs under unit tests.
 */
export interface UploadFs {
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  appendFile(filePath: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  /** The file as a stream of chunks (Readable.toWeb(createReadStream(…)) in the app). */
  openRead(filePath: string): ReadableStream<Uint8Array>;
}

export interface UploadDeps {
  fs: UploadFs;
  /** The save dialog: the chosen path, or null when cancelled. */
  askSavePath(suggestedName: string): Promise<string | null>;
  backups: BackupFolder;
  newId(): string;
  now(): Date;
  /** Told after each automatic backup is on disk, so a quit waiting for one can go on. */
  onBackupWritten?(): void;
}

interface Open {
  part: string;
  bytes: number;
  /** Puts the finished part file in place. */
  keep(part: string): Promise<UploadResult>;
}

export interface Uploads {
  begin(request: BeginUploadRequest): Promise<BeginUploadResult>;
  append(request: AppendUploadRequest): Promise<void>;
  finish(request: FinishUploadRequest): Promise<UploadResult>;
  /** The page that was uploading is gone (its window closed): every open upload and its part file go. */
  abandonAll(): Promise<void>;
}

/** Reads a streamed backup through before it is kept: the shell never holds its text. */
async function checkBackupFile(stream: ReadableStream<Uint8Array>): Promise<void> {
  const checked = await checkStreamBackup(stream, { currentSchema: Number.MAX_SAFE_INTEGER, check: false });
  if (!checked.ok) throw new Error(`upload:finish: not a Homebound backup (${checked.refusal.key}${checked.refusal.params ? ` ${JSON.stringify(checked.refusal.params)}` : ''})`);
}

export function createUploads(deps: UploadDeps): Uploads {
  const open = new Map<string, Open>();
  const take = (id: string): Open => {
    const upload = open.get(id);
    if (!upload) throw new Error(`upload ${id} is not open`);
    return upload;
  };
  const drop = async (id: string, upload: Open) => {
    open.delete(id);
    await deps.fs.unlink(upload.part).catch(() => undefined);
  };

  return {
    async begin(request) {
      const id = deps.newId();
      let upload: Open;
      if (request.purpose === 'save') {
        const target = await deps.askSavePath(request.suggestedName);
        if (!target) return { upload: null };
        upload = {
          part: `${target}.part`, bytes: 0,
          keep: async (part) => {
            await deps.fs.rename(part, target);
            return { saved: true, path: target, at: deps.now().toISOString() };
          },
        };
      } else {
        upload = {
          part: deps.backups.partPath(id), bytes: 0,
          keep: async (part) => {
            await checkBackupFile(deps.fs.openRead(part));
            const result = await deps.backups.adopt(part, 'hbbackup');
            deps.onBackupWritten?.();
            return result;
          },
        };
      }
      // Empty first: a part file left by a crash under the same name starts over.
      await deps.fs.writeFile(upload.part, new Uint8Array());
      open.set(id, upload);
      return { upload: id };
    },

    async append({ upload: id, bytes }) {
      const upload = take(id);
      upload.bytes += bytes.byteLength;
      if (upload.bytes > UPLOAD_MAX_BYTES) {
        await drop(id, upload);
        throw new Error(`upload ${id}: larger than ${UPLOAD_MAX_BYTES} bytes`);
      }
      await deps.fs.appendFile(upload.part, bytes);
    },

    async finish({ upload: id, abort }) {
      const upload = take(id);
      if (abort) {
        await drop(id, upload);
        return { saved: false };
      }
      open.delete(id);
      try {
        return await upload.keep(upload.part);
      } catch (error) {
        await deps.fs.unlink(upload.part).catch(() => undefined);
        throw error;
      }
    },

    async abandonAll() {
      await Promise.all([...open].map(([id, upload]) => drop(id, upload)));
    },
  };
}
