import { describe, expect, it } from 'vitest';
import { commandForKey, isShortcutsKey, SHORTCUTS } from '../../../shared/bridge/shortcuts';
import { MENU_COMMANDS } from '../../../shared/bridge/menu-commands';

const press = (code: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) =>
  ({ code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('keyboard shortcuts in the browser build', () => {
  it('answer the desktop accelerators and the Alt keys a browser tab leaves free', () => {
    expect(commandForKey(press('KeyN', { ctrlKey: true }))).toBe('new:order');
    expect(commandForKey(press('KeyN', { metaKey: true }))).toBe('new:order');
    expect(commandForKey(press('KeyN', { altKey: true }))).toBe('new:order');
    expect(commandForKey(press('KeyN', { ctrlKey: true, shiftKey: true }))).toBe('new:return');
    expect(commandForKey(press('KeyN', { ctrlKey: true, altKey: true }))).toBe('new:product');
    expect(commandForKey(press('Digit4', { ctrlKey: true }))).toBe('navigate:decide');
    expect(commandForKey(press('Digit8', { altKey: true }))).toBe('navigate:settings');
    expect(commandForKey(press('KeyF', { ctrlKey: true }))).toBe('find');
  });

  it('leave plain typing alone', () => {
    expect(commandForKey(press('KeyN'))).toBeNull();
    expect(commandForKey(press('Digit1'))).toBeNull();
    expect(commandForKey(press('Digit9', { ctrlKey: true }))).toBeNull();
  });

  it('list every menu command once, and "?" opens the list only outside text fields', () => {
    expect(new Set(SHORTCUTS.map((s) => s.command))).toEqual(new Set(MENU_COMMANDS));
    expect(SHORTCUTS).toHaveLength(MENU_COMMANDS.length);
    expect(isShortcutsKey({ ...press('Slash', { shiftKey: true }), key: '?' }, false)).toBe(true);
    expect(isShortcutsKey({ ...press('Slash', { shiftKey: true }), key: '?' }, true)).toBe(false);
  });
});
