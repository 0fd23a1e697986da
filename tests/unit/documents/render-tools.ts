import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test-only helpers that look at documents the way a person or a scanner would. */
function has(bin: string): boolean {
  return spawnSync(bin, ['--version'], { stdio: 'ignore' }).error === undefined;
}

export const hasZbar = has('zbarimg');
export const hasPoppler = has('pdftoppm') && has('pdftotext');

/** Rasterises every page (pdftoppm), returns the PNG paths in page order. */
export function renderPages(pdfPath: string, dpi: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'hb-render-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdfPath, join(dir, 'p')]);
  return readdirSync(dir).filter((f) => f.endsWith('.png')).sort().map((f) => join(dir, f));
}

/** Every symbol zbarimg finds in an image, as "TYPE:data" when `withType`. */
export function decodeBarcodes(imagePath: string, withType = false): string[] {
  const args = withType ? ['-q', imagePath] : ['-q', '--raw', imagePath];
  const r = spawnSync('zbarimg', args, { encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l.length > 0);
}

export function pdfText(pdfPath: string, firstPage?: number): string {
  const range = firstPage === undefined ? [] : ['-f', String(firstPage), '-l', String(firstPage)];
  return execFileSync('pdftotext', ['-layout', ...range, pdfPath, '-'], { encoding: 'utf8' });
}
