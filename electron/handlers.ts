import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { PrintRequest, SaveFileRequest, SaveFileResult } from '../shared/bridge/desktop-api';
import { isAllowedExternalUrl } from '../shared/bridge/external-url';
import type { BackupFolder } from './auto-backup';
import { createUploads, type UploadFs } from './uploads';
import type { IpcHandlers } from './ipc-types';
import type { SettingsStore } from './settings-store';
import { createWorkbookWrites, type WorkbookFs } from './xlsx-stream';

/**
 * What each bridge call does on the machine. Electron's dialog, shell, app and webContents
 * arrive as narrow injected functions so the behaviour is tested without Electron.
 */
export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string;
}

export interface PrintOptions {
  silent: false;
  printBackground: true;
  landscape: boolean;
  pageSize: 'A4' | { width: number; height: number };
  margins?: { marginType: 'none' };
}

export interface PrintTarget {
  print(options: PrintOptions, callback: (success: boolean, failureReason: string) => void): void;
}

export interface HandlerDeps {
  settings: SettingsStore;
  showSaveDialog(options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<SaveDialogResult>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** Folder the save dialog opens in, e.g. the user's Documents. */
  defaultSaveDirectory(): string;
  /** The window whose page a print request prints; undefined once it has closed. */
  printTarget(): PrintTarget | undefined;
  openExternal(url: string): Promise<void>;
  getPreferredSystemLanguages(): string[];
  getLocale(): string;
  /** The automatic-backup folder under the user-data folder. */
  backups: BackupFolder;
  /** Told after each automatic backup is on disk, so a quit waiting for one can go on. */
  onBackupWritten?(): void;
  /** Where chunked uploads (large backups) are appended; see electron/uploads.ts. */
  uploadFs: UploadFs;
  /** Where bookkeeping workbooks are streamed in chunks; see electron/xlsx-stream.ts. */
  workbookFs: WorkbookFs;
  newId?(): string;
  now?(): Date;
}

/** Label stock is 100 × 150 mm; Electron wants custom page sizes in microns. */
export const LABEL_PAGE_SIZE = { width: 100_000, height: 150_000 } as const;

export function printOptionsFor(request: PrintRequest): PrintOptions {
  if (request.pageSize === '100x150') {
    // Label printers feed exact-size stock; any margin would shift the barcode off the label.
    return { silent: false, printBackground: true, landscape: request.landscape ?? false, pageSize: { ...LABEL_PAGE_SIZE }, margins: { marginType: 'none' } };
  }
  // The print view is full-page images of the PDF, laid out for a margin-free page.
  return { silent: false, printBackground: true, landscape: request.landscape ?? false, pageSize: 'A4', margins: { marginType: 'none' } };
}

/** The system's first preferred language, falling back to Chromium's UI locale. */
export function systemLocaleFrom(deps: Pick<HandlerDeps, 'getPreferredSystemLanguages' | 'getLocale'>): string {
  return deps.getPreferredSystemLanguages()[0] || deps.getLocale() || 'en';
}

/** Files a page was writing in chunks when its window closed: a page that is gone never finishes them. */
export interface OpenFiles {
  abandonOpenFiles(): Promise<void>;
}

export function createHandlers(deps: HandlerDeps): IpcHandlers & OpenFiles {
  const uploads = createUploads({
    fs: deps.uploadFs, askSavePath: (name) => askSavePath(deps, name), backups: deps.backups,
    newId: deps.newId ?? randomUUID, now: deps.now ?? (() => new Date()), onBackupWritten: deps.onBackupWritten,
  });
  const workbooks = createWorkbookWrites({ fs: deps.workbookFs, askSavePath: (name) => askSavePath(deps, name), newId: deps.newId ?? randomUUID });
  return {
    'settings:get': async () => deps.settings.get(),
    'settings:update': async (patch) => deps.settings.update(patch),
    'system:locale': async () => systemLocaleFrom(deps),
    'file:save': (request) => saveFile(deps, request),
    'workbook:begin': (request) => workbooks.begin(request),
    'workbook:append': (request) => workbooks.append(request),
    'workbook:finish': (request) => workbooks.finish(request),
    'window:print': (request) => print(deps, request),
    'shell:openExternal': async (url) => {
      if (!isAllowedExternalUrl(url)) return false;
      await deps.openExternal(url);
      return true;
    },
    'upload:begin': (request) => uploads.begin(request),
    'upload:append': (request) => uploads.append(request),
    'upload:finish': (request) => uploads.finish(request),
    'backup:status': () => deps.backups.status(),
    abandonOpenFiles: async () => {
      await Promise.all([uploads.abandonAll(), workbooks.abandonAll()]);
    },
  };
}

async function askSavePath(deps: HandlerDeps, suggestedName: string): Promise<string | null> {
  const extension = path.extname(suggestedName).slice(1);
  const result = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultSaveDirectory(), suggestedName),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function saveFile(deps: HandlerDeps, request: SaveFileRequest): Promise<SaveFileResult> {
  const filePath = await askSavePath(deps, request.suggestedName);
  if (!filePath) return { saved: false };
  await deps.writeFile(filePath, request.bytes);
  return { saved: true, path: filePath };
}

function print(deps: HandlerDeps, request: PrintRequest): Promise<void> {
  const target = deps.printTarget();
  if (!target) return Promise.reject(new Error('window:print: there is no window to print'));
  return new Promise((resolve, reject) => {
    target.print(printOptionsFor(request), (success, failureReason) => {
      // Cancelling the system dialog is the user's choice, not a failure to report.
      if (success || failureReason === 'cancelled') resolve();
      else reject(new Error(`window:print failed: ${failureReason}`));
    });
  });
}
