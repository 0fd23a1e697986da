import type { PageOps } from './content-stream';
import { bi, type Bi } from './doc-text';
import { fitText, type DocFont } from './pdf-text';

/**
 * The boxed "label over value" grid of printed forms: each row is a list of fields with
 * relative widths; a field shows its bilingual caption small and grey, the value below it
 * wrapped (and shrunk if need be) to fit its box. The row is as tall as its fullest field.
 */
export interface Field {
  label: Bi;
  /** Paragraphs: each starts a new line. */
  value: string | readonly string[];
  span?: number;
  bold?: boolean;
  maxLines?: number;
}

export interface GridFonts {
  regular: DocFont;
  bold: DocFont;
}

const PAD = 3;
const CAPTION = 6;
const VALUE = 8.5;
const MIN_VALUE = 6;

/** Draws the rows from `y` down; returns the y just below the grid. */
export function drawFormGrid(ops: PageOps, f: GridFonts, x: number, y: number, width: number, rows: readonly Field[][]): number {
  for (const row of rows) {
    const spans = row.reduce((a, c) => a + (c.span ?? 1), 0);
    const cells = row.map((field) => {
      const w = (width * (field.span ?? 1)) / spans;
      const font = field.bold ? f.bold : f.regular;
      const fit = fitText(font, field.value, w - 2 * PAD, VALUE, MIN_VALUE, field.maxLines ?? 3);
      return { field, w, font, fit };
    });
    const height = Math.max(...cells.map((c) => PAD + CAPTION + 2 + c.fit.lines.length * c.fit.size * 1.25 + PAD));
    let cx = x;
    for (const c of cells) {
      ops.strokeRect(cx, y, c.w, height, 0.5);
      const cap = fitText(f.regular, bi(c.field.label), c.w - 2 * PAD, CAPTION, 4.5);
      ops.text(f.regular, cx + PAD, y + PAD + cap.size * 0.9, cap.size, cap.lines[0] ?? '', 0.35);
      let baseline = y + PAD + CAPTION + 2 + c.fit.size;
      for (const line of c.fit.lines) {
        ops.text(c.font, cx + PAD, baseline, c.fit.size, line);
        baseline += c.fit.size * 1.25;
      }
      cx += c.w;
    }
    y += height;
  }
  return y;
}
