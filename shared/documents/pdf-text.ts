import type { PDFFont } from 'pdf-lib';

/**
 * Text measuring and encoding with a per-character cache.
 *
 * pdf-lib's drawText runs fontkit's full shaping pass on every string (~0.2 ms each), which
 * made 1,000 labels take seconds. Chinese and the Latin we print need no shaping, so each
 * character is encoded once (through pdf-lib, which records the glyph for the font subset
 * and the ToUnicode map, keeping text extractable) and reused as a 4-hex-digit glyph code.
 */
export class DocFont {
  private readonly cache = new Map<string, { hex: string; w: number }>();

  constructor(readonly pdfFont: PDFFont, readonly key: string) {}

  private glyph(ch: string): { hex: string; w: number } {
    let g = this.cache.get(ch);
    if (!g) {
      const hex = this.pdfFont.encodeText(ch).toString().slice(1, -1);
      g = { hex, w: this.pdfFont.widthOfTextAtSize(ch, 1) };
      this.cache.set(ch, g);
    }
    return g;
  }

  width(text: string, size: number): number {
    let w = 0;
    for (const ch of text) w += this.glyph(ch).w;
    return w * size;
  }

  hex(text: string): string {
    let out = '';
    for (const ch of text) out += this.glyph(ch).hex;
    return out;
  }
}

/** Line breaks, tabs and runs of spaces print as one space: cells hold flowing text. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

// Han, kana, hangul and full-width punctuation: a line may break before or after each.
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const BREAK_AFTER = /[ \-/,;:)\]]/;

/** Greedy line breaking: at spaces and punctuation, around CJK, or mid-word if it must. */
export function wrap(font: DocFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let lineW = 0;
  let breakAt = -1;
  const widthOf = (chars: string[]) => font.width(chars.join(''), size);
  for (const ch of normalizeSpace(text)) {
    const w = font.width(ch, size);
    if (line.length > 0 && ch !== ' ' && lineW + w > maxWidth) {
      const cut = breakAt > 0 ? breakAt : line.length;
      lines.push(line.slice(0, cut).join('').trimEnd());
      line = line.slice(cut);
      while (line[0] === ' ') line.shift();
      // What carries over may itself not fit beside the next character: break it mid-word.
      while (line.length > 0 && widthOf(line) + w > maxWidth) {
        let n = 1;
        while (n < line.length && widthOf(line.slice(0, n + 1)) <= maxWidth) n++;
        lines.push(line.slice(0, n).join('').trimEnd());
        line = line.slice(n);
      }
      lineW = widthOf(line);
      breakAt = -1;
    }
    if (CJK.test(ch) && line.length > 0) breakAt = line.length;
    line.push(ch);
    lineW += w;
    if (BREAK_AFTER.test(ch) || CJK.test(ch)) breakAt = line.length;
  }
  if (line.length > 0) lines.push(line.join('').trimEnd());
  return lines;
}

export interface Fitted {
  lines: string[];
  size: number;
}

/**
 * The largest size from `size` down to `minSize` (half-point steps) at which `text` wraps
 * into `maxLines` lines of `maxWidth`; if even `minSize` is too big, the last line ends in
 * "…". Either way nothing drawn is wider than `maxWidth`. An array is a list of paragraphs,
 * each starting on a new line (e.g. a Chinese name, then its English name).
 */
export function fitText(font: DocFont, text: string | readonly string[], maxWidth: number, size: number, minSize: number, maxLines = 1): Fitted {
  const paragraphs = typeof text === 'string' ? [text] : text;
  const wrapAll = (s: number) => paragraphs.flatMap((p) => wrap(font, p, s, maxWidth));
  for (let s = size; s >= minSize; s -= 0.5) {
    const lines = wrapAll(s);
    if (lines.length <= maxLines) return { lines, size: s };
  }
  const lines = wrapAll(minSize).slice(0, maxLines);
  const last = lines.length - 1;
  if (last >= 0) lines[last] = ellipsize(font, lines[last]!, minSize, maxWidth);
  return { lines, size: minSize };
}

function ellipsize(font: DocFont, line: string, size: number, maxWidth: number): string {
  const chars = Array.from(line);
  while (chars.length > 0 && font.width(chars.join('') + '…', size) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}
