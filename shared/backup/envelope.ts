import { z } from 'zod';
import { restoreSettings, type Settings } from '../bridge/settings';
import { decidePresets } from '../decide/presets-types';
import { RETURN_STATUSES } from '../ledger/return-status';
import { BATCH_STATUSES, batchInput } from '../schemas/batch';
import { orderInput, orderRecord } from '../schemas/order';
import { product } from '../schemas/product';
import { returnInput, statusEntry } from '../schemas/return';

/**
 * One backup file: a versioned envelope around every table and the settings. Written by hand
 * with zod rather than dexie-export-import (not a dependency), as plain JSON a person can
 * inspect. Restore validates everything — envelope, counts, each record against the
 * ledger's own schemas, and the links between tables — before anything is replaced; records
 * are stored exactly as read (never the zod output, which trims and drops), so a restore
 * round-trips byte for byte.
 */
export const BACKUP_FORMAT = 'homebound-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_TABLES = ['products', 'orders', 'returns', 'decisions', 'presets', 'batches'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

type Rec = Record<string, unknown>;
export type BackupTables = Record<BackupTable, Rec[]>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  counts: Record<BackupTable, number>;
  tables: BackupTables;
  settings: Settings;
}

const table = z.array(z.record(z.string(), z.unknown()));
const envelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.int(),
  createdAt: z.string().datetime(),
  appVersion: z.string().max(40),
  schemaVersion: z.int().min(1),
  counts: z.object(Object.fromEntries(BACKUP_TABLES.map((t) => [t, z.int().min(0)])) as Record<BackupTable, z.ZodInt>),
  tables: z.object(Object.fromEntries(BACKUP_TABLES.map((t) => [t, table])) as Record<BackupTable, typeof table>),
  settings: z.unknown(),
});

const stamped = z.object({ id: z.string().min(1), createdAt: z.string(), updatedAt: z.string() });
const returnExtra = stamped.extend({ status: z.enum(RETURN_STATUSES), history: z.array(statusEntry), batchId: z.string().nullable(), orderNo: z.string(), platform: z.string(), sku: z.string() });
const decisionRecord = z.object({ id: z.string().min(1), returnId: z.string(), decidedAt: z.string(), on: z.string(), recommended: z.boolean(), chosen: z.object({ kind: z.string(), netFen: z.int(), costLines: z.array(z.object({ key: z.string(), fen: z.int() })) }), baselineNetFen: z.int(), disposeNetFen: z.int(), savingsFen: z.int(), savingsVsDisposeFen: z.int(), input: z.record(z.string(), z.unknown()) });
const presetsRecord = z.object({ id: z.string(), presets: decidePresets, updatedAt: z.string() });
const batchExtra = stamped.extend({ status: z.enum(BATCH_STATUSES), history: z.array(z.object({ status: z.enum(BATCH_STATUSES), at: z.string() })) });

const RECORD_CHECKS: Record<BackupTable, z.ZodType[]> = {
  products: [product], orders: [orderInput, orderRecord], returns: [returnInput, returnExtra], decisions: [decisionRecord], presets: [presetsRecord], batches: [batchInput, batchExtra],
};

/** Why a file was refused: a `data:backup.*` locale key and what to fill in. */
export interface BackupRefusal {
  key: string;
  params?: Record<string, string | number>;
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; refusal: BackupRefusal };

const refuse = (key: string, params?: BackupRefusal['params']): { ok: false; refusal: BackupRefusal } => ({ ok: false, refusal: { key: `data:backup.${key}`, params } });

export function makeBackup(tables: BackupTables, settings: Settings, meta: { appVersion: string; schemaVersion: number; now?: Date }): Backup {
  return {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: (meta.now ?? new Date()).toISOString(), appVersion: meta.appVersion, schemaVersion: meta.schemaVersion,
    counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as Backup['counts'], tables, settings,
  };
}

export function backupBytes(backup: Backup): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(backup));
}

type EnvelopeCheck = { ok: true; envelope: z.infer<typeof envelope> } | { ok: false; refusal: BackupRefusal };

/**
 * The envelope alone — JSON, format, header fields, counts matching the tables — without
 * checking each record: cheap enough for the desktop shell to check an automatic backup the
 * page sends before writing it to disk.
 */
export function readBackupEnvelope(bytes: Uint8Array): EnvelopeCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse('notJson');
  }
  if (typeof raw !== 'object' || raw === null || (raw as Rec).format !== BACKUP_FORMAT) return refuse('foreign');
  const env = envelope.safeParse(raw);
  if (!env.success) return refuse('envelope', { field: env.error.issues[0]?.path.join('.') ?? '' });
  for (const t of BACKUP_TABLES) {
    if (env.data.counts[t] !== env.data.tables[t].length) return refuse('counts', { table: t, expected: env.data.counts[t], found: env.data.tables[t].length });
  }
  return { ok: true, envelope: env.data };
}

/** Reads a file that claims to be a backup; refuses with a reason at the first problem. */
export function readBackup(bytes: Uint8Array, currentSchema: number): BackupCheck {
  const checked = readBackupEnvelope(bytes);
  if (!checked.ok) return checked;
  const e = checked.envelope;
  if (e.version > BACKUP_VERSION || e.schemaVersion > currentSchema) return refuse('newer', { appVersion: e.appVersion });
  // A version-1 database had no batch link on returns; the v2 upgrade sets it to null.
  if (e.schemaVersion < 2) for (const r of e.tables.returns) if (r.batchId === undefined) r.batchId = null;
  for (const t of BACKUP_TABLES) {
    for (const [i, rec] of e.tables[t].entries()) {
      for (const check of RECORD_CHECKS[t]) {
        const r = check.safeParse(rec);
        if (!r.success) return refuse('record', { table: t, index: i + 1, field: r.error.issues[0]?.path.join('.') ?? '' });
      }
    }
  }
  const links = checkLinks(e.tables);
  if (links) return links;
  return { ok: true, backup: { ...e, format: BACKUP_FORMAT, settings: restoreSettings(e.settings) } };
}

/** Keys IndexedDB holds unique: two records sharing one could only fail half-way through a restore. */
const UNIQUE_KEYS: Record<BackupTable, string[]> = { products: ['id', 'sku'], orders: ['id'], returns: ['id'], decisions: ['id'], presets: ['id'], batches: ['id', 'requestNo'] };

function checkLinks(t: BackupTables): BackupCheck | null {
  for (const table of BACKUP_TABLES) {
    for (const key of UNIQUE_KEYS[table]) {
      const seen = new Set<unknown>();
      for (const r of t[table]) {
        if (seen.has(r[key])) return refuse('duplicate', { table, value: String(r[key]) });
        seen.add(r[key]);
      }
    }
  }
  const orderLines = new Map(t.orders.map((o) => [o.id as string, new Set((o.lines as Rec[]).map((l) => l.id as string))]));
  const unique = new Set<string>();
  for (const o of t.orders) {
    const key = `${o.platform as string}|${o.orderNo as string}`;
    if (unique.has(key)) return refuse('duplicate', { table: 'orders', value: o.orderNo as string });
    unique.add(key);
  }
  const returnIds = new Set<string>();
  for (const r of t.returns) {
    if (!orderLines.get(r.orderId as string)?.has(r.lineId as string)) return refuse('link', { table: 'returns', value: r.rmaNo as string });
    returnIds.add(r.id as string);
  }
  for (const d of t.decisions) if (!returnIds.has(d.returnId as string)) return refuse('link', { table: 'decisions', value: d.id as string });
  for (const b of t.batches) if ((b.returnIds as string[]).some((id) => !returnIds.has(id))) return refuse('link', { table: 'batches', value: b.requestNo as string });
  return null;
}
