import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { DocFont } from './pdf-text';
import type { DocumentFonts } from './types';

/** Page sizes in points: 1 mm = 72 / 25.4 pt, so sizes are exact to the millimetre. */
export const MM = 72 / 25.4;
export const A4: [number, number] = [210 * MM, 297 * MM];
export const LABEL_100x150: [number, number] = [100 * MM, 150 * MM];

export interface DocSetup {
  pdf: PDFDocument;
  regular: DocFont;
  bold: DocFont;
}

/**
 * A new PDF with the CJK fonts embedded as subsets (only the glyphs used are written, so a
 * 10 MB Noto Sans SC becomes tens of kilobytes) and fixed metadata. The creation date is the
 * batch's date, not "now", so the same batch always gives the same bytes.
 */
export async function createDoc(fonts: DocumentFonts, meta: { title: string; subject: string; date: string }): Promise<DocSetup> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const regularFont = forceLongLoca(await pdf.embedFont(fonts.regular, { subset: true }));
  const boldFont = fonts.bold ? forceLongLoca(await pdf.embedFont(fonts.bold, { subset: true })) : regularFont;
  pdf.setTitle(meta.title);
  pdf.setSubject(meta.subject);
  pdf.setCreator('Homebound');
  pdf.setProducer('Homebound (pdf-lib)');
  pdf.setLanguage('zh-CN');
  const date = new Date(`${meta.date}T00:00:00Z`);
  if (!Number.isNaN(date.getTime())) {
    pdf.setCreationDate(date);
    pdf.setModificationDate(date);
  }
  const regular = new DocFont(regularFont, 'HbR');
  const bold = fonts.bold ? new DocFont(boldFont, 'HbB') : regular;
  return { pdf, regular, bold };
}

interface TtfSubsetInternals {
  loca?: { version?: number };
  _addGlyph?: (this: TtfSubsetInternals, gid: number) => number;
}

/**
 * Works around a bug in @pdf-lib/fontkit 1.1.1 (a stale fork of fontkit 1.7): its TrueType
 * subsetter writes the short `loca` format and halves byte offsets without padding glyph
 * records to even length, so after the first odd-length glyph every later glyph reads
 * garbage and prints blank (pdf-lib issue #1232; fixed upstream in fontkit 1.8 by keeping the
 * long format). Noto Sans SC hits it on most characters. Setting the subset's loca to the
 * long format before glyphs are added is exactly the upstream fix. The subset object is
 * pdf-lib's private field, so this is guarded: if the internals change the font is embedded
 * as before, and tests/unit/documents/font-subset.test.ts compares every subset glyph's
 * outline with the original font, so a regression cannot pass unnoticed.
 */
function forceLongLoca(font: PDFFont): PDFFont {
  const subset = (font as unknown as { embedder?: { subset?: TtfSubsetInternals } }).embedder?.subset;
  const addGlyph = subset?._addGlyph;
  if (subset && addGlyph) {
    subset._addGlyph = function (this: TtfSubsetInternals, gid: number) {
      if (this.loca && this.loca.version === undefined) this.loca.version = 1;
      return addGlyph.call(this, gid);
    };
  }
  return font;
}

/** Saves with object streams off: plain xref tables suit every viewer and print driver. */
export async function saveDoc(pdf: PDFDocument): Promise<Uint8Array> {
  return pdf.save({ useObjectStreams: false });
}
