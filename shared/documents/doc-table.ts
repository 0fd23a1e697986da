import { PageOps } from './content-stream';
import type { Bi } from './doc-text';
import { fitText, type DocFont, type Fitted } from './pdf-text';

/**
 * A table that flows over as many pages as it needs, repeating its header row on each.
 * Cells hold paragraphs (two stacked fields in one column, e.g. order no. over waybill no.)
 * that wrap and shrink to their column; a row never splits across pages.
 */
export interface Column<Row> {
  head: Bi;
  width: number;
  align?: 'left' | 'right' | 'center';
  cell: (row: Row, index: number) => readonly string[];
  maxLines?: number;
}

export interface TableFonts {
  regular: DocFont;
  bold: DocFont;
}

export interface TablePager {
  /** Starts a page and returns its operators and the y where the table may begin. */
  newPage: () => { ops: PageOps; top: number };
  /** Lowest y the table may reach on a page (above the footer). */
  bottom: number;
}

const PAD = 2.5;
const SIZE = 7;
const MIN_SIZE = 5;
const HEAD_HEIGHT = 28;

interface Laid {
  fits: Fitted[];
  height: number;
}

function layRow<Row>(f: TableFonts, cols: readonly Column<Row>[], row: Row, i: number, bold: boolean): Laid {
  const fits = cols.map((c) => fitText(bold ? f.bold : f.regular, c.cell(row, i), c.width - 2 * PAD, SIZE, MIN_SIZE, c.maxLines ?? 3));
  const lines = Math.max(...fits.map((x) => x.lines.length * x.size * 1.22));
  return { fits, height: lines + 2 * PAD + 1 };
}

function drawRow<Row>(ops: PageOps, f: DocFont, cols: readonly Column<Row>[], laid: Laid, x: number, y: number, shade: boolean): void {
  const width = cols.reduce((a, c) => a + c.width, 0);
  if (shade) ops.fillRect(x, y, width, laid.height, 0.94);
  let cx = x;
  cols.forEach((c, k) => {
    const fit = laid.fits[k]!;
    let baseline = y + PAD + fit.size;
    for (const line of fit.lines) {
      ops.textIn(f, cx + PAD, c.width - 2 * PAD, baseline, fit.size, line, c.align ?? 'left');
      baseline += fit.size * 1.22;
    }
    cx += c.width;
  });
  ops.line(x, y + laid.height, x + width, y + laid.height, 0.3);
}

function drawHead<Row>(ops: PageOps, f: TableFonts, cols: readonly Column<Row>[], x: number, y: number): number {
  const width = cols.reduce((a, c) => a + c.width, 0);
  ops.fillRect(x, y, width, HEAD_HEIGHT, 0.85);
  let cx = x;
  for (const c of cols) {
    const zh = fitText(f.bold, c.head.zh, c.width - 2 * PAD, 6.5, 4.5, 2);
    const en = fitText(f.regular, c.head.en, c.width - 2 * PAD, 6, 4.5, 2);
    let baseline = y + PAD + zh.size;
    for (const line of zh.lines) { ops.textIn(f.bold, cx + PAD, c.width - 2 * PAD, baseline, zh.size, line, c.align ?? 'left'); baseline += zh.size * 1.2; }
    for (const line of en.lines) { ops.textIn(f.regular, cx + PAD, c.width - 2 * PAD, baseline, en.size, line, c.align ?? 'left'); baseline += en.size * 1.2; }
    cx += c.width;
  }
  ops.strokeRect(x, y, width, HEAD_HEIGHT, 0.6);
  return y + HEAD_HEIGHT;
}

/**
 * Draws `rows` then the `totals` rows (bold) starting at `start.top` of `start.ops`, breaking to new
 * pages from `pager` as needed. Returns the last page and the y below the table.
 */
export function drawTable<Row>(
  f: TableFonts,
  cols: readonly Column<Row>[],
  rows: readonly Row[],
  totals: readonly Row[],
  x: number,
  start: { ops: PageOps; top: number },
  pager: TablePager,
): { ops: PageOps; y: number } {
  let { ops } = start;
  let y = drawHead(ops, f, cols, x, start.top);
  let pageTop = start.top;
  const width = cols.reduce((a, c) => a + c.width, 0);
  const frame = () => {
    // Column rules and the outer frame for the part of the table on this page.
    let cx = x;
    for (const c of cols.slice(0, -1)) { cx += c.width; ops.line(cx, pageTop, cx, y, 0.3); }
    ops.strokeRect(x, pageTop, width, y - pageTop, 0.6);
  };
  const all: [Row, number, boolean][] = rows.map((r, i) => [r, i, false]);
  for (const t of totals) all.push([t, rows.length, true]);
  for (const [row, i, isTotal] of all) {
    const laid = layRow(f, cols, row, i, isTotal);
    if (y + laid.height > pager.bottom) {
      frame();
      const next = pager.newPage();
      ops = next.ops;
      pageTop = next.top;
      y = drawHead(ops, f, cols, x, next.top);
    }
    drawRow(ops, isTotal ? f.bold : f.regular, cols, laid, x, y, !isTotal && i % 2 === 1);
    y += laid.height;
  }
  frame();
  return { ops, y };
}
