import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, type PermissionCheckHandler, type PermissionRequestHandler, type PreventableEvent, type WebContentsLike, type WindowOpenResponse } from '../../../electron/security';

function fakeContents() {
  const listeners = new Map<string, (event: PreventableEvent, url: string) => void>();
  const state: {
    openHandler?: (details: { url: string }) => WindowOpenResponse;
    requestHandler?: PermissionRequestHandler | null;
    checkHandler?: PermissionCheckHandler | null;
  } = {};
  const contents = {
    on: (event: string, listener: (event: PreventableEvent, url: string) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => WindowOpenResponse) => {
      state.openHandler = handler;
    },
    session: {
      setPermissionRequestHandler: (handler: PermissionRequestHandler | null) => {
        state.requestHandler = handler;
      },
      setPermissionCheckHandler: (handler: PermissionCheckHandler | null) => {
        state.checkHandler = handler;
      },
    },
  } as WebContentsLike;
  const shell = { openExternal: vi.fn(async () => undefined) };
  hardenWebContents(contents, shell);

  const fire = (name: string, url = '') => {
    const event = { preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, state, shell };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('%s: blocks leaving the app origin, allows app pages', (name) => {
    const { fire } = fakeContents();
    expect(fire(name, 'https://evil.example/')).toBe(true);
    expect(fire(name, 'file:///etc/passwd')).toBe(true);
    expect(fire(name, 'app://other/index.html')).toBe(true);
    expect(fire(name, 'not a url')).toBe(true);
    expect(fire(name, 'app://homebound/index.html#/returns')).toBe(false);
  });

  it('prevents every <webview> from attaching', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true);
  });

  it('denies new windows, handing allowed links to the system browser only', () => {
    const { state, shell } = fakeContents();
    expect(state.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/');
    expect(state.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(state.openHandler?.({ url: 'app://homebound/index.html' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('grants no permission request and answers every permission check with no', () => {
    const { state } = fakeContents();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      state.requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(state.checkHandler?.({}, permission)).toBe(false);
    }
    expect(state.requestHandler).toBeTypeOf('function');
    expect(state.checkHandler).toBeTypeOf('function');
  });
});
