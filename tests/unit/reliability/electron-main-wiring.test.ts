import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/ipc';

/**
 * The hardening modules are tested one by one in tests/unit/electron; this proves that
 * electron/main.ts actually wires them: it runs the real entry point against a fake Electron
 * (the binary cannot be downloaded in CI) and inspects what it asked Electron to do.
 */
type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const state = {
    isPackaged: true,
    appListeners: new Map<string, Listener>(),
    ipc: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    storeOptions: [] as Record<string, unknown>[],
  };
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    webContents = { send: () => {}, print: () => {} };
    record: { options: Record<string, unknown>; loaded: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      state.windows.push(this.record);
    }
    once() {}
    on() {}
    show() {}
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const module = {
    app: {
      get isPackaged() {
        return state.isPackaged;
      },
      name: 'Homebound',
      getAppPath: () => '/opt/homebound/resources/app',
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => state.appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      setAppUserModelId: () => {},
      getPreferredSystemLanguages: () => ['zh-CN'],
      getLocale: () => 'zh-CN',
      getPath: () => '/home/seller/Documents',
      quit: () => {},
    },
    BrowserWindow,
    dialog: { showSaveDialog: async () => ({ canceled: true }) },
    ipcMain: { handle: (channel: string, listener: Listener) => state.ipc.set(channel, listener) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => {} },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => state.protocolHandlers.set(scheme, handler),
    },
    shell: { openExternal: async () => {} },
  };
  return { state, module };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      electron.state.storeOptions.push(options);
      this.store = { ...(options.defaults as Record<string, unknown>) };
    }
  },
}));

async function startMain(isPackaged: boolean) {
  const { state } = electron;
  state.isPackaged = isPackaged;
  state.appListeners.clear();
  state.ipc.clear();
  state.windows.length = 0;
  state.privileged.length = 0;
  state.protocolHandlers.clear();
  state.storeOptions.length = 0;
  vi.resetModules();
  await import('../../../electron/main');
  // whenReady() resolves on the next microtasks; wait until the window exists.
  await vi.waitFor(() => expect(state.windows.length).toBe(1));
  return state;
}

const appFrame = { senderFrame: { url: 'app://homebound/index.html' } };

describe('electron/main.ts wiring (against a fake Electron)', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));

  it('loads the app from app://homebound, never file://, with the scheme registered as privileged', async () => {
    const state = await startMain(true);
    expect(state.windows[0]!.loaded).toEqual(['app://homebound/index.html']);
    expect(state.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    const serve = state.protocolHandlers.get('app')!;
    expect(serve).toBeTypeOf('function');
    expect([...state.protocolHandlers.keys()]).toEqual(['app']);
    // The live handler refuses traversal and other origins before touching the disk.
    expect((await serve(new Request('app://homebound/..%2f..%2fetc%2fpasswd'))).status).toBe(400);
    expect((await serve(new Request('app://evil/index.html'))).status).toBe(400);
    expect((await serve(new Request('app://homebound/index.html', { method: 'POST' }))).status).toBe(405);
  });

  it('packaged: DevTools off, renderer isolated and sandboxed; unpackaged: DevTools on', async () => {
    const packaged = (await startMain(true)).windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(packaged).toMatchObject({ devTools: false, contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(packaged.preload).toMatch(/out[\\/]electron[\\/]preload\.cjs$/);
    const dev = (await startMain(false)).windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(dev.devTools).toBe(true);
  });

  it('registers every IPC channel, each checking its sender and its payload before the handler', async () => {
    const state = await startMain(true);
    expect([...state.ipc.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    for (const channel of IPC_CHANNELS) {
      const listener = state.ipc.get(channel)!;
      expect(() => listener({ senderFrame: { url: 'https://evil.example/' } })).toThrow(`${channel}: refused a message from an untrusted sender`);
      expect(() => listener(appFrame, { unexpected: true }, 'extra')).toThrow(`${channel}: invalid arguments`);
    }
    // A valid call from the app frame goes through (settings come from the faked store).
    await expect(state.ipc.get('settings:get')!(appFrame)).resolves.toMatchObject({ language: 'system' });
    await expect(state.ipc.get('shell:openExternal')!(appFrame, 'javascript:alert(1)')).resolves.toBe(false);
  });

  it('hardens every web contents Electron creates, and repairs a damaged settings file', async () => {
    const state = await startMain(true);
    const harden = state.appListeners.get('web-contents-created')!;
    const on = vi.fn();
    const contents = {
      on,
      setWindowOpenHandler: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    };
    harden({}, contents);
    expect(on.mock.calls.map(([event]) => event as string).sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
    expect(openHandler({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const check = contents.session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    expect(check()).toBe(false);
    expect(state.storeOptions[0]).toMatchObject({ name: 'settings', clearInvalidConfig: true });
    expect(state.storeOptions[0]).not.toHaveProperty('schema');
  });
});
