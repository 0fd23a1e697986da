import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { buildLabelsPdf } from '../../../shared/documents/labels-pdf';
import { labelQrPayload } from '../../../shared/documents/batch-facts';
import { loadFonts, sampleBatch } from '../../builders/documents';
import { decodeBarcodes, hasPoppler, hasZbar, pdfText, renderPages } from './render-tools';

const fonts = loadFonts();
const MM = 72 / 25.4;
const dir = mkdtempSync(join(tmpdir(), 'hb-labels-'));

async function pageSizesMm(bytes: Uint8Array): Promise<[number, number][]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((p) => [Math.round((p.getWidth() / MM) * 100) / 100, Math.round((p.getHeight() / MM) * 100) / 100]);
}

/** Code 128 and QR values a scanner reads off each rendered page, sorted by type. */
function scanPages(bytes: Uint8Array, name: string): { code128: string[]; qr: string[] }[] {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return renderPages(file, 203).map((png) => {
    const found = decodeBarcodes(png, true);
    return {
      code128: found.filter((l) => l.startsWith('CODE-128:')).map((l) => l.slice(9)).sort(),
      qr: found.filter((l) => l.startsWith('QR-Code:')).map((l) => l.slice(8)).sort(),
    };
  });
}

describe('buildLabelsPdf, 100×150 mm', () => {
  const doc = sampleBatch(12);

  it('makes one exact 100×150 mm page per parcel', async () => {
    const bytes = await buildLabelsPdf(doc, fonts);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(12);
    const page = pdf.getPage(0);
    expect(page.getWidth()).toBeCloseTo(283.46, 2);
    expect(page.getHeight()).toBeCloseTo(425.2, 2);
    expect(await pageSizesMm(bytes)).toEqual(Array.from({ length: 12 }, () => [100, 150]));
  });

  it('embeds the CJK font as a subset: the file stays small', async () => {
    const bytes = await buildLabelsPdf(doc, fonts);
    expect(bytes.length).toBeLessThan(400_000);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/FontFile2');
  });

  it.skipIf(!hasPoppler || !hasZbar)('scans: each page\'s Code 128 is its label number and its QR the identifiers', async () => {
    const pages = scanPages(await buildLabelsPdf(doc, fonts), 'thermal.pdf');
    expect(pages).toHaveLength(12);
    pages.forEach((found, i) => {
      const parcel = doc.parcels[i]!;
      expect(found.code128).toEqual([parcel.labelNo]);
      expect(found.qr).toEqual([labelQrPayload(doc, parcel)]);
      expect(found.qr[0]!.split('|')).toEqual(['HB1', parcel.rmaNo, parcel.labelNo, parcel.orderNo, parcel.declarationNo, doc.batchNo, doc.requestNo]);
    });
    // The sample's third label number differs from its RMA: the barcode must carry the label no.
    expect(pages[2]!.code128).toEqual(['HBL2026002']);
  });

  it.skipIf(!hasPoppler)('prints the Chinese text so it can be extracted intact', async () => {
    const file = join(dir, 'text.pdf');
    writeFileSync(file, await buildLabelsPdf(doc, fonts));
    const text = pdfText(file, 1).replace(/\s+/g, ' ');
    expect(text).toContain('退货标签');
    expect(text).toContain('义乌综合保税区跨境电商退货监管仓');
    expect(text).toContain('RMA-2610001');
    expect(text).toContain('2900 杭州关区 Hangzhou');
  });

  it('logs how long 1,000 labels take', async () => {
    const big = sampleBatch(1000);
    const t0 = performance.now();
    const bytes = await buildLabelsPdf(big, fonts);
    const ms = performance.now() - t0;
    console.log(`1,000 labels 100×150: ${Math.round(ms)} ms, ${(bytes.length / 1e6).toFixed(2)} MB`);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1000);
  });
});

describe('buildLabelsPdf, four on A4', () => {
  const doc = sampleBatch(10);

  it('puts four labels on each exact A4 page', async () => {
    const bytes = await buildLabelsPdf(doc, fonts, 'a4x4');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.getPage(0).getWidth()).toBeCloseTo(595.28, 2);
    expect(pdf.getPage(0).getHeight()).toBeCloseTo(841.89, 2);
    expect(await pageSizesMm(bytes)).toEqual([[210, 297], [210, 297], [210, 297]]);
  });

  it.skipIf(!hasPoppler || !hasZbar)('scans: every label on every sheet decodes to its own numbers', async () => {
    const pages = scanPages(await buildLabelsPdf(doc, fonts, 'a4x4'), 'a4.pdf');
    expect(pages.map((p) => p.code128.length)).toEqual([4, 4, 2]);
    pages.forEach((found, k) => {
      const parcels = doc.parcels.slice(k * 4, k * 4 + 4);
      expect(found.code128).toEqual(parcels.map((p) => p.labelNo).sort());
      expect(found.qr).toEqual(parcels.map((p) => labelQrPayload(doc, p)).sort());
    });
  });
});
