import type { PDFDocument, PDFPage } from 'pdf-lib';
import { PDFName } from 'pdf-lib';
import type { DocFont } from './pdf-text';

/**
 * A page's drawing as raw PDF operators, written as one string and stored as one compressed
 * stream. Layout code works in points with the origin at the top-left (y grows down), the
 * way forms are measured; this class flips to PDF's bottom-left origin.
 *
 * Why raw operators: a label has ~500 barcode rectangles; building a pdf-lib operator object
 * for each (drawRectangle) costs far more than appending "x y w h re" to a string.
 */
export class PageOps {
  private readonly parts: string[] = [];
  private readonly fonts = new Set<DocFont>();

  constructor(private height: number) {}

  /** Points → PDF numbers, short: 3 decimals is 1/3000 pt, far below any printer's dot. */
  private n(v: number): string {
    return String(Math.round(v * 1000) / 1000);
  }

  raw(op: string): this {
    this.parts.push(op);
    return this;
  }

  /** Text with its baseline at `y` (from the top). */
  text(font: DocFont, x: number, y: number, size: number, str: string, gray = 0): this {
    if (str === '') return this;
    this.fonts.add(font);
    const fill = gray === 0 ? '' : `${this.n(gray)} g `;
    this.parts.push(`BT ${fill}/${font.key} ${this.n(size)} Tf ${this.n(x)} ${this.n(this.height - y)} Td <${font.hex(str)}> Tj ET${gray === 0 ? '' : ' 0 g'}`);
    return this;
  }

  /**
   * Text centred on (cx, cy) and turned `degrees` anticlockwise: the draft watermark. `under`
   * puts it beneath everything already drawn (page coordinates only, not inside a frame), so
   * the page's own text stays black on top.
   */
  turnedText(font: DocFont, cx: number, cy: number, size: number, str: string, degrees: number, gray: number, under = false): this {
    this.fonts.add(font);
    const r = (degrees * Math.PI) / 180;
    const [c, s] = [Math.cos(r), Math.sin(r)];
    const w = font.width(str, size);
    const op = (`q ${this.n(c)} ${this.n(s)} ${this.n(-s)} ${this.n(c)} ${this.n(cx)} ${this.n(this.height - cy)} cm BT ${this.n(gray)} g /${font.key} ${this.n(size)} Tf ${this.n(-w / 2)} ${this.n(-size / 3)} Td <${font.hex(str)}> Tj ET Q`);
    if (under) this.parts.unshift(op);
    else this.parts.push(op);
    return this;
  }

  /** Text aligned inside [x, x + width]: 'left' | 'center' | 'right'. */
  textIn(font: DocFont, x: number, width: number, y: number, size: number, str: string, align: 'left' | 'center' | 'right', gray = 0): this {
    const w = font.width(str, size);
    const dx = align === 'left' ? 0 : align === 'center' ? (width - w) / 2 : width - w;
    return this.text(font, x + dx, y, size, str, gray);
  }

  /** Adds a rectangle to the current path (fill or stroke it afterwards). */
  rectPath(x: number, y: number, w: number, h: number): this {
    this.parts.push(`${this.n(x)} ${this.n(this.height - y - h)} ${this.n(w)} ${this.n(h)} re`);
    return this;
  }

  /**
   * Fills rectangles given in a grid's own units — `rects` is "u v w h re" operators with
   * small integers — scaled by (sx, sy) with the grid's top-left at (x, y) and v growing down.
   * Barcodes are drawn this way: integer module coordinates keep the stream short, which is
   * most of the cost of compressing a thousand labels.
   */
  fillGrid(x: number, y: number, sx: number, sy: number, rects: string): this {
    this.parts.push(`q ${this.n(sx)} 0 0 ${this.n(-sy)} ${this.n(x)} ${this.n(this.height - y)} cm`, rects, 'f Q');
    return this;
  }

  fillRect(x: number, y: number, w: number, h: number, gray = 0): this {
    return this.raw(`${this.n(gray)} g`).rectPath(x, y, w, h).raw('f 0 g');
  }

  strokeRect(x: number, y: number, w: number, h: number, lineWidth = 0.5): this {
    return this.raw(`${this.n(lineWidth)} w`).rectPath(x, y, w, h).raw('S');
  }

  line(x1: number, y1: number, x2: number, y2: number, lineWidth = 0.5, dash?: [number, number]): this {
    const d = dash ? `[${dash.join(' ')}] 0 d ` : '';
    this.parts.push(`q ${d}${this.n(lineWidth)} w ${this.n(x1)} ${this.n(this.height - y1)} m ${this.n(x2)} ${this.n(this.height - y2)} l S Q`);
    return this;
  }

  /**
   * Draws `body` in a local frame `width`×`height` pt placed with its top-left at (x, y) and
   * scaled by `scale` — how four 100×150 mm labels share an A4 sheet.
   */
  frame(x: number, y: number, scale: number, localHeight: number, body: () => void): this {
    const pageHeight = this.height;
    const bottom = pageHeight - y - localHeight * scale;
    this.parts.push(`q ${this.n(scale)} 0 0 ${this.n(scale)} ${this.n(x)} ${this.n(bottom)} cm`);
    this.height = localHeight;
    try {
      body();
    } finally {
      this.height = pageHeight;
      this.parts.push('Q');
    }
    return this;
  }

  /** Writes the operators as the page's content and registers the fonts they use. */
  attach(pdf: PDFDocument, page: PDFPage): void {
    const stream = pdf.context.flateStream(this.parts.join('\n'));
    page.node.addContentStream(pdf.context.register(stream));
    for (const f of this.fonts) page.node.setFontDictionary(PDFName.of(f.key), f.pdfFont.ref);
  }
}
