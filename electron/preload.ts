import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopApi, IpcChannel } from '../shared/bridge/desktop-api';
import { MENU_CHANNEL, MENU_COMMANDS, type MenuCommand } from '../shared/bridge/menu-commands';
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

const api = {
  kind: 'electron',
  getSettings: () => invoke('settings:get'),
  updateSettings: (patch) => invoke('settings:update', patch),
  systemLocale: () => invoke('system:locale'),
  saveFile: (request) => invoke('file:save', request),
  print: (request) => invoke('window:print', request),
  openExternal: (url) => invoke('shell:openExternal', url),
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
