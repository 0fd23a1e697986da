import { z } from 'zod';
import { decidePresets } from '../decide/presets-types';
import { RETURN_STATUSES } from '../ledger/return-status';
import { BATCH_STATUSES, batchInput } from '../schemas/batch';
import { orderInput, orderRecord } from '../schemas/order';
import { product } from '../schemas/product';
import { returnInput, statusEntry } from '../schemas/return';
import { upgradeRecord } from './upgrades';

/**
 * The checks every backup record passes, whichever file format carried it: first lifted to
 * the current schema (./upgrades.ts), then each record against the ledger's own schemas, and
 * the keys and links between tables. Records arrive table by table in BACKUP_TABLES order
 * (products, orders, returns, decisions, presets, batches), so a link always points back at
 * a table already read and only compact key sets are kept, never the records.
 */
export const BACKUP_TABLES = ['products', 'orders', 'returns', 'decisions', 'presets', 'batches'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];
export type Rec = Record<string, unknown>;

/** Why a file was refused: a `data:backup.*` locale key and what to fill in. */
export interface BackupRefusal {
  key: string;
  params?: Record<string, string | number>;
}

export const refusal = (key: string, params?: BackupRefusal['params']): BackupRefusal => ({ key: `data:backup.${key}`, params });

const stamped = z.object({ id: z.string().min(1), createdAt: z.string(), updatedAt: z.string() });
const returnExtra = stamped.extend({ status: z.enum(RETURN_STATUSES), history: z.array(statusEntry), batchId: z.string().nullable(), orderNo: z.string(), platform: z.string(), sku: z.string() });
const decisionRecord = z.object({ id: z.string().min(1), returnId: z.string(), decidedAt: z.string(), on: z.string(), recommended: z.boolean(), chosen: z.object({ kind: z.string(), netFen: z.int(), costLines: z.array(z.object({ key: z.string(), fen: z.int() })) }), baselineNetFen: z.int(), disposeNetFen: z.int(), savingsFen: z.int(), savingsVsDisposeFen: z.int(), input: z.record(z.string(), z.unknown()) });
const presetsRecord = z.object({ id: z.string(), presets: decidePresets, updatedAt: z.string() });
const batchExtra = stamped.extend({ status: z.enum(BATCH_STATUSES), history: z.array(z.object({ status: z.enum(BATCH_STATUSES), at: z.string() })) });

const RECORD_CHECKS: Record<BackupTable, z.ZodType[]> = {
  products: [product], orders: [orderInput, orderRecord], returns: [returnInput, returnExtra], decisions: [decisionRecord], presets: [presetsRecord], batches: [batchInput, batchExtra],
};

/** Keys IndexedDB holds unique: two records sharing one could only fail half-way through a restore. */
const UNIQUE_KEYS: Record<BackupTable, string[]> = { products: ['id', 'sku'], orders: ['id'], returns: ['id'], decisions: ['id'], presets: ['id'], batches: ['id', 'requestNo'] };

/**
 * Checks a backup's records one at a time. `add` lifts the record to the current schema in
 * place (so what is restored is what was checked) and answers a refusal at the first problem.
 * Memory: one short string per unique key and per order line, not the records.
 */
export class LedgerChecker {
  private readonly unique = new Map<string, Set<unknown>>();
  private readonly orderLines = new Set<string>();
  private readonly returnIds = new Set<string>();
  private readonly seen: Record<BackupTable, number> = { products: 0, orders: 0, returns: 0, decisions: 0, presets: 0, batches: 0 };

  constructor(private readonly fromSchema: number) {}

  count(table: BackupTable): number {
    return this.seen[table];
  }

  add(table: BackupTable, rec: Rec): BackupRefusal | null {
    const index = ++this.seen[table];
    upgradeRecord(table, rec, this.fromSchema);
    for (const check of RECORD_CHECKS[table]) {
      const r = check.safeParse(rec);
      if (!r.success) return refusal('record', { table, index, field: r.error.issues[0]?.path.join('.') ?? '' });
    }
    const keys = table === 'orders' ? [...UNIQUE_KEYS.orders.map((k) => rec[k]), `${rec.platform as string}|${rec.orderNo as string}`] : UNIQUE_KEYS[table].map((k) => rec[k]);
    for (const [i, value] of keys.entries()) {
      const name = `${table}.${i}`;
      const set = this.unique.get(name) ?? new Set<unknown>();
      this.unique.set(name, set);
      if (set.has(value)) return refusal('duplicate', { table, value: String(table === 'orders' && i === 1 ? rec.orderNo : value) });
      set.add(value);
    }
    return this.link(table, rec);
  }

  private link(table: BackupTable, rec: Rec): BackupRefusal | null {
    if (table === 'orders') for (const l of rec.lines as Rec[]) this.orderLines.add(`${rec.id as string} ${l.id as string}`);
    if (table === 'returns') {
      if (!this.orderLines.has(`${rec.orderId as string} ${rec.lineId as string}`)) return refusal('link', { table, value: rec.rmaNo as string });
      this.returnIds.add(rec.id as string);
    }
    if (table === 'decisions' && !this.returnIds.has(rec.returnId as string)) return refusal('link', { table, value: rec.id as string });
    if (table === 'batches' && (rec.returnIds as string[]).some((id) => !this.returnIds.has(id))) return refusal('link', { table, value: rec.requestNo as string });
    return null;
  }
}
