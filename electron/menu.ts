import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge/desktop-api';
import type { Settings } from '../shared/bridge/settings';
import { PAGE_COMMANDS, SHORTCUTS } from '../shared/bridge/shortcuts';
import en from '../shared/locales/en/menu.json';
import zhCN from '../shared/locales/zh-CN/menu.json';

/**
 * The application menu as a plain template (Menu.buildFromTemplate turns it into a menu in
 * main.ts). Commands the page must act on go through `send`; the rest are Electron roles.
 * Type-only import of Electron: this module runs in tests without it.
 */
export type MenuLabels = typeof en;
export type MenuLanguage = 'en' | 'zh-CN';

// A compile error here means the Chinese file lost or renamed a key.
const MENU_LABELS: Record<MenuLanguage, MenuLabels> = { en, 'zh-CN': zhCN };

export function menuLabels(language: MenuLanguage): MenuLabels {
  return MENU_LABELS[language];
}

/** "system" follows the OS: any Chinese locale gets Chinese, everything else English. */
export function menuLanguage(setting: Settings['language'], systemLocale: string): MenuLanguage {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  helpUrl: string;
}

export interface MenuActions {
  send(command: MenuCommand): void;
  print(): void;
  openHelp(url: string): void;
}

type Item = MenuItemConstructorOptions;
const accelerator = (cmd: MenuCommand) => SHORTCUTS.find((s) => s.command === cmd)?.accelerator;
const separator: Item = { type: 'separator' };

export function buildMenuTemplate(labels: MenuLabels, options: MenuOptions, actions: MenuActions): Item[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): Item => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(cmd),
  });

  const appMenu: Item = {
    label: options.appName,
    submenu: [
      { role: 'about', label: labels.app.about },
      separator,
      command(labels.app.settings, 'navigate:settings', 'Cmd+,'),
      separator,
      { role: 'services', label: labels.app.services },
      separator,
      { role: 'hide', label: labels.app.hide },
      { role: 'hideOthers', label: labels.app.hideOthers },
      { role: 'unhide', label: labels.app.showAll },
      separator,
      { role: 'quit', label: labels.app.quit },
    ],
  };

  const fileMenu: Item = {
    label: labels.file.title,
    submenu: [
      command(labels.file.newOrder, 'new:order', accelerator('new:order')),
      command(labels.file.newReturn, 'new:return', accelerator('new:return')),
      command(labels.file.newProduct, 'new:product', accelerator('new:product')),
      separator,
      { label: labels.file.print, accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
      separator,
      isMac ? { role: 'close', label: labels.file.close } : { role: 'quit', label: labels.file.exit },
    ],
  };

  const editMenu: Item = {
    label: labels.edit.title,
    submenu: [
      { role: 'undo', label: labels.edit.undo },
      { role: 'redo', label: labels.edit.redo },
      separator,
      { role: 'cut', label: labels.edit.cut },
      { role: 'copy', label: labels.edit.copy },
      { role: 'paste', label: labels.edit.paste },
      { role: 'delete', label: labels.edit.delete },
      separator,
      { role: 'selectAll', label: labels.edit.selectAll },
    ],
  };

  const viewMenu: Item = {
    label: labels.view.title,
    submenu: [
      ...PAGE_COMMANDS.map((cmd) => command(labels.view[cmd.slice('navigate:'.length) as keyof MenuLabels['view']], cmd, accelerator(cmd))),
      separator,
      command(labels.view.find, 'find', accelerator('find')),
      separator,
      { role: 'reload', label: labels.view.reload },
      { role: 'forceReload', label: labels.view.forceReload },
      // Packaged builds have devTools disabled in webPreferences; the item would do nothing.
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: labels.view.toggleDevTools } satisfies Item]),
      separator,
      { role: 'resetZoom', label: labels.view.resetZoom },
      { role: 'zoomIn', label: labels.view.zoomIn },
      { role: 'zoomOut', label: labels.view.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.view.toggleFullScreen },
    ],
  };

  const windowMenu: Item = {
    label: labels.window.title,
    role: 'windowMenu',
    submenu: [
      { role: 'minimize', label: labels.window.minimize },
      ...(isMac
        ? [{ role: 'zoom', label: labels.window.zoom }, separator, { role: 'front', label: labels.window.front }] satisfies Item[]
        : [{ role: 'close', label: labels.file.close }] satisfies Item[]),
    ],
  };

  const helpMenu: Item = {
    label: labels.help.title,
    role: 'help',
    // "?" in the window opens the same list; the page answers it, so the item shows no accelerator.
    submenu: [command(labels.help.shortcuts, 'shortcuts'), { label: labels.help.learnMore, click: () => actions.openHelp(options.helpUrl) }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
