import { isAllowedExternalUrl } from '../shared/bridge/external-url';
import { isAppUrl } from './app-origin';

export { isAllowedExternalUrl };

/**
 * The slices of Electron's WebContents, Session and shell that hardening touches. Declared
 * here so the wiring is tested with plain fakes instead of a running Electron.
 */
export interface PreventableEvent {
  preventDefault(): void;
}
export type WindowOpenResponse = { action: 'deny' } | { action: 'allow' };
export type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
export type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;

export interface SessionLike {
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void;
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void;
}

export interface WebContentsLike {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenResponse): void;
  readonly session: SessionLike;
}

export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

/**
 * Keeps the window on the app's own pages: no navigation or redirect elsewhere, no new
 * windows (an allowed link opens in the user's browser instead), no <webview>, and no
 * permission (camera, geolocation, notifications…) is ever granted — the app needs none.
 */
export function hardenWebContents(contents: WebContentsLike, shell: ShellLike): void {
  const stayOnAppOrigin = (event: PreventableEvent, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      shell.openExternal(url).catch(() => {
        // The OS had no handler for the link; nothing useful to tell the page.
      });
    }
    return { action: 'deny' };
  });

  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}
