import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { createBrowserApi, SETTINGS_KEY } from '../../../renderer/bridge/browser-api';

// The browser bridge in Node: storage, window and document are small fakes, no DOM library.
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browser DesktopApi', () => {
  it('is the browser kind and reads defaults from empty or corrupt storage', async () => {
    expect(createBrowserApi(() => memoryStorage()).kind).toBe('browser');
    await expect(createBrowserApi(() => memoryStorage()).getSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(createBrowserApi(() => memoryStorage({ [SETTINGS_KEY]: '{not json' })).getSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    const partlyBad = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ language: 'xx', labelSize: 'a4x4' }) });
    await expect(createBrowserApi(() => partlyBad).getSettings()).resolves.toMatchObject({ language: 'system', labelSize: 'a4x4' });
  });

  it('persists a valid patch under homebound.settings', async () => {
    const storage = memoryStorage();
    const api = createBrowserApi(() => storage);
    const next = await api.updateSettings({ language: 'zh-CN', seller: { companyZh: '样品公司' } });
    expect(next).toMatchObject({ language: 'zh-CN', seller: { companyZh: '样品公司' } });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null')).toEqual(next);
  });

  it('rejects an invalid patch with a message naming the field, storing nothing', async () => {
    const storage = memoryStorage();
    await expect(createBrowserApi(() => storage).updateSettings({ labelSize: 'A0' } as never)).rejects.toThrow(/updateSettings: invalid patch.*labelSize/);
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('opens only allowed links, without giving the new page a handle on this one', async () => {
    const open = vi.fn();
    vi.stubGlobal('window', { open });
    const api = createBrowserApi(() => memoryStorage());
    await expect(api.openExternal('javascript:alert(1)')).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
    await expect(api.openExternal('https://example.com/')).resolves.toBe(true);
    expect(open).toHaveBeenCalledWith('https://example.com/', '_blank', expect.stringContaining('noopener'));
  });

  it('saves a file as a download of exactly the given bytes', async () => {
    const link = { href: '', download: '', rel: '', style: { display: '' }, click: vi.fn(), remove: vi.fn() };
    const append = vi.fn();
    vi.stubGlobal('document', { createElement: () => link, body: { append } });
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:fake';
    });
    const api = createBrowserApi(() => memoryStorage());
    const result = await api.saveFile({ suggestedName: 'returns.csv', mimeType: 'text/csv', bytes: new TextEncoder().encode('a,b') });
    expect(result).toEqual({ saved: true, path: 'returns.csv' });
    expect(link).toMatchObject({ href: 'blob:fake', download: 'returns.csv' });
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.remove).toHaveBeenCalledOnce();
    expect(blobs[0]?.type).toBe('text/csv');
    expect(await blobs[0]?.text()).toBe('a,b');
    createObjectURL.mockRestore();
  });

  it('delivers the menu commands from the keyboard shortcuts, and stops after unsubscribing', () => {
    const target = new EventTarget();
    vi.stubGlobal('window', target);
    const got: string[] = [];
    const unsubscribe = createBrowserApi(() => memoryStorage()).onMenuCommand((c) => got.push(c));
    const key = (init: Record<string, unknown>) => {
      const e = Object.assign(new Event('keydown', { cancelable: true }), { code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false }, init);
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(key({ code: 'KeyN', ctrlKey: true })).toBe(true);
    expect(key({ code: 'KeyN' })).toBe(false);
    expect(key({ code: 'Digit2', altKey: true })).toBe(true);
    unsubscribe();
    key({ code: 'KeyN', ctrlKey: true });
    expect(got).toEqual(['new:order', 'navigate:returns']);
    vi.unstubAllGlobals();
  });

  it('has no automatic backups: no upload opens for one and no request ever arrives', async () => {
    const api = createBrowserApi(() => memoryStorage());
    await expect(api.beginUpload({ purpose: 'autoBackup' })).resolves.toEqual({ upload: null });
    await expect(api.autoBackupStatus()).resolves.toEqual({ supported: false });
    const listener = vi.fn();
    api.onBackupRequest(listener)();
    expect(listener).not.toHaveBeenCalled();
  });
});
