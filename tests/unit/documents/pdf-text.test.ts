import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fontkit, { type Glyph } from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { DocFont, fitText, wrap } from '../../../shared/documents/pdf-text';
import { createDoc, saveDoc } from '../../../shared/documents/pdf-setup';
import { PageOps } from '../../../shared/documents/content-stream';
import { loadFonts } from '../../builders/documents';

const fonts = loadFonts();

describe('fitText', () => {
  it('never returns a line wider than the box, whatever the text', async () => {
    const { regular } = await createDoc(fonts, { title: 't', subject: 's', date: '2026-01-01' });
    const text = fc.array(fc.constantFrom('义', '乌', '综合', 'Road ', 'Building7,', 'W', ' ', '（', '）', '-', 'Supercalifragilistic', '12345'), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.integer({ min: 20, max: 200 }), fc.integer({ min: 1, max: 4 }), (t, width, maxLines) => {
      const fit = fitText(regular, t, width, 10, 5, maxLines);
      expect(fit.lines.length).toBeLessThanOrEqual(maxLines);
      for (const line of fit.lines) expect(regular.width(line, fit.size)).toBeLessThanOrEqual(width + 1e-6);
    }), { numRuns: 2000 });
  });

  it('wraps Latin at spaces and Chinese between characters, and shrinks before cutting', async () => {
    const { regular } = await createDoc(fonts, { title: 't', subject: 's', date: '2026-01-01' });
    expect(wrap(regular, 'Elk Grove Village', 10, regular.width('Elk Grove', 10) + 1)).toEqual(['Elk Grove', 'Village']);
    expect(wrap(regular, '浙江省金华市', 10, 30.5)).toEqual(['浙江省', '金华市']);
    const shrunk = fitText(regular, '浙江省金华市义乌市', 80, 12, 6);
    expect(shrunk.lines).toEqual(['浙江省金华市义乌市']);
    expect(shrunk.size).toBeLessThan(12);
    const cut = fitText(regular, '浙江省金华市义乌市稠江街道杨村路', 40, 12, 6);
    expect(cut.lines[0]!.endsWith('…')).toBe(true);
  });
});

describe('embedded font subset', () => {
  /**
   * Guards the loca work-around in pdf-setup.ts: every glyph in the subset written into the
   * PDF must have the same outline as in the original font (the bug left most of them empty).
   */
  it('keeps every glyph outline of the text drawn', async () => {
    const text = '退货标签 RETURN LABEL 0123456789 浙江省金华市义乌市稠江街道 Elk Grove Village';
    const s = await createDoc({ regular: fonts.regular }, { title: 't', subject: 's', date: '2026-01-01' });
    const ops = new PageOps(200);
    ops.text(s.regular, 10, 100, 12, text);
    ops.attach(s.pdf, s.pdf.addPage([600, 200]));
    const pdf = await PDFDocument.load(await saveDoc(s.pdf));
    const files = pdf.context.enumerateIndirectObjects()
      .map(([, obj]) => (obj instanceof PDFDict ? obj.get(PDFName.of('FontFile2')) : undefined))
      .filter((ref) => ref !== undefined)
      .map((ref) => pdf.context.lookup(ref))
      .filter((obj): obj is PDFRawStream => obj instanceof PDFRawStream);
    expect(files).toHaveLength(1);
    const subset = fontkit.create(decodePDFRawStream(files[0]!).decode());
    const original = fontkit.create(new Uint8Array(fonts.regular));
    const outline = (g: Glyph) => { const b = g.path.bbox; return `${b.minX},${b.minY},${b.maxX},${b.maxY}/${g.advanceWidth}`; };
    const expected = [...new Set(Array.from(text))].map((ch) => outline(original.glyphForCodePoint(ch.codePointAt(0)!))).sort();
    const actual = Array.from({ length: subset.numGlyphs - 1 }, (_, i) => outline(subset.getGlyph(i + 1))).sort();
    expect(actual).toEqual(expected);
  });
});

it('DocFont encodes through pdf-lib once per character', async () => {
  const { regular } = await createDoc(fonts, { title: 't', subject: 's', date: '2026-01-01' });
  expect(regular).toBeInstanceOf(DocFont);
  expect(regular.hex('退退')).toMatch(/^([0-9A-F]{4})\1$/i);
});
