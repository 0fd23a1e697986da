import { z } from 'zod';
import type { Settings } from '../bridge/settings';
import { BACKUP_FORMAT } from './envelope';
import { BACKUP_TABLES, type BackupTable, type Rec } from './records';

/**
 * Version 2 of the backup file, written and read record by record so a ledger of any size
 * never becomes one string or one array: gzip-compressed JSON Lines.
 *
 *   {"format":"homebound-backup","version":2,"createdAt":…,"appVersion":…,"schemaVersion":…,"counts":{…},"settings":{…}}
 *   {"t":"orders","r":{…one record exactly as stored…}}            ← up to CHUNK_RECORDS of these, tables in BACKUP_TABLES order
 *   {"chunk":1,"records":2000,"sha256":"…"}                          ← seals the record lines above it
 *   …
 *   {"end":true,"chunks":N,"records":…,"sha256":"…"}
 *
 * The checksum is a SHA-256 chain (Web Crypto, so the same code runs in a page, a worker and
 * the desktop shell): h0 = SHA-256(header line), each seal h(n) = SHA-256(h(n-1) ‖ the UTF-8
 * bytes of its record lines, each ending in "\n"), and the trailer repeats the last link. A
 * flipped bit, a cut-off file or a chunk moved elsewhere breaks the chain and the file is
 * refused before a restore starts. gzip's own CRC catches most damage earlier still.
 */
export const STREAM_VERSION = 2;
export const CHUNK_RECORDS = 2000;
export const STREAM_EXTENSION = 'hbbackup';

export const streamHeader = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.int(),
  createdAt: z.string().datetime(),
  appVersion: z.string().max(40),
  schemaVersion: z.int().min(1),
  counts: z.strictObject(Object.fromEntries(BACKUP_TABLES.map((t) => [t, z.int().min(0)])) as Record<BackupTable, z.ZodInt>),
  settings: z.unknown(),
});
export type StreamHeader = Omit<z.infer<typeof streamHeader>, 'settings'> & { settings: Settings };

const encoder = new TextEncoder();

export async function sha256Hex(...parts: Uint8Array[]): Promise<string> {
  const bytes = parts.length === 1 ? parts[0]! : concat(parts);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** The next link of the chain: SHA-256 of the previous link (as hex text) and these bytes. */
export const chainLink = (previous: string, bytes: Uint8Array): Promise<string> => sha256Hex(encoder.encode(previous), bytes);

/**
 * Writes one backup into `sink` (uncompressed lines; see gzipSink). Call `header`, then `add`
 * with the records of each table in BACKUP_TABLES order, page by page, then `end`. Holds at
 * most one chunk of lines.
 */
export class BackupWriter {
  private lines: string[] = [];
  private link = '';
  private chunks = 0;
  private records = 0;

  constructor(private readonly sink: (bytes: Uint8Array) => Promise<void>) {}

  async header(header: Omit<StreamHeader, 'format' | 'version'>): Promise<void> {
    const line = encoder.encode(`${JSON.stringify({ format: BACKUP_FORMAT, version: STREAM_VERSION, ...header })}\n`);
    this.link = await sha256Hex(line);
    await this.sink(line);
  }

  async add(table: BackupTable, records: readonly Rec[]): Promise<void> {
    for (const r of records) {
      this.lines.push(JSON.stringify({ t: table, r }));
      if (this.lines.length >= CHUNK_RECORDS) await this.seal();
    }
  }

  async end(): Promise<void> {
    await this.seal();
    await this.sink(encoder.encode(`${JSON.stringify({ end: true, chunks: this.chunks, records: this.records, sha256: this.link })}\n`));
  }

  private async seal(): Promise<void> {
    if (!this.lines.length) return;
    const bytes = encoder.encode(`${this.lines.join('\n')}\n`);
    this.records += this.lines.length;
    this.lines = [];
    this.link = await chainLink(this.link, bytes);
    this.chunks++;
    await this.sink(bytes);
    await this.sink(encoder.encode(`${JSON.stringify({ chunk: this.chunks, records: this.records, sha256: this.link })}\n`));
  }
}

/**
 * A gzip stream to write lines into: `write` waits while the compressor is behind (so
 * uncompressed lines never pile up), `compressed` is the file's bytes as they come out.
 */
export function gzipSink(): { write: (bytes: Uint8Array) => Promise<void>; close: () => Promise<void>; abort: (reason: unknown) => Promise<void>; compressed: ReadableStream<Uint8Array> } {
  const gzip = new CompressionStream('gzip');
  const writer = gzip.writable.getWriter();
  return {
    write: async (bytes) => {
      await writer.ready;
      void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
    },
    close: () => writer.close(),
    abort: (reason) => writer.abort(reason),
    compressed: gzip.readable,
  };
}

/** Runs `produce` against a writer into gzip and collects the file as a Blob (kept on disk by a browser when large). */
export async function writeBackupFile<T>(produce: (writer: BackupWriter) => Promise<T>): Promise<{ blob: Blob; result: T }> {
  const gzip = gzipSink();
  const blob = new Response(gzip.compressed).blob();
  try {
    const result = await produce(new BackupWriter(gzip.write));
    await gzip.close();
    return { blob: await blob, result };
  } catch (error) {
    await gzip.abort(error).catch(() => undefined);
    await blob.catch(() => undefined);
    throw error;
  }
}

/** gzip files open with 1f 8b; a version-1 backup is JSON text. */
export const isStreamBackup = (head: Uint8Array): boolean => head[0] === 0x1f && head[1] === 0x8b;
