import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeSheets, exportTables, sheetsToXlsxBytes, type SheetData } from '../../../shared/export';
import { createBrowserApi } from '../../../renderer/bridge/browser-api';
import { aStoredOrder, readWorkbook, sourceOf } from '../../builders/sheets';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The web build has no main process to stream from: saveWorkbook writes the same sheets in memory and downloads them. */
describe('browser saveWorkbook', () => {
  it('downloads the workbook the in-memory writer makes, under the suggested name', async () => {
    const link = { href: '', download: '', rel: '', style: { display: '' }, click: vi.fn(), remove: vi.fn() };
    vi.stubGlobal('document', { createElement: () => link, body: { append: vi.fn() } });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:fake';
    });
    const written: SheetData[][] = [];
    const api = createBrowserApi(() => ({}) as Storage, async (sheets) => {
      written.push(sheets);
      return sheetsToXlsxBytes(sheets);
    });
    const sheets = describeSheets(exportTables('orders', sourceOf([aStoredOrder(3)]), 'en'), (k) => k);

    await expect(api.saveWorkbook({ suggestedName: 'homebound-orders-2026-05-02.xlsx', sheets })).resolves.toEqual({ saved: true, path: 'homebound-orders-2026-05-02.xlsx' });
    expect(written).toEqual([sheets]);
    expect(link).toMatchObject({ href: 'blob:fake', download: 'homebound-orders-2026-05-02.xlsx' });
    expect(link.click).toHaveBeenCalledOnce();
    expect(blobs[0]?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const ws = (await readWorkbook(new Uint8Array(await blobs[0]!.arrayBuffer()))).getWorksheet('Orders')!;
    expect(ws.getCell('A2').value).toBe('ORD-3');
  });
});
