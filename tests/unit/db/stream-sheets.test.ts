import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../renderer/db/demo-repo';
import type { ExportWorkerIn, WorkbookChunk } from '../../../renderer/workers/messages';
import { streamSheets, TooLarge } from '../../../renderer/workers/stream-sheets';
import type { SheetHead } from '../../../shared/export';
import { freshRepositories } from './test-db';

/** What the export worker sends the page for a workbook: heads, then each sheet's chunks in order, its totals on the last. */
const build = (over: Partial<Extract<ExportWorkerIn, { type: 'build' }>> = {}): Extract<ExportWorkerIn, { type: 'build' }> => ({
  type: 'build', kind: 'orders', format: 'sheets', delimiter: ',', dbName: 'unused', filter: { from: '', to: '', platform: '' }, language: 'en', withCodes: false, maxRows: 1_048_574, ...over,
});

async function sent(over: Partial<Extract<ExportWorkerIn, { type: 'build' }>>, chunkRows = 25) {
  const { db } = freshRepositories();
  await loadDemoData(db, 2026, 120);
  const orders = await db.orders.count();
  const heads: SheetHead[][] = [];
  const chunks: WorkbookChunk[] = [];
  const rows = streamSheets(db, build(over), chunkRows, { begin: async (h) => { heads.push(h); }, send: async (c) => { chunks.push(c); }, bytes: async () => { throw new Error('no CSV here'); } });
  return { rows, heads, chunks, orders };
}

describe('the export worker’s chunks', () => {
  it('sends the heads, then every row once in order, the totals only on the sheet’s last chunk', async () => {
    const { rows, heads, chunks, orders } = await sent({});
    await expect(rows).resolves.toBe(orders);
    expect(heads).toHaveLength(1);
    expect(heads[0]![0]!.name).toBe('Orders');
    expect(chunks.length).toBe(Math.ceil(orders / 25));
    let next = 0;
    for (const c of chunks) {
      expect(c.firstRow).toBe(next);
      expect(c.rows.rowCount).toBeGreaterThan(0);
      next += c.rows.rowCount;
    }
    expect(next).toBe(orders);
    expect(chunks.slice(0, -1).every((c) => c.end === undefined)).toBe(true);
    // Units summed over every chunk: the "units" column (G) of each chunk's cells added up.
    const units = chunks.reduce((s, c) => s + (c.rows.columns[6]!.cells as Float64Array).reduce((a, b) => a + b, 0), 0);
    expect(chunks.at(-1)!.end!.totals!.sums[6]).toBe(units);
  });

  it('sends a sheet of no rows as one empty chunk without totals, and both sheets of the decisions', async () => {
    const none = await sent({ filter: { from: '2030-01-01', to: '', platform: '' } });
    await expect(none.rows).resolves.toBe(0);
    expect(none.chunks).toEqual([expect.objectContaining({ sheet: 0, firstRow: 0, end: { totals: null } })]);
    expect(none.chunks[0]!.rows.rowCount).toBe(0);
    const decisions = await sent({ kind: 'decisions' }, 10);
    await decisions.rows;
    expect(decisions.heads[0]!.map((h) => h.name)).toEqual(['Decisions', 'Cost lines']);
    const ends = decisions.chunks.filter((c) => c.end).map((c) => c.sheet);
    expect(ends).toEqual([0, 1]);
    expect(decisions.chunks.map((c) => c.sheet)).toEqual([...decisions.chunks.map((c) => c.sheet)].sort());
  });

  it('stops with the limit when a sheet would pass it, before sending the chunk that would', async () => {
    const { rows, chunks } = await sent({ maxRows: 60 });
    const error = await rows.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLarge);
    expect((error as TooLarge).limit).toBe(60);
    expect(chunks.reduce((n, c) => n + c.rows.rowCount, 0)).toBeLessThanOrEqual(60);
  });
});
