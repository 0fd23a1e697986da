import { z } from 'zod';
import type { MenuCommand } from './menu-commands';
import { settingsPatch, type Settings, type SettingsPatch } from './settings';

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
  /** Prints the current page through the system print dialog. */
  print(request: PrintRequest): Promise<void>;
  /** Opens https: and mailto: links in the user's browser; anything else is refused. */
  openExternal(url: string): Promise<boolean>;
  /** Commands chosen in the application menu; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export { MENU_CHANNEL, MENU_COMMANDS, type MenuCommand } from './menu-commands';

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

/** Channel names and the argument tuple each accepts; the main side rejects anything else. */
export const ipcSchemas = {
  'settings:get': z.tuple([]),
  'settings:update': z.tuple([settingsPatch]),
  'system:locale': z.tuple([]),
  'file:save': z.tuple([saveFileRequest]),
  'window:print': z.tuple([printRequest]),
  'shell:openExternal': z.tuple([z.string().max(2048)]),
} as const;
export type IpcChannel = keyof typeof ipcSchemas;
