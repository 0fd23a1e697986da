import type { DesktopApi } from '../../shared/bridge/desktop-api';
import { createBrowserApi } from './browser-api';

/**
 * The bridge the UI uses: the preload's window.desktop inside Electron, otherwise the
 * browser implementation. Import `desktop` from here; never read window.desktop directly.
 */
declare global {
  interface Window {
    desktop?: DesktopApi;
  }
}

export const desktop: DesktopApi = window.desktop ?? createBrowserApi();
