import { describe, expect, it } from 'vitest';
import { EXPORT_KINDS, exportTables, type AnyTable, type Column, type ExportKind } from '../../../shared/export';
import { exportPages } from '../../../renderer/db/export-pages';
import { loadExportSource, type ExportFilter } from '../../../renderer/db/export-sources';
import { loadDemoData } from '../../../renderer/db/demo-repo';
import type { HomeboundDb } from '../../../renderer/db/database';
import { aStoredOrder } from '../../builders/sheets';
import { freshRepositories } from './test-db';

/**
 * A workbook export reads the ledger a page at a time, never all of it: the pages, joined,
 * must be exactly the rows the whole-ledger read gives (the same order — by date, equal dates
 * by id — the same filters, the same looked-up currency and RMA no.), with no row twice or lost
 * at a page's edge, even when a whole page and more share one date.
 */
const values = (t: AnyTable) => (t.rows as unknown[]).map((r) => (t.columns as Column<unknown>[]).map((c) => c.value(r)));

async function paged(db: HomeboundDb, kind: ExportKind, filter: ExportFilter, size: number) {
  const sheets = await exportPages(db, kind, filter, 'en', true, size);
  const out: { name: string; keys: string[]; rows: unknown[][]; chunks: number; largest: number }[] = [];
  for (const s of sheets) {
    const rows: unknown[][] = [];
    let chunks = 0, largest = 0;
    for await (const t of s.chunks()) {
      rows.push(...values(t));
      chunks++;
      largest = Math.max(largest, t.rows.length);
    }
    out.push({ name: s.empty.name, keys: s.empty.columns.map((c) => c.key), rows, chunks, largest });
  }
  return out;
}

async function ledger() {
  const { db } = freshRepositories();
  await loadDemoData(db, 2026, 160);
  // Nine orders of one day, more than a page of four: the page edge falls inside the day.
  const sameDay = Array.from({ length: 9 }, (_, i) => aStoredOrder(900 + i, { id: `01SAMEDAY${String(8 - i).padStart(17, '0')}`, orderDate: '2026-07-15', platform: 'temu' }));
  // Every write to the orders keeps the dashboard's sales days in the same transaction.
  await db.transaction('rw', [db.orders, ...db.keptWithOrders], () => db.orders.bulkAdd(sameDay));
  return db;
}

describe('the workbook export read a page at a time', () => {
  it.each<[string, ExportFilter]>([
    ['everything', { from: '', to: '', platform: '' }],
    ['a date range', { from: '2026-03-01', to: '2026-07-15', platform: '' }],
    ['one platform', { from: '', to: '', platform: 'temu' }],
  ])('gives every kind the rows the whole-ledger read gives: %s', async (_, filter) => {
    const db = await ledger();
    for (const kind of EXPORT_KINDS) {
      const whole = exportTables(kind, await loadExportSource(db, kind, filter), 'en', true);
      const pages = await paged(db, kind, filter, 4);
      expect(pages.map((p) => [p.name, p.keys]), kind).toEqual(whole.map((t) => [t.name, t.columns.map((c) => c.key)]));
      pages.forEach((p, i) => expect(p.rows, `${kind} sheet ${i}`).toEqual(values(whole[i]!)));
    }
    expect((await paged(db, 'orders', filter, 4))[0]!.rows.length).toBeGreaterThan(8);
  });

  it('reads orders in pages of the chunk size, a day with more orders than a page included', async () => {
    const db = await ledger();
    const [orders] = await paged(db, 'orders', { from: '2026-07-15', to: '2026-07-15', platform: 'temu' }, 4);
    // The nine same-day orders by id: 900 has the highest id, so it comes last.
    expect(orders!.rows.map((r) => r[0])).toEqual([908, 907, 906, 905, 904, 903, 902, 901, 900].map((n) => `ORD-${n}`));
    expect(orders!.largest).toBeLessThanOrEqual(4);
  });

  it('keeps the orders list’s selection in its order', async () => {
    const db = await ledger();
    const ids = (await db.orders.limit(7).primaryKeys()).reverse() as string[];
    const [orders] = await paged(db, 'orders', { from: '', to: '', platform: '', orderIds: ids }, 3);
    const byId = new Map((await db.orders.bulkGet(ids)).map((o) => [o!.id, o!.orderNo]));
    expect(orders!.rows.map((r) => r[0])).toEqual(ids.map((id) => byId.get(id)));
    expect(orders!.chunks).toBe(3);
  });
});
