import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { describeSheets, exportTables } from '../../../shared/export';
import { createHandlers } from '../../../electron/handlers';
import { aStoredOrder, readWorkbook, sourceOf } from '../../builders/sheets';
import { handlerDeps } from '../../builders/handler-deps';

const deps = handlerDeps;

const request = () => ({ suggestedName: 'homebound-orders-2026-05-02.xlsx', sheets: describeSheets(exportTables('orders', sourceOf([aStoredOrder(7)]), 'en'), (k) => k) });

describe('file:saveWorkbook', () => {
  it('asks where, offering an XLSX name in Documents, and streams the workbook to the chosen file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hb-save-'));
    const chosen = path.join(dir, '订单 2026.xlsx');
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: chosen })) });
    await expect(createHandlers(d)['file:saveWorkbook'](request())).resolves.toEqual({ saved: true, path: chosen });
    expect(d.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join('/home', 'seller', 'Documents', 'homebound-orders-2026-05-02.xlsx'),
      filters: [{ name: 'XLSX', extensions: ['xlsx'] }],
    });
    expect(readdirSync(dir)).toEqual(['订单 2026.xlsx']);
    const ws = (await readWorkbook(readFileSync(chosen))).getWorksheet('Orders')!;
    expect(ws.getCell('A2').value).toBe('ORD-7');
    expect(ws.getCell('G3').value).toEqual({ formula: 'SUM(G2:G2)', result: 2 });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('writes nothing when the user cancels', async () => {
    const writeWorkbook = vi.fn(async () => undefined);
    await expect(createHandlers(deps({ writeWorkbook }))['file:saveWorkbook'](request())).resolves.toEqual({ saved: false });
    expect(writeWorkbook).not.toHaveBeenCalled();
  });

  it('lets a write failure reach the page', async () => {
    const d = deps({
      showSaveDialog: async () => ({ canceled: false, filePath: path.join(tmpdir(), 'no-such-folder-hb', 'x.xlsx') }),
    });
    await expect(createHandlers(d)['file:saveWorkbook'](request())).rejects.toThrow(/ENOENT/);
  });
});
