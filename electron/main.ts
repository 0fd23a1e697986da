import { createReadStream, createWriteStream } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell } from 'electron';
import Store from 'electron-store';
import { BACKUP_REQUEST_CHANNEL, MENU_CHANNEL, type MenuCommand } from '../shared/bridge/desktop-api';
import { isAllowedExternalUrl } from '../shared/bridge/external-url';
import { DEFAULT_SETTINGS } from '../shared/bridge/settings';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { BACKUP_EVERY_MS, createBackupFolder, createBackupScheduler, createExitBackup } from './auto-backup';
import { createHandlers, systemLocaleFrom, type OpenFiles } from './handlers';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate, menuLabels, menuLanguage } from './menu';
import { createAppProtocolHandler, PRIVILEGED_SCHEME } from './protocol';
import { hardenWebContents } from './security';
import { createSettingsStore } from './settings-store';
import { createWindowOptions } from './window-options';

/**
 * Electron's entry point and the only main-process module that touches Electron at
 * runtime: it creates the pieces and hands them to the small, tested modules beside it.
 */
const HELP_URL = 'https://github.com/homebound-app/homebound#readme';

// Must happen before "ready": privileges cannot be granted to a scheme afterwards.
protocol.registerSchemesAsPrivileged([PRIVILEGED_SCHEME]);

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Two instances would write the same settings file and IndexedDB at once.
  app.quit();
}

function start(): void {
  let mainWindow: BrowserWindow | undefined;
  /** Set once the handlers exist; a closed window's half-written exports and uploads go. */
  let openFiles: OpenFiles | undefined;
  const appRoot = app.getAppPath();
  const rendererRoot = path.join(appRoot, 'out', 'renderer');
  const preloadPath = path.join(appRoot, 'out', 'electron', 'preload.cjs');

  const scheduler = createBackupScheduler({
    ask: (reason) => {
      const contents = mainWindow?.webContents;
      if (!contents || contents.isDestroyed()) return false;
      contents.send(BACKUP_REQUEST_CHANNEL, reason);
      return true;
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
  const exitBackup = createExitBackup(scheduler);

  // Hardening every web contents (not only the main window's) covers any frame the page makes.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  const createWindow = (): BrowserWindow => {
    const window = new BrowserWindow(createWindowOptions({ preloadPath, isPackaged: app.isPackaged, title: app.name }));
    window.once('ready-to-show', () => window.show());
    exitBackup.reset();
    window.on('close', (event) => {
      if (exitBackup.done) return;
      // The page must still be alive to hand over its data: hold the close until it has.
      event.preventDefault();
      void exitBackup.run().then(() => window.close());
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
      openFiles?.abandonOpenFiles().catch((error: unknown) => console.error('Could not remove unfinished files', error));
    });
    window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Could not load the app page', error));
    return window;
  };

  app.whenReady().then(() => {
    app.setAppUserModelId('com.homebound.app');
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, (filePath) => readFile(filePath)));

    // No JSON schema here on purpose: a schema makes electron-store throw on a bad value,
    // whereas restoreSettings repairs it field by field. clearInvalidConfig covers bad JSON.
    const settings = createSettingsStore(new Store<Record<string, unknown>>({ name: 'settings', defaults: DEFAULT_SETTINGS, clearInvalidConfig: true }));
    const locale = {
      getPreferredSystemLanguages: () => app.getPreferredSystemLanguages(),
      getLocale: () => app.getLocale(),
    };

    const handlers = createHandlers({
      settings,
      ...locale,
      showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
      writeFile: (filePath, bytes) => writeFile(filePath, bytes),
      defaultSaveDirectory: () => app.getPath('documents'),
      printTarget: () => mainWindow?.webContents,
      openExternal: (url) => shell.openExternal(url),
      backups: createBackupFolder(path.join(app.getPath('userData'), 'backups'), {
        mkdir: async (dir) => {
          await mkdir(dir, { recursive: true });
        },
        rename: (from, to) => rename(from, to),
        readdir: (dir) => readdir(dir),
        unlink: (filePath) => unlink(filePath),
      }),
      onBackupWritten: () => scheduler.written(),
      workbookFs: {
        createWriteStream: (filePath) => createWriteStream(filePath),
        rename: (from, to) => rename(from, to),
        unlink: (filePath) => unlink(filePath),
      },
      uploadFs: {
        writeFile: (filePath, bytes) => writeFile(filePath, bytes),
        appendFile: (filePath, bytes) => appendFile(filePath, bytes),
        rename: (from, to) => rename(from, to),
        unlink: (filePath) => unlink(filePath),
        openRead: (filePath) => Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>,
      },
    });
    const timer = setInterval(() => void scheduler.request('timer', 60_000), BACKUP_EVERY_MS);
    app.on('before-quit', (event) => {
      clearInterval(timer);
      if (exitBackup.done || !mainWindow) return;
      event.preventDefault();
      void exitBackup.run().then(() => app.quit());
    });
    openFiles = handlers;
    registerIpcHandlers(ipcMain, handlers);

    const applyMenu = (): void => {
      const language = menuLanguage(settings.get().language, systemLocaleFrom(locale));
      const template = buildMenuTemplate(
        menuLabels(language),
        { platform: process.platform, isPackaged: app.isPackaged, appName: app.name, helpUrl: HELP_URL },
        {
          send: (command: MenuCommand) => mainWindow?.webContents.send(MENU_CHANNEL, command),
          print: () => {
            handlers['window:print']({ pageSize: 'A4' }).catch((error: unknown) => console.error(error));
          },
          openHelp: (url) => {
            if (isAllowedExternalUrl(url)) shell.openExternal(url).catch((error: unknown) => console.error(error));
          },
        },
      );
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };
    applyMenu();
    settings.subscribe((next, previous) => {
      if (next.language !== previous.language) applyMenu();
    });

    mainWindow = createWindow();
    app.on('activate', () => {
      // macOS keeps the app running with no windows; clicking the Dock icon reopens one.
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  }).catch((error: unknown) => {
    console.error('Homebound failed to start', error);
    app.quit();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
