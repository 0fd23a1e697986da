import { z } from 'zod';
import { restoreSettings, type Settings } from '../bridge/settings';
import { BACKUP_TABLES, LedgerChecker, refusal, type BackupRefusal, type BackupTable, type Rec } from './records';

export { BACKUP_TABLES, type BackupRefusal, type BackupTable } from './records';

/**
 * Version 1 of the backup file: a versioned envelope around every table and the settings, as
 * one plain JSON text. Backups are now written in the streamed format (./stream-format.ts,
 * version 2); files of this version still restore, through the same record checks
 * (./records.ts) and record upgrades (./upgrades.ts). Records are stored exactly as read
 * (never the zod output, which trims and drops), so a restore round-trips byte for byte.
 */
export const BACKUP_FORMAT = 'homebound-backup';
export const BACKUP_VERSION = 1;
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

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; refusal: BackupRefusal };

const refuse = (key: string, params?: BackupRefusal['params']): { ok: false; refusal: BackupRefusal } => ({ ok: false, refusal: refusal(key, params) });

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
  const checker = new LedgerChecker(e.schemaVersion);
  for (const t of BACKUP_TABLES) {
    for (const rec of e.tables[t]) {
      const refused = checker.add(t, rec);
      if (refused) return { ok: false, refusal: refused };
    }
  }
  return { ok: true, backup: { ...e, format: BACKUP_FORMAT, settings: restoreSettings(e.settings) } };
}
