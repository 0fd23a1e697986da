import type { z } from 'zod';
import { ipcSchemas, type IpcChannel } from '../shared/bridge/desktop-api';
import { isAppUrl } from './app-origin';
import type { IpcHandlers } from './ipc-types';

/**
 * The main side of the bridge. Every message is treated as hostile until proven otherwise:
 * it must come from a frame on the app's own origin and its arguments must parse against
 * the channel's zod tuple before the typed handler sees them.
 */
export interface IpcEventLike {
  senderFrame?: { url: string } | null;
}

export interface IpcMainLike<E extends IpcEventLike = IpcEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
}

export interface IpcOptions<E extends IpcEventLike> {
  isTrustedSender?: (event: E) => boolean;
}

/** A sender is trusted only while its frame shows a page from app://homebound/. */
export function isTrustedSender(event: IpcEventLike): boolean {
  try {
    return isAppUrl(event.senderFrame?.url);
  } catch {
    // Electron throws when the frame was disposed mid-message; a vanished sender is not trusted.
    return false;
  }
}

export const IPC_CHANNELS = Object.keys(ipcSchemas) as IpcChannel[];

export function registerIpcHandlers<E extends IpcEventLike>(ipcMain: IpcMainLike<E>, handlers: IpcHandlers, options: IpcOptions<E> = {}): void {
  const trusted = options.isTrustedSender ?? isTrustedSender;
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, ...args) => {
      if (!trusted(event)) throw new Error(`${channel}: refused a message from an untrusted sender`);
      return invoke(channel, handlers, parseArgs(channel, args));
    });
  }
}

/** Parses a channel's arguments or throws an Error naming the channel and each bad argument path. */
export function parseArgs<K extends IpcChannel>(channel: K, args: unknown[]): z.infer<(typeof ipcSchemas)[K]> {
  const result = ipcSchemas[channel].safeParse(args);
  if (result.success) return result.data as z.infer<(typeof ipcSchemas)[K]>;
  const problems = result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new Error(`${channel}: invalid arguments — ${problems.join('; ')}`);
}

function formatPath(issuePath: readonly PropertyKey[]): string {
  if (issuePath.length === 0) return 'args';
  const [index, ...rest] = issuePath;
  return `args[${String(index)}]${rest.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`;
}

function invoke<K extends IpcChannel>(channel: K, handlers: IpcHandlers, args: z.infer<(typeof ipcSchemas)[K]>): unknown {
  // TypeScript cannot correlate a generic key with its handler's tuple; parseArgs has.
  const handler = handlers[channel] as (...a: unknown[]) => unknown;
  return handler(...(args as unknown[]));
}
