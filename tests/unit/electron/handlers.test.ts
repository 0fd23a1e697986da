import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { createHandlers, LABEL_PAGE_SIZE, type PrintOptions } from '../../../electron/handlers';
import { handlerDeps } from '../../builders/handler-deps';

const deps = handlerDeps;

function fakePrinter(success = true, failureReason = '') {
  const calls: PrintOptions[] = [];
  return {
    calls,
    print: (options: PrintOptions, callback: (success: boolean, failureReason: string) => void) => {
      calls.push(options);
      callback(success, failureReason);
    },
  };
}

describe('shell:openExternal', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com', ' https://example.com'])('refuses %s without calling the shell', async (url) => {
    const d = deps();
    await expect(createHandlers(d)['shell:openExternal'](url)).resolves.toBe(false);
    expect(d.openExternal).not.toHaveBeenCalled();
  });

  it('opens an allowed link through the shell', async () => {
    const d = deps();
    await expect(createHandlers(d)['shell:openExternal']('https://example.com/help')).resolves.toBe(true);
    expect(d.openExternal).toHaveBeenCalledWith('https://example.com/help');
  });
});

describe('file:save', () => {
  const request = { suggestedName: 'return-request.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) };

  it('offers the suggested name in the default folder and writes the bytes to the chosen path', async () => {
    const chosen = path.join('/tmp', 'chosen.pdf');
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: chosen })) });
    await expect(createHandlers(d)['file:save'](request)).resolves.toEqual({ saved: true, path: chosen });
    expect(d.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join('/home', 'seller', 'Documents', 'return-request.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(d.writeFile).toHaveBeenCalledWith(chosen, request.bytes);
  });

  it('returns saved:false and writes nothing when the user cancels', async () => {
    const d = deps();
    await expect(createHandlers(d)['file:save'](request)).resolves.toEqual({ saved: false });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('lets a write failure reach the caller', async () => {
    const d = deps({
      showSaveDialog: async () => ({ canceled: false, filePath: '/read-only/x.pdf' }),
      writeFile: async () => {
        throw new Error('EACCES');
      },
    });
    await expect(createHandlers(d)['file:save'](request)).rejects.toThrow('EACCES');
  });
});

describe('window:print', () => {
  it('prints A4 documents on A4', async () => {
    const printer = fakePrinter();
    await createHandlers(deps({ printTarget: () => printer }))['window:print']({ pageSize: 'A4' });
    expect(printer.calls).toEqual([expect.objectContaining({ pageSize: 'A4', landscape: false, silent: false, margins: { marginType: 'none' } })]);
  });

  it('prints labels on 100 × 150 mm stock given in microns, without margins', async () => {
    const printer = fakePrinter();
    await createHandlers(deps({ printTarget: () => printer }))['window:print']({ pageSize: '100x150', landscape: true });
    expect(LABEL_PAGE_SIZE).toEqual({ width: 100_000, height: 150_000 });
    expect(printer.calls[0]).toMatchObject({ pageSize: { width: 100_000, height: 150_000 }, landscape: true, margins: { marginType: 'none' } });
  });

  it('treats a cancelled print dialog as done, and any other failure as an error', async () => {
    await expect(createHandlers(deps({ printTarget: () => fakePrinter(false, 'cancelled') }))['window:print']({ pageSize: 'A4' })).resolves.toBeUndefined();
    await expect(createHandlers(deps({ printTarget: () => fakePrinter(false, 'Printer offline') }))['window:print']({ pageSize: 'A4' })).rejects.toThrow(/Printer offline/);
  });

  it('fails clearly when the window is gone', async () => {
    await expect(createHandlers(deps())['window:print']({ pageSize: 'A4' })).rejects.toThrow(/no window/);
  });
});

describe('settings and locale', () => {
  it('reads and updates settings through the store', async () => {
    const handlers = createHandlers(deps());
    await expect(handlers['settings:get']()).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(handlers['settings:update']({ labelSize: 'a4x4' })).resolves.toMatchObject({ labelSize: 'a4x4' });
    await expect(handlers['settings:get']()).resolves.toMatchObject({ labelSize: 'a4x4' });
  });

  it('reports the first preferred system language, else the app locale', async () => {
    await expect(createHandlers(deps())['system:locale']()).resolves.toBe('zh-CN');
    await expect(createHandlers(deps({ getPreferredSystemLanguages: () => [] }))['system:locale']()).resolves.toBe('en-US');
  });
});
