/**
 * Commands the application menu sends to the page. Kept apart from desktop-api.ts (and zod)
 * so the sandboxed preload that imports them stays small.
 */
export const MENU_COMMANDS = [
  'navigate:orders', 'navigate:returns', 'navigate:decide', 'navigate:requests',
  'navigate:dashboard', 'navigate:settings', 'new:order', 'new:return', 'new:product', 'find',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'menu:command';
