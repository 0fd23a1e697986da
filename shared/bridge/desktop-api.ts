import { z } from 'zod';
import { readBackupEnvelope } from '../backup/envelope';
import { isStreamBackup } from '../backup/stream-format';
import type { BackupReason, MenuCommand } from './menu-commands';
import { settingsPatch, type Settings, type SettingsPatch } from './settings';
import { saveWorkbookRequest, type SaveWorkbookRequest } from './workbook';

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
  /** Saves a bookkeeping workbook described as SheetData: streamed to the chosen file on the desktop, a download in the browser. */
  saveWorkbook(request: SaveWorkbookRequest): Promise<SaveFileResult>;
  /** Prints the current page through the system print dialog. */
  print(request: PrintRequest): Promise<void>;
  /** Opens https: and mailto: links in the user's browser; anything else is refused. */
  openExternal(url: string): Promise<boolean>;
  /** Commands chosen in the application menu; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Writes an automatic backup into the app's backups folder and rotates the folder. */
  writeAutoBackup(request: AutoBackupRequest): Promise<AutoBackupResult>;
  /** Where automatic backups go and when the last one was made. */
  autoBackupStatus(): Promise<AutoBackupStatus>;
  /** The shell asking for an automatic backup (on quit, every few hours); returns an unsubscribe function. */
  onBackupRequest(listener: (reason: BackupReason) => void): () => void;
}

export { saveWorkbookRequest, type SaveWorkbookRequest } from './workbook';
export { BACKUP_REASONS, BACKUP_REQUEST_CHANNEL, MENU_CHANNEL, MENU_COMMANDS, type BackupReason, type MenuCommand } from './menu-commands';

export const saveFileRequest = z.strictObject({
  suggestedName: z.string().min(1).max(200).refine((n) => !/[\\/:*?"<>|]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 32), 'file name has forbidden characters'),
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

/** An automatic backup is the whole ledger; far above any real one, far below what would hurt the shell. */
export const AUTO_BACKUP_MAX_BYTES = 256 * 1024 * 1024;

export const autoBackupRequest = z.strictObject({
  bytes: z.instanceof(Uint8Array)
    .refine((b) => b.byteLength <= AUTO_BACKUP_MAX_BYTES, { message: 'backup too large', abort: true })
    .superRefine((bytes, ctx) => {
      // Only a real backup may land in the backups folder, where a restore would trust it. A
      // streamed one is read through (checksum chain, header, counts) by the handler before it is written.
      if (isStreamBackup(bytes)) return;
      const checked = readBackupEnvelope(bytes);
      if (!checked.ok) ctx.addIssue({ code: 'custom', message: `not a Homebound backup (${checked.refusal.key}${checked.refusal.params ? ` ${JSON.stringify(checked.refusal.params)}` : ''})` });
    }),
});
export type AutoBackupRequest = z.infer<typeof autoBackupRequest>;
export type AutoBackupResult = { saved: true; path: string; at: string } | { saved: false; reason: 'unsupported' };
export type AutoBackupStatus = { supported: true; folder: string; last: string | null } | { supported: false };

/** Channel names and the argument tuple each accepts; the main side rejects anything else. */
export const ipcSchemas = {
  'settings:get': z.tuple([]),
  'settings:update': z.tuple([settingsPatch]),
  'system:locale': z.tuple([]),
  'file:save': z.tuple([saveFileRequest]),
  'file:saveWorkbook': z.tuple([saveWorkbookRequest]),
  'window:print': z.tuple([printRequest]),
  'shell:openExternal': z.tuple([z.string().max(2048)]),
  'backup:write': z.tuple([autoBackupRequest]),
  'backup:status': z.tuple([]),
} as const;
export type IpcChannel = keyof typeof ipcSchemas;
