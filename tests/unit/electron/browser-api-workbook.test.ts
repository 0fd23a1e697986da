import { afterEach, describe, expect, it, vi } from 'vitest';
import { BROWSER_WORKBOOK_ROWS } from '../../../shared/bridge/workbook';
import { exportTables, sheetsToXlsxBytes, type BufferedSheet } from '../../../shared/export';
import { createBrowserApi } from '../../../renderer/bridge/browser-api';
import { aStoredOrder, appendsOf, inChunks, readWorkbook, sourceOf } from '../../builders/sheets';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const NAME = 'homebound-orders-2026-05-02.xlsx';

function browser() {
  const link = { href: '', download: '', rel: '', style: { display: '' }, click: vi.fn(), remove: vi.fn() };
  vi.stubGlobal('document', { createElement: () => link, body: { append: vi.fn() } });
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:fake';
  });
  const written: BufferedSheet[][] = [];
  const api = createBrowserApi(() => ({}) as Storage, async (sheets) => {
    written.push(sheets);
    return sheetsToXlsxBytes(sheets);
  });
  return { api, link, blobs, written };
}

/**
 * The web build has no main process to stream from: it keeps the chunks as they come and, on
 * finish, writes the workbook in memory and downloads it — up to BROWSER_WORKBOOK_ROWS rows.
 */
describe('browser workbook', () => {
  it('downloads the workbook the in-memory writer makes of every chunk, under the suggested name', async () => {
    const { api, link, blobs, written } = browser();
    const sheets = exportTables('orders', sourceOf([1, 2, 3, 4, 5].map((n) => aStoredOrder(n))), 'en').map((t) => inChunks(t, (k) => k, 2));
    const { workbook } = await api.beginWorkbook({ suggestedName: NAME, sheets: sheets.map((s) => s.head) });
    for (const a of appendsOf(workbook!, sheets)) await api.appendWorkbook(a);
    expect(link.click).not.toHaveBeenCalled();
    await expect(api.finishWorkbook({ workbook: workbook! })).resolves.toEqual({ saved: true, path: NAME });
    expect(written).toEqual([sheets]);
    expect(link).toMatchObject({ href: 'blob:fake', download: NAME });
    expect(link.click).toHaveBeenCalledOnce();
    expect(blobs[0]?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const ws = (await readWorkbook(new Uint8Array(await blobs[0]!.arrayBuffer()))).getWorksheet('Orders')!;
    expect(ws.getCell('A2').value).toBe('ORD-1');
    expect(ws.getCell('A6').value).toBe('ORD-5');
    expect(ws.getCell('G7').value).toEqual({ formula: 'SUM(G2:G6)', result: 10 });
  });

  it('refuses rows past its limit and downloads nothing', async () => {
    const { api, link } = browser();
    const sheets = exportTables('orders', sourceOf([aStoredOrder(1)]), 'en').map((t) => inChunks(t, (k) => k, 1));
    const { workbook } = await api.beginWorkbook({ suggestedName: NAME, sheets: sheets.map((s) => s.head) });
    const [append] = appendsOf(workbook!, sheets);
    await expect(api.appendWorkbook({ ...append!, firstRow: BROWSER_WORKBOOK_ROWS })).rejects.toThrow(/out of order/);
    const tooMany = { ...append!, rows: { ...append!.rows, rowCount: BROWSER_WORKBOOK_ROWS + 1 } };
    await expect(api.appendWorkbook(tooMany)).rejects.toThrow(`more than the browser's ${BROWSER_WORKBOOK_ROWS} rows`);
    await expect(api.finishWorkbook({ workbook: workbook! })).rejects.toThrow(/is not open/);
    expect(link.click).not.toHaveBeenCalled();
  });
});
