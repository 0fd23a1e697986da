import type { MenuCommand } from './menu-commands';

/**
 * The app's keyboard shortcuts, one list for the desktop menu's accelerators, the browser
 * build's key handler and the `?` overlay. Pages are numbered in the sidebar's order.
 * A browser tab keeps Ctrl/⌘+N, Ctrl/⌘+Shift+N and Ctrl/⌘+1…8 for itself (new window, tabs),
 * so the browser build also answers to Alt+N, Alt+Shift+N and Alt+1…8.
 */
export interface Shortcut {
  command: MenuCommand;
  /** Electron accelerator form; the browser reads the same keys. */
  accelerator: string;
  /** The same command in a browser tab, where the browser keeps the accelerator for itself. */
  browserAlternative?: string;
}

export const PAGE_COMMANDS: readonly MenuCommand[] = [
  'navigate:orders', 'navigate:returns', 'navigate:products', 'navigate:decide', 'navigate:requests', 'navigate:dashboard', 'navigate:data', 'navigate:settings',
];

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'new:order', accelerator: 'CmdOrCtrl+N', browserAlternative: 'Alt+N' },
  { command: 'new:return', accelerator: 'CmdOrCtrl+Shift+N', browserAlternative: 'Alt+Shift+N' },
  { command: 'new:product', accelerator: 'CmdOrCtrl+Alt+N' },
  ...PAGE_COMMANDS.map((command, i) => ({ command, accelerator: `CmdOrCtrl+${i + 1}`, browserAlternative: `Alt+${i + 1}` })),
  { command: 'find', accelerator: 'CmdOrCtrl+F' },
  { command: 'shortcuts', accelerator: 'Shift+/' },
];

export interface KeyPress {
  /** KeyboardEvent.code: "KeyN", "Digit3", "Slash" — layout-independent, and Alt on a Mac changes `key`. */
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

function matches(accelerator: string, e: KeyPress): boolean {
  const parts = accelerator.split('+');
  const key = parts.at(-1)!;
  const mods = new Set(parts.slice(0, -1));
  const code = /^\d$/.test(key) ? `Digit${key}` : key === '/' ? 'Slash' : `Key${key}`;
  const cmd = e.ctrlKey || e.metaKey;
  return e.code === code && cmd === mods.has('CmdOrCtrl') && e.altKey === mods.has('Alt') && e.shiftKey === mods.has('Shift');
}

/**
 * The command a key press asks for in the browser build, if any (the desktop menu answers
 * its own accelerators). `?` is left to the page, which opens the overlay outside text fields.
 */
export function commandForKey(e: KeyPress): MenuCommand | null {
  for (const s of SHORTCUTS) {
    if (s.command === 'shortcuts') continue;
    if (matches(s.accelerator, e) || (s.browserAlternative !== undefined && matches(s.browserAlternative, e))) return s.command;
  }
  return null;
}

/** `?` typed outside a text field: the overlay listing these shortcuts. */
export function isShortcutsKey(e: KeyPress & { key: string }, inTextField: boolean): boolean {
  return !inTextField && e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey;
}
