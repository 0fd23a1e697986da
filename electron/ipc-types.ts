import type { z } from 'zod';
import type { DesktopApi, IpcChannel, ipcSchemas } from '../shared/bridge/desktop-api';

/**
 * Ties each IPC channel to the DesktopApi method it carries, so the main-side handlers and
 * the preload's calls are checked against the same interface the renderer uses.
 * Type-only: the preload imports it without pulling zod into its bundle.
 */
export interface ChannelMethods {
  'settings:get': 'getSettings';
  'settings:update': 'updateSettings';
  'system:locale': 'systemLocale';
  'file:save': 'saveFile';
  'workbook:begin': 'beginWorkbook';
  'workbook:append': 'appendWorkbook';
  'workbook:finish': 'finishWorkbook';
  'window:print': 'print';
  'shell:openExternal': 'openExternal';
  'upload:begin': 'beginUpload';
  'upload:append': 'appendUpload';
  'upload:finish': 'finishUpload';
  'backup:status': 'autoBackupStatus';
}

type Method<K extends IpcChannel> = DesktopApi[ChannelMethods[K]];
type AnyFn = (...args: never[]) => unknown;

export type IpcArgs<K extends IpcChannel> = z.infer<(typeof ipcSchemas)[K]>;
export type IpcResult<K extends IpcChannel> = Method<K> extends AnyFn ? ReturnType<Method<K>> : never;

export type IpcHandlers = { [K in IpcChannel]: (...args: IpcArgs<K>) => IpcResult<K> };

/** Fails to compile if a channel's zod tuple drifts from its DesktopApi method's parameters. */
type SameArgs<K extends IpcChannel> = Method<K> extends AnyFn
  ? [IpcArgs<K>] extends [Parameters<Method<K>>] ? ([Parameters<Method<K>>] extends [IpcArgs<K>] ? true : false) : false
  : false;
type AllChannelsMatch = { [K in IpcChannel]: SameArgs<K> }[IpcChannel];
type Assert<T extends true> = T;
export type ChannelsMatchApi = Assert<AllChannelsMatch>;
