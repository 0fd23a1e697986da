import { restoreSettings } from '../bridge/settings';
import { BACKUP_FORMAT } from './envelope';
import { BACKUP_TABLES, LedgerChecker, refusal, type BackupRefusal, type BackupTable, type Rec } from './records';
import { CHUNK_RECORDS, chainLink, sha256Hex, streamHeader, STREAM_VERSION, type StreamHeader } from './stream-format';
import { upgradeRecord } from './upgrades';

/**
 * Reads a streamed (version 2) backup chunk by chunk: gunzip, split into lines, verify each
 * chunk's link of the SHA-256 chain before any of its records is used, lift each record to
 * the current schema. With `check`, every record also goes through the ledger's checks and
 * links (./records.ts), which keep only key sets. At most one chunk is held at a time.
 */
export class BackupRefused extends Error {
  constructor(readonly refusal: BackupRefusal) {
    super(refusal.key);
    this.name = 'BackupRefused';
  }
}

export interface ReadOptions {
  currentSchema: number;
  /** Run the record checks and cross-table links (the validation pass); off for a pass over a file already checked. */
  check: boolean;
  onProgress?: (done: number, total: number) => void;
}

const SEAL_KEYS = ['chunk', 'records', 'sha256'];
const END_KEYS = ['end', 'chunks', 'records', 'sha256'];
const exactKeys = (item: object, keys: readonly string[]) => {
  const own = Object.keys(item);
  return own.length === keys.length && keys.every((k) => own.includes(k));
};

export type StreamChunk = { table: BackupTable; records: Rec[] };

/** A line longer than this is no backup record: damage, not data to keep buffering. */
const MAX_LINE = 32 * 1024 * 1024;
const encoder = new TextEncoder();
const fail = (key: string, params?: BackupRefusal['params']): never => { throw new BackupRefused(refusal(key, params)); };

async function* lines(file: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = file.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  let rest = '';
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      let text: string;
      try {
        next = await reader.read();
        text = next.done ? decoder.decode() : decoder.decode(next.value, { stream: true });
      } catch {
        return fail('damaged');
      }
      const parts = (rest + text).split('\n');
      rest = parts.pop()!;
      if (rest.length > MAX_LINE) fail('damaged');
      yield* parts;
      if (next.done) {
        if (rest) yield rest;
        return;
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

function parse(line: string): Rec {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Rec;
  } catch {
    // fall through to the refusal
  }
  return fail('damaged');
}

/** The header, checked: ours, not newer than this app, every field present. */
function readHeader(line: string | undefined, currentSchema: number): StreamHeader {
  if (line === undefined) return fail('truncated');
  const raw = parse(line);
  if (raw.format !== BACKUP_FORMAT) fail('foreign');
  const header = streamHeader.safeParse(raw);
  if (!header.success) return fail('envelope', { field: header.error.issues[0]?.path.join('.') ?? '' });
  if (header.data.version > STREAM_VERSION || header.data.schemaVersion > currentSchema) fail('newer', { appVersion: header.data.appVersion });
  if (header.data.version !== STREAM_VERSION) fail('envelope', { field: 'version' });
  return { ...header.data, settings: restoreSettings(header.data.settings) };
}

/**
 * Yields the header, then the records chunk by chunk (split where the table changes), and
 * returns only after the trailer closed the chain and every table held its count. Throws
 * BackupRefused with the reason at the first problem.
 */
export async function* readStreamBackup(file: ReadableStream<Uint8Array>, options: ReadOptions): AsyncGenerator<StreamHeader | StreamChunk> {
  const source = lines(file);
  const first = await source.next();
  const header = readHeader(first.done ? undefined : first.value, options.currentSchema);
  yield header;
  const total = BACKUP_TABLES.reduce((n, t) => n + header.counts[t], 0);
  const checker = new LedgerChecker(header.schemaVersion);
  const seen: Record<string, number> = {};
  let link = await sha256Hex(encoder.encode(`${first.value as string}\n`));
  let pending: { table: BackupTable; line: string; record: Rec }[] = [];
  let tableAt = 0;
  let chunks = 0;
  let done = 0;
  for await (const line of source) {
    if (line === '') continue;
    const item = parse(line);
    if ('t' in item) {
      const at = BACKUP_TABLES.indexOf(item.t as BackupTable);
      if (at < tableAt || typeof item.r !== 'object' || item.r === null || Array.isArray(item.r) || pending.length >= CHUNK_RECORDS) fail('damaged');
      tableAt = at;
      pending.push({ table: item.t as BackupTable, line, record: item.r as Rec });
    } else if ('chunk' in item) {
      link = await chainLink(link, encoder.encode(`${pending.map((p) => p.line).join('\n')}\n`));
      // The seal line is not in the chain: every one of its fields is checked instead, so no
      // byte of the file goes unchecked (a changed key or count is as damaged as a changed record).
      if (item.sha256 !== link || item.chunk !== ++chunks || !pending.length || item.records !== done + pending.length || !exactKeys(item, SEAL_KEYS)) fail('checksum');
      for (const group of groups(pending)) {
        for (const record of group.records) {
          seen[group.table] = (seen[group.table] ?? 0) + 1;
          if (seen[group.table]! > header.counts[group.table]) fail('counts', { table: group.table, expected: header.counts[group.table], found: `>${header.counts[group.table]}` });
          if (!options.check) upgradeRecord(group.table, record, header.schemaVersion);
          else {
            const refused = checker.add(group.table, record);
            if (refused) throw new BackupRefused(refused);
          }
        }
        done += group.records.length;
        yield group;
      }
      pending = [];
      options.onProgress?.(done, total);
    } else if (item.end === true) {
      if (item.sha256 !== link || item.chunks !== chunks || pending.length || item.records !== done || !exactKeys(item, END_KEYS)) fail('checksum');
      for (const t of BACKUP_TABLES) if ((seen[t] ?? 0) !== header.counts[t]) fail('counts', { table: t, expected: header.counts[t], found: seen[t] ?? 0 });
      // Read on to gzip's own end: its CRC and length close the file, and nothing may follow
      // the trailer. A file damaged there restores the same records, but a backup that is not
      // exactly what was written is refused rather than half-trusted.
      for await (const after of source) if (after !== '') fail('damaged');
      return;
    } else fail('damaged');
  }
  fail('truncated');
}

function groups(pending: { table: BackupTable; record: Rec }[]): StreamChunk[] {
  const out: StreamChunk[] = [];
  for (const p of pending) {
    const last = out.at(-1);
    if (last?.table === p.table) last.records.push(p.record);
    else out.push({ table: p.table, records: [p.record] });
  }
  return out;
}

export const isHeader = (item: StreamHeader | StreamChunk): item is StreamHeader => 'format' in item;

/** The validation pass alone: the header if the whole file is sound, else the refusal. */
export async function checkStreamBackup(file: ReadableStream<Uint8Array>, options: ReadOptions): Promise<{ ok: true; header: StreamHeader } | { ok: false; refusal: BackupRefusal }> {
  let header: StreamHeader | null = null;
  try {
    for await (const item of readStreamBackup(file, options)) if (isHeader(item)) header = item;
    return { ok: true, header: header! };
  } catch (error) {
    if (error instanceof BackupRefused) return { ok: false, refusal: error.refusal };
    throw error;
  }
}
