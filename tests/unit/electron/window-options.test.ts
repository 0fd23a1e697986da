import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../electron/window-options';

describe('createWindowOptions', () => {
  const packaged = createWindowOptions({ preloadPath: '/app/out/electron/preload.cjs', isPackaged: true, title: 'Homebound' });

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(packaged.webPreferences).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('waits for ready-to-show and keeps a usable minimum size', () => {
    expect(packaged.show).toBe(false);
    expect(packaged.minWidth).toBeGreaterThanOrEqual(800);
    expect(packaged.minHeight).toBeGreaterThanOrEqual(600);
    expect(packaged.width).toBeGreaterThanOrEqual(packaged.minWidth);
    expect(packaged.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('allows developer tools only outside a packaged build', () => {
    expect(packaged.webPreferences.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath: 'p', isPackaged: false, title: 'Homebound' }).webPreferences.devTools).toBe(true);
  });
});
