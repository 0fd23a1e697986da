import bwipjs from 'bwip-js/generic';
import type { PageOps } from './content-stream';
import { encodeQr } from './qr-encode';

/**
 * Barcodes drawn as vector rectangles into a page's operators: sharp at any printer
 * resolution and far cheaper than rendering a PNG per label.
 *
 * 'bwip-js/generic' is the platform-independent build (no canvas, no node:zlib), so the same
 * import works in Node tests and in the Vite renderer; its default export carries `raw`,
 * which returns the symbol's bar/space widths without drawing anything.
 */

/** One thermal-printer dot at 203 dpi, in points. Bars are whole dots wide so none blur. */
export const DOT_203 = 72 / 203;

/** Code 128 bar/space widths in modules, bar first (bwip-js picks code sets A/B/C). */
export function code128Widths(text: string): number[] {
  const sym = bwipjs.raw({ bcid: 'code128', text })[0];
  if (!sym || !('sbs' in sym)) throw new Error(`bwip-js returned no Code 128 for ${text}`);
  return sym.sbs;
}

export interface DrawnBarcode {
  /** Width actually used by the bars (quiet zones excluded), in points. */
  width: number;
  /** The module (narrowest bar) width in points. */
  module: number;
}

/**
 * Draws a Code 128 of `text` centred in a box `maxWidth` wide (quiet zones of 10 modules
 * each side included in that width). The module is the largest whole number of `dot`s that
 * fits, and never under one dot; `dot` = 0 skips the snapping.
 */
export function drawCode128(ops: PageOps, text: string, x: number, y: number, maxWidth: number, height: number, dot = DOT_203): DrawnBarcode {
  const widths = code128Widths(text);
  const modules = widths.reduce((a, b) => a + b, 0);
  let module = maxWidth / (modules + 20);
  if (dot > 0) module = Math.max(1, Math.floor(module / dot)) * dot;
  const width = modules * module;
  let u = 0;
  let rects = '';
  widths.forEach((w, i) => {
    if (i % 2 === 0) rects += `${u} 0 ${w} 1 re `;
    u += w;
  });
  ops.fillGrid(x + (maxWidth - width) / 2, y, module, height, rects);
  return { width, module };
}

/**
 * Draws a QR code (level M) of `text` centred in a `box`-point square at (x, y), leaving at
 * least the 4-module quiet zone inside the box. Modules are whole `dot`s when `dot` > 0.
 * Dark modules in a row are merged into one rectangle. Returns the module size in points.
 */
export function drawQr(ops: PageOps, text: string, x: number, y: number, box: number, dot = DOT_203): number {
  const qr = encodeQr(text);
  let m = box / (qr.size + 8);
  if (dot > 0 && m >= dot) m = Math.floor(m / dot) * dot;
  let rects = '';
  for (let row = 0; row < qr.size; row++) {
    let start = -1;
    for (let col = 0; col <= qr.size; col++) {
      const dark = col < qr.size && qr.dark[row * qr.size + col] === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        rects += `${start} ${row} ${col - start} 1 re `;
        start = -1;
      }
    }
  }
  ops.fillGrid(x + (box - m * qr.size) / 2, y + (box - m * qr.size) / 2, m, m, rects);
  return m;
}
