import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/bridge/desktop-api';
import en from '../../../shared/locales/en/menu.json';
import zhCN from '../../../shared/locales/zh-CN/menu.json';
import { buildMenuTemplate, menuLabels, menuLanguage, type MenuOptions } from '../../../electron/menu';

type Item = MenuItemConstructorOptions;
const options = (overrides: Partial<MenuOptions> = {}): MenuOptions => ({
  platform: 'win32', isPackaged: true, appName: 'Homebound', helpUrl: 'https://example.com/help', ...overrides,
});

function build(language: 'en' | 'zh-CN' = 'en', overrides: Partial<MenuOptions> = {}) {
  const actions = { send: vi.fn(), print: vi.fn(), openHelp: vi.fn() };
  return { template: buildMenuTemplate(menuLabels(language), options(overrides), actions), actions };
}

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function byLabel(items: Item[], label: string): Item {
  const found = flatten(items).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item labelled ${label}`);
  return found;
}

function click(item: Item): void {
  (item.click as () => void)();
}

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key)).sort();
}

describe('menu locale files', () => {
  it('have the same keys in English and Chinese, none empty', () => {
    expect(keyPaths(zhCN)).toEqual(keyPaths(en));
    for (const file of [en, zhCN]) {
      for (const key of keyPaths(file)) expect(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], file)).not.toBe('');
    }
  });
});

describe('menuLanguage', () => {
  it('follows an explicit setting, else the system locale', () => {
    expect(menuLanguage('en', 'zh-CN')).toBe('en');
    expect(menuLanguage('zh-CN', 'en-US')).toBe('zh-CN');
    expect(menuLanguage('system', 'zh-Hans-CN')).toBe('zh-CN');
    expect(menuLanguage('system', 'zh-TW')).toBe('zh-CN');
    expect(menuLanguage('system', 'de-DE')).toBe('en');
  });
});

describe('buildMenuTemplate', () => {
  it.each([
    ['New Order', 'CmdOrCtrl+N', 'new:order'],
    ['New Return', 'CmdOrCtrl+Shift+N', 'new:return'],
    // Pages numbered as the sidebar lists them, all eight.
    ['Orders', 'CmdOrCtrl+1', 'navigate:orders'],
    ['Returns', 'CmdOrCtrl+2', 'navigate:returns'],
    ['Products', 'CmdOrCtrl+3', 'navigate:products'],
    ['Decide', 'CmdOrCtrl+4', 'navigate:decide'],
    ['Requests', 'CmdOrCtrl+5', 'navigate:requests'],
    ['Dashboard', 'CmdOrCtrl+6', 'navigate:dashboard'],
    ['Import & Export', 'CmdOrCtrl+7', 'navigate:data'],
    ['Settings', 'CmdOrCtrl+8', 'navigate:settings'],
    ['Find…', 'CmdOrCtrl+F', 'find'],
  ])('%s has %s and sends %s', (label, accelerator, command) => {
    const { template, actions } = build();
    const item = byLabel(template, label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(actions.send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('offers every menu command somewhere', () => {
    const { template, actions } = build('en', { platform: 'darwin' });
    for (const item of flatten(template)) if (item.click && item.label !== en.file.print && item.label !== en.help.learnMore) click(item);
    expect(new Set(actions.send.mock.calls.map(([command]) => command))).toEqual(new Set(MENU_COMMANDS));
  });

  it('prints with Ctrl/Cmd+P and opens help through the action', () => {
    const { template, actions } = build();
    const print = byLabel(template, 'Print…');
    expect(print.accelerator).toBe('CmdOrCtrl+P');
    click(print);
    expect(actions.print).toHaveBeenCalledOnce();
    click(byLabel(template, 'Homebound Help'));
    expect(actions.openHelp).toHaveBeenCalledWith('https://example.com/help');
  });

  it('labels everything in Chinese when asked', () => {
    const { template } = build('zh-CN');
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(byLabel(template, '新建订单').accelerator).toBe('CmdOrCtrl+N');
    const labels = flatten(template).filter((item) => item.type !== 'separator').map((item) => item.label);
    expect(labels.every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
    expect(labels).not.toContain('New Order');
  });

  it('has the standard edit roles', () => {
    const roles = flatten(build().template).map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen'] as const) {
      expect(roles).toContain(role);
    }
  });

  it('puts the app menu first on macOS only, with Quit there', () => {
    const mac = build('en', { platform: 'darwin' }).template;
    expect(mac[0]?.label).toBe('Homebound');
    expect(flatten([mac[0] as Item]).map((item) => item.role)).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    const win = build('en', { platform: 'win32' }).template;
    expect(win[0]?.label).toBe('File');
    expect(byLabel(win, 'Exit').role).toBe('quit');
  });

  it('shows developer tools only in unpackaged builds', () => {
    const roles = (isPackaged: boolean) => flatten(build('en', { isPackaged }).template).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
