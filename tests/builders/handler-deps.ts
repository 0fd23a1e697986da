import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { vi } from 'vitest';
import type { HandlerDeps } from '../../electron/handlers';
import { createSettingsStore } from '../../electron/settings-store';

/** The main process's Electron pieces as fakes: nothing saved, nothing opened, a Chinese-first system. */
export function handlerDeps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    settings: createSettingsStore({ store: {} }),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    writeFile: vi.fn(async () => undefined),
    defaultSaveDirectory: () => path.join('/home', 'seller', 'Documents'),
    printTarget: () => undefined,
    openExternal: vi.fn(async () => undefined),
    getPreferredSystemLanguages: () => ['zh-CN', 'en-US'],
    getLocale: () => 'en-US',
    backups: {
      folder: '/backups', partPath: (id) => `/backups/upload-${id}.part`, adopt: vi.fn(async () => ({ saved: true as const, path: '/backups/x.hbbackup', at: '' })),
      status: vi.fn(async () => ({ supported: false as const })),
    },
    uploadFs: {
      writeFile: vi.fn(async () => undefined), appendFile: vi.fn(async () => undefined), rename: vi.fn(async () => undefined), unlink: vi.fn(async () => undefined),
      openRead: () => new Blob([]).stream(),
    },
    // Workbooks are streamed to the real disk: tests choose a temporary folder in the save dialog.
    workbookFs: { createWriteStream: (p) => createWriteStream(p), rename: (a, b) => rename(a, b), unlink: (p) => unlink(p) },
    ...overrides,
  };
}
