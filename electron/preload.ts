import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopApi, IpcChannel } from '../shared/bridge/desktop-api';
import { BACKUP_REASONS, BACKUP_REQUEST_CHANNEL, MENU_CHANNEL, MENU_COMMANDS, type BackupReason, type MenuCommand } from '../shared/bridge/menu-commands';
import type { IpcArgs, IpcResult } from './ipc-types';

/**
 * The page's only door to the machine: window.desktop, a DesktopApi whose methods each
 * invoke one channel. ipcRenderer itself never crosses the context bridge, so page script
 * cannot send on arbitrary channels or see IPC event objects.
 */
function invoke<K extends IpcChannel>(channel: K, ...args: IpcArgs<K>): IpcResult<K> {
  return ipcRenderer.invoke(channel, ...args) as IpcResult<K>;
}

const menuCommands: readonly string[] = MENU_COMMANDS;
const isMenuCommand = (value: unknown): value is MenuCommand => typeof value === 'string' && menuCommands.includes(value);
const backupReasons: readonly string[] = BACKUP_REASONS;
const isBackupReason = (value: unknown): value is BackupReason => typeof value === 'string' && backupReasons.includes(value);

/** Forwards one main→page channel to a listener, passing on only values `accept` recognises. */
function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, value: unknown): void => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = {
  kind: 'electron',
  getSettings: () => invoke('settings:get'),
  updateSettings: (patch) => invoke('settings:update', patch),
  systemLocale: () => invoke('system:locale'),
  saveFile: (request) => invoke('file:save', request),
  beginWorkbook: (request) => invoke('workbook:begin', request),
  appendWorkbook: (request) => invoke('workbook:append', request),
  finishWorkbook: (request) => invoke('workbook:finish', request),
  print: (request) => invoke('window:print', request),
  openExternal: (url) => invoke('shell:openExternal', url),
  onMenuCommand: (listener) => subscribe(MENU_CHANNEL, isMenuCommand, listener),
  beginUpload: (request) => invoke('upload:begin', request),
  appendUpload: (request) => invoke('upload:append', request),
  finishUpload: (request) => invoke('upload:finish', request),
  autoBackupStatus: () => invoke('backup:status'),
  onBackupRequest: (listener) => subscribe(BACKUP_REQUEST_CHANNEL, isBackupReason, listener),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
