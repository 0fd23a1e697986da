import { describe, expect, it, vi } from 'vitest';
import { ipcSchemas } from '../../../shared/bridge/desktop-api';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { isTrustedSender, registerIpcHandlers, type IpcEventLike } from '../../../electron/ipc';
import type { IpcHandlers } from '../../../electron/ipc-types';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    handle: (channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    listeners,
    invoke: async (channel: string, event: IpcEventLike, ...args: unknown[]) => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener(event, ...args);
    },
  };
}

function fakeHandlers(): IpcHandlers {
  return {
    'settings:get': vi.fn(async () => DEFAULT_SETTINGS),
    'settings:update': vi.fn(async () => DEFAULT_SETTINGS),
    'system:locale': vi.fn(async () => 'zh-CN'),
    'file:save': vi.fn(async () => ({ saved: false as const })),
    'workbook:begin': vi.fn(async () => ({ workbook: null })),
    'workbook:append': vi.fn(async () => undefined),
    'workbook:finish': vi.fn(async () => ({ saved: false as const })),
    'window:print': vi.fn(async () => undefined),
    'shell:openExternal': vi.fn(async () => true),
    'upload:begin': vi.fn(async () => ({ upload: 'upload-0001' })),
    'upload:append': vi.fn(async () => undefined),
    'upload:finish': vi.fn(async () => ({ saved: true as const, path: '/backups/homebound-20260502-120000.hbbackup', at: '2026-05-02T12:00:00.000Z' })),
    'backup:status': vi.fn(async () => ({ supported: false as const })),
  };
}

const appFrame: IpcEventLike = { senderFrame: { url: 'app://homebound/index.html#/orders' } };

function setup() {
  const ipcMain = fakeIpcMain();
  const handlers = fakeHandlers();
  registerIpcHandlers(ipcMain, handlers);
  return { ipcMain, handlers };
}

describe('registerIpcHandlers', () => {
  it('registers every channel in ipcSchemas exactly once', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.listeners.keys()].sort()).toEqual(Object.keys(ipcSchemas).sort());
  });

  it('passes a valid payload through to the typed handler', async () => {
    const { ipcMain, handlers } = setup();
    await expect(ipcMain.invoke('settings:update', appFrame, { language: 'zh-CN' })).resolves.toEqual(DEFAULT_SETTINGS);
    expect(handlers['settings:update']).toHaveBeenCalledWith({ language: 'zh-CN' });

    const bytes = new Uint8Array([1, 2, 3]);
    await ipcMain.invoke('file:save', appFrame, { suggestedName: 'returns.xlsx', mimeType: 'application/octet-stream', bytes });
    expect(handlers['file:save']).toHaveBeenCalledWith({ suggestedName: 'returns.xlsx', mimeType: 'application/octet-stream', bytes });
  });

  it.each([
    ['settings:update', [{ language: 'fr' }], /settings:update: invalid arguments.*args\[0\]\.language/],
    ['settings:update', [{ theme: 'dark' }], /settings:update: invalid arguments.*args\[0\]/],
    ['settings:update', [{ seller: { uscc: 'x'.repeat(19) } }], /args\[0\]\.seller\.uscc/],
    ['window:print', [{ pageSize: 'A3' }], /window:print: invalid arguments.*args\[0\]\.pageSize/],
    ['file:save', [{ suggestedName: '../evil.sh', mimeType: 'text/plain', bytes: new Uint8Array() }], /file:save: invalid arguments.*args\[0\]\.suggestedName/],
    ['file:save', [{ suggestedName: 'a.txt', mimeType: 'text/plain', bytes: [1, 2] }], /args\[0\]\.bytes/],
    ['shell:openExternal', [42], /shell:openExternal: invalid arguments.*args\[0\]/],
    ['shell:openExternal', [], /shell:openExternal: invalid arguments/],
    ['settings:get', ['extra'], /settings:get: invalid arguments/],
  ])('rejects %s with %j', async (channel, args, message) => {
    const { ipcMain, handlers } = setup();
    await expect(ipcMain.invoke(channel, appFrame, ...args)).rejects.toThrow(message);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['another app host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['no frame at all', {}],
  ])('refuses messages from %s', async (_name, event: IpcEventLike) => {
    const { ipcMain, handlers } = setup();
    await expect(ipcMain.invoke('shell:openExternal', event, 'https://example.com')).rejects.toThrow(/untrusted sender/);
    expect(handlers['shell:openExternal']).not.toHaveBeenCalled();
  });

  it('uses a custom sender check when given one', async () => {
    const ipcMain = fakeIpcMain();
    const handlers = fakeHandlers();
    registerIpcHandlers(ipcMain, handlers, { isTrustedSender: () => false });
    await expect(ipcMain.invoke('system:locale', appFrame)).rejects.toThrow(/system:locale.*untrusted/);
  });
});

describe('isTrustedSender', () => {
  it('trusts only frames on app://homebound', () => {
    expect(isTrustedSender(appFrame)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://user@homebound/' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://homebound.evil.example/' } })).toBe(false);
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender({ senderFrame: disposed })).toBe(false);
  });
});
