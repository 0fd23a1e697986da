import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The process boundaries are only real if the lint rule fires; these prove it does. */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint boundaries', () => {
  it.each([
    ["import { app } from 'electron';", 'Electron'],
    ["import { readFile } from 'node:fs';", 'Node built-ins'],
    ["import path from 'path';", 'Node built-ins'],
    ["import { useState } from 'react';", 'React'],
    ["import Dexie from 'dexie';", 'Dexie'],
    ["import { db } from '../renderer/db/database';", 'a process layer'],
  ])('refuses %s in shared/ (%s)', async (code) => {
    expect(await ruleIds(`${code}\nexport const x = 1;\n`, 'shared/probe.ts')).toContain('no-restricted-imports');
  });

  it('refuses DOM globals in shared/', async () => {
    expect(await ruleIds('export const lang = navigator.language;\n', 'shared/probe.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const w = window.innerWidth;\n', 'shared/probe.ts')).toContain('no-restricted-globals');
  });

  it('accepts pure code in shared/', async () => {
    expect(await ruleIds("import { z } from 'zod';\nexport const s = z.string();\n", 'shared/probe.ts')).toEqual([]);
  });

  it('keeps Electron and Node out of the renderer, and the UI out of the main process', async () => {
    expect(await ruleIds("import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", 'renderer/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { readFile } from 'node:fs';\nexport const x = readFile;\n", 'renderer/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { App } from '../renderer/app/App';\nexport const x = App;\n", 'electron/probe.ts')).toContain('no-restricted-imports');
  });
});
