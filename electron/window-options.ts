/**
 * The main window's options. The renderer gets no Node, runs sandboxed in an isolated world
 * and reaches the machine only through the preload's DesktopApi.
 */
export interface WindowOptionsInput {
  preloadPath: string;
  isPackaged: boolean;
  title: string;
}

/** A structural subset of Electron's BrowserWindowConstructorOptions. */
export interface SecureWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: false;
  backgroundColor: string;
  autoHideMenuBar: false;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    experimentalFeatures: false;
    webviewTag: false;
    navigateOnDragDrop: false;
    spellcheck: false;
    devTools: boolean;
  };
}

export function createWindowOptions({ preloadPath, isPackaged, title }: WindowOptionsInput): SecureWindowOptions {
  return {
    width: 1280,
    height: 820,
    // Tables of orders and the decision view stop being usable below this.
    minWidth: 960,
    minHeight: 600,
    title,
    // Shown on ready-to-show so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A file dropped outside a drop zone would otherwise replace the app with file://.
      navigateOnDragDrop: false,
      // The spellchecker downloads dictionaries from Google; the app is offline-first.
      spellcheck: false,
      devTools: !isPackaged,
    },
  };
}
