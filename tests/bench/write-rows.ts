import { appendFileSync, writeFileSync } from 'node:fs';

const BLOCK = 50_000;

/**
 * Writes a bench input file block by block: a million-row file built as one string (and
 * encoded whole) is more than V8 will hold, which stopped `--scale 10` before it began.
 */
export function writeRows(file: string, header: string, n: number, row: (i: number) => string, eol: string, encode: (text: string) => Uint8Array | string = (t) => t): string {
  writeFileSync(file, encode(`${header}${eol}`));
  for (let start = 0; start < n; start += BLOCK) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(n, start + BLOCK); i++) lines.push(row(i));
    appendFileSync(file, encode(`${lines.join(eol)}${eol}`));
  }
  return file;
}
