/**
 * Commands the application menu sends to the page. Kept apart from desktop-api.ts (and zod)
 * so the sandboxed preload that imports them stays small.
 */
export const MENU_COMMANDS = [
  'navigate:orders', 'navigate:returns', 'navigate:products', 'navigate:decide', 'navigate:requests',
  'navigate:dashboard', 'navigate:data', 'navigate:settings', 'new:order', 'new:return', 'new:product', 'find', 'shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'menu:command';

/**
 * The main process asking the page for an automatic backup (the data lives in the page's
 * IndexedDB); the page answers with an upload (DesktopApi.beginUpload … finishUpload). Here for the same reason.
 */
export const BACKUP_REQUEST_CHANNEL = 'backup:request';
export const BACKUP_REASONS = ['quit', 'timer'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
