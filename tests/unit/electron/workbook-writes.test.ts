import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exportTables } from '../../../shared/export';
import { createHandlers } from '../../../electron/handlers';
import { parseArgs } from '../../../electron/ipc';
import { aStoredOrder, appendsOf, inChunks, readWorkbook, sourceOf } from '../../builders/sheets';
import { handlerDeps } from '../../builders/handler-deps';

/**
 * A workbook reaches the main process in chunks (workbook:begin / append / finish) and is
 * streamed into `<chosen>.part`, renamed into place only by finish. What the user can see: the
 * save dialog, then nothing under the chosen name until the file is whole; a cancelled or
 * failed export leaves no file at all.
 */
const NAME = 'homebound-orders-2026-05-02.xlsx';
const orders = Array.from({ length: 7 }, (_, i) => aStoredOrder(i + 1, i === 6 ? { currency: 'JPY' } : {}));
/** Seven orders in chunks of three: rows 2–4, 5–7 and 8. */
const sheets = () => exportTables('orders', sourceOf(orders), 'en').map((t) => inChunks(t, (k) => `[${k}]`, 3));

function setUp() {
  const dir = mkdtempSync(path.join(tmpdir(), 'hb-workbook-'));
  const chosen = path.join(dir, '订单 2026.xlsx');
  const deps = handlerDeps({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: chosen })) });
  const h = createHandlers(deps);
  /** Each call as the main process takes it: through its zod check first. */
  const call = {
    begin: async (req: unknown) => h['workbook:begin'](...parseArgs('workbook:begin', [req])),
    append: async (req: unknown) => h['workbook:append'](...parseArgs('workbook:append', [req])),
    finish: async (req: unknown) => h['workbook:finish'](...parseArgs('workbook:finish', [req])),
  };
  return { dir, chosen, deps, call, h };
}

async function begun(s = sheets()) {
  const t = setUp();
  const { workbook } = await t.call.begin({ suggestedName: NAME, sheets: s.map((x) => x.head) });
  if (!workbook) throw new Error('not begun');
  return { ...t, workbook, appends: appendsOf(workbook, s) };
}

describe('the chunked workbook writer (workbook:begin / append / finish)', () => {
  it('asks where, streams the chunks in order and puts the file in place only when finished', async () => {
    const { dir, chosen, deps, call, workbook, appends } = await begun();
    expect(deps.showSaveDialog).toHaveBeenCalledWith({ defaultPath: path.join('/home', 'seller', 'Documents', NAME), filters: [{ name: 'XLSX', extensions: ['xlsx'] }] });
    expect(appends.map((a) => [a.firstRow, a.rows.rowCount, a.end !== undefined])).toEqual([[0, 3, false], [3, 3, false], [6, 1, true]]);
    for (const a of appends) await call.append(a);
    // Every row sent, but not finished: nothing under the chosen name yet.
    expect(existsSync(chosen)).toBe(false);
    await expect(call.finish({ workbook })).resolves.toEqual({ saved: true, path: chosen });
    expect(readdirSync(dir)).toEqual(['订单 2026.xlsx']);

    const ws = (await readWorkbook(readFileSync(chosen))).getWorksheet('Orders')!;
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['[orderNo]', '[orderDate]', '[orderValueCny]']));
    expect(ws.getCell('A2').value).toBe('ORD-1');
    expect(ws.getCell('A8').value).toBe('ORD-7');
    // Row 8 came alone in the third chunk: its JPY amount keeps its own format. 2 × 1999 JPY.
    expect(ws.getCell('H8').value).toBe(3998);
    expect(ws.getCell('H8').numFmt).toBe('#,##0');
    expect(ws.getCell('H7').numFmt).toBe('#,##0.00');
    // Totals over all three chunks: 7 orders × 2 units; CNY 6 × 287.86 (39.98 USD × 7.2) + 3998 JPY × 0.048 = 1727.16 + 191.904.
    expect(ws.getCell('A9').value).toBe('[total]');
    expect(ws.getCell('G9').value).toEqual({ formula: 'SUM(G2:G8)', result: 14 });
    expect(ws.getCell('I9').value).toEqual({ formula: 'SUM(I2:I8)', result: 1919.06 });
    expect(ws.rowCount).toBe(9);
  });

  it('writes nothing and opens nothing when the user cancels the dialog', async () => {
    const { dir, call, deps } = setUp();
    vi.mocked(deps.showSaveDialog).mockResolvedValueOnce({ canceled: true });
    await expect(call.begin({ suggestedName: NAME, sheets: sheets().map((s) => s.head) })).resolves.toEqual({ workbook: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes the part file on abort, and the workbook is closed', async () => {
    const { dir, call, workbook, appends } = await begun();
    await call.append(appends[0]);
    await expect(call.finish({ workbook, abort: true })).resolves.toEqual({ saved: false });
    expect(readdirSync(dir)).toEqual([]);
    await expect(call.append(appends[1])).rejects.toThrow(/is not open/);
  });

  it('a window closed mid-export leaves no part file, and the workbook can no longer be written', async () => {
    const { dir, call, workbook, appends, h } = await begun();
    await call.append(appends[0]);
    // The stream opens its file a moment later.
    await vi.waitFor(() => expect(readdirSync(dir)).toEqual(['订单 2026.xlsx.part']));
    await h.abandonOpenFiles();
    expect(readdirSync(dir)).toEqual([]);
    await expect(call.append(appends[1])).rejects.toThrow(/is not open/);
    await expect(call.finish({ workbook })).rejects.toThrow(/is not open/);
  });

  it('refuses a damaged chunk naming its row, before anything of it is written', async () => {
    const { call, appends } = await begun();
    const damaged = structuredClone(appends[1]!);
    damaged.rows.columns[1]!.cells[2] = 99;
    // The chunk starts at data row 3: its third row is row 7 of the sheet, under the heading.
    expect(() => parseArgs('workbook:append', [damaged])).toThrow(/row 7, columns\[1\]: text index 99/);
    const infinite = structuredClone(appends[0]!);
    infinite.rows.columns[7]!.cells[1] = Infinity;
    await expect(call.append(infinite)).rejects.toThrow(/row 3, columns\[7\]: Infinity/);
  });

  it('refuses a chunk out of order or of the wrong columns, and drops the whole file', async () => {
    const { dir, chosen, call, workbook, appends } = await begun();
    await call.append(appends[0]);
    await expect(call.append(appends[2])).rejects.toThrow(/rows from 8 came after row 4 \(a chunk is missing or repeated\)/);
    expect(readdirSync(dir)).toEqual([]);
    await expect(call.finish({ workbook })).rejects.toThrow(/is not open/);
    expect(existsSync(chosen)).toBe(false);

    const other = await begun();
    const narrow = structuredClone(other.appends[0]!);
    narrow.rows.columns.pop();
    await expect(other.call.append(narrow)).rejects.toThrow(/rows 2–4: 18 columns for the sheet's 19/);
  });

  it('refuses to finish a workbook whose sheets were not all ended', async () => {
    const { dir, call, workbook, appends } = await begun();
    await call.append(appends[0]);
    await expect(call.finish({ workbook })).rejects.toThrow(/sheet 0 of 1 was never ended/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes sheets one after another, each with its own totals (decisions, then their cost lines)', async () => {
    const two = exportTables('decisions', sourceOf([]), 'en').map((t) => inChunks(t, (k) => k, 3));
    const { chosen, call, workbook, appends } = await begun(two);
    for (const a of appends) await call.append(a);
    await call.finish({ workbook });
    const wb = await readWorkbook(readFileSync(chosen));
    expect(wb.worksheets.map((w) => [w.name, w.rowCount])).toEqual([['Decisions', 1], ['Cost lines', 1]]);
  });

  it('lets a write failure reach the page and leaves nothing behind', async () => {
    const { call, deps } = setUp();
    vi.mocked(deps.showSaveDialog).mockResolvedValueOnce({ canceled: false, filePath: path.join(tmpdir(), 'no-such-folder-hb', 'x.xlsx') });
    const { workbook } = await call.begin({ suggestedName: NAME, sheets: sheets().map((s) => s.head) });
    const appends = appendsOf(workbook!, sheets());
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(call.append(appends[0])).rejects.toThrow(/ENOENT/);
  });
});
