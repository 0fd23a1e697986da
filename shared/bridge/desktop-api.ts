import { z } from 'zod';
import type { BackupReason, MenuCommand } from './menu-commands';
import { appendUploadRequest, beginUploadRequest, fileName, finishUploadRequest, type AppendUploadRequest, type BeginUploadRequest, type BeginUploadResult, type FinishUploadRequest, type UploadResult } from './uploads';
import { settingsPatch, type Settings, type SettingsPatch } from './settings';
import { appendWorkbookRequest, beginWorkbookRequest, finishWorkbookRequest, type AppendWorkbookRequest, type BeginWorkbookRequest, type BeginWorkbookResult, type FinishWorkbookRequest } from './workbook';

/**
 * The one interface between the UI and the machine. The Electron preload and the browser
 * module both implement it; the main process validates every message against `ipcSchemas`.
 */
export interface DesktopApi {
  readonly kind: 'electron' | 'browser';
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** The operating system's (or browser's) preferred language, e.g. "zh-CN". */
  systemLocale(): Promise<string>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * A bookkeeping workbook in chunks of rows (shared/bridge/workbook.ts): streamed into the file
   * the user chose on the desktop, put in place only when finished; a download in the browser,
   * written in memory there and so limited to BROWSER_WORKBOOK_ROWS rows a sheet.
   */
  beginWorkbook(request: BeginWorkbookRequest): Promise<BeginWorkbookResult>;
  appendWorkbook(request: AppendWorkbookRequest): Promise<void>;
  finishWorkbook(request: FinishWorkbookRequest): Promise<SaveFileResult>;
  /** Prints the current page through the system print dialog. */
  print(request: PrintRequest): Promise<void>;
  /** Opens https: and mailto: links in the user's browser; anything else is refused. */
  openExternal(url: string): Promise<boolean>;
  /** Commands chosen in the application menu; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * A large file in chunks (shared/bridge/uploads.ts): a backup saved where the user chooses, or
   * an automatic backup written into the app's backups folder, checked and rotated there.
   */
  beginUpload(request: BeginUploadRequest): Promise<BeginUploadResult>;
  appendUpload(request: AppendUploadRequest): Promise<void>;
  finishUpload(request: FinishUploadRequest): Promise<UploadResult>;
  /** Where automatic backups go and when the last one was made. */
  autoBackupStatus(): Promise<AutoBackupStatus>;
  /** The shell asking for an automatic backup (on quit, every few hours); returns an unsubscribe function. */
  onBackupRequest(listener: (reason: BackupReason) => void): () => void;
}

export { BROWSER_WORKBOOK_ROWS, WORKBOOK_CHUNK_ROWS, appendWorkbookRequest, beginWorkbookRequest, finishWorkbookRequest, type AppendWorkbookRequest, type BeginWorkbookRequest, type BeginWorkbookResult, type FinishWorkbookRequest } from './workbook';
export { BACKUP_REASONS, BACKUP_REQUEST_CHANNEL, MENU_CHANNEL, MENU_COMMANDS, type BackupReason, type MenuCommand } from './menu-commands';

export * from './uploads';

export const saveFileRequest = z.strictObject({
  suggestedName: fileName,
  mimeType: z.string().min(1).max(100),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 512 * 1024 * 1024, 'file too large'),
});
export type SaveFileRequest = z.infer<typeof saveFileRequest>;
export type SaveFileResult = { saved: true; path: string } | { saved: false };

export const printRequest = z.strictObject({
  pageSize: z.enum(['A4', '100x150']),
  landscape: z.boolean().optional(),
});
export type PrintRequest = z.infer<typeof printRequest>;

export type AutoBackupResult = { saved: true; path: string; at: string } | { saved: false; reason: 'unsupported' };
export type AutoBackupStatus = { supported: true; folder: string; last: string | null } | { supported: false };

/** Channel names and the argument tuple each accepts; the main side rejects anything else. */
export const ipcSchemas = {
  'settings:get': z.tuple([]),
  'settings:update': z.tuple([settingsPatch]),
  'system:locale': z.tuple([]),
  'file:save': z.tuple([saveFileRequest]),
  'workbook:begin': z.tuple([beginWorkbookRequest]),
  'workbook:append': z.tuple([appendWorkbookRequest]),
  'workbook:finish': z.tuple([finishWorkbookRequest]),
  'window:print': z.tuple([printRequest]),
  'shell:openExternal': z.tuple([z.string().max(2048)]),
  'upload:begin': z.tuple([beginUploadRequest]),
  'upload:append': z.tuple([appendUploadRequest]),
  'upload:finish': z.tuple([finishUploadRequest]),
  'backup:status': z.tuple([]),
} as const;
export type IpcChannel = keyof typeof ipcSchemas;
