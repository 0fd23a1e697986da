import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { buildLabelsPdf } from '../../../shared/documents/labels-pdf';
import { labelQrPayload } from '../../../shared/documents/batch-facts';
import { cartonsOf } from '../../../shared/documents/cartons';
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
  // 12 returns; the 7th travels in two cartons, so 13 labels.
  const doc = sampleBatch(12);
  const cartons = cartonsOf(doc.parcels);

  it('makes one exact 100×150 mm page per carton', async () => {
    expect(cartons).toHaveLength(13);
    const bytes = await buildLabelsPdf(doc, fonts);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(13);
    const page = pdf.getPage(0);
    expect(page.getWidth()).toBeCloseTo(283.46, 2);
    expect(page.getHeight()).toBeCloseTo(425.2, 2);
    expect(await pageSizesMm(bytes)).toEqual(Array.from({ length: 13 }, () => [100, 150]));
  });

  it('embeds the CJK font as a subset: the file stays small', async () => {
    const bytes = await buildLabelsPdf(doc, fonts);
    expect(bytes.length).toBeLessThan(400_000);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/FontFile2');
  });

  it.skipIf(!hasPoppler || !hasZbar)('scans: each page\'s Code 128 is its label number and its QR the identifiers', async () => {
    const pages = scanPages(await buildLabelsPdf(doc, fonts), 'thermal.pdf');
    expect(pages).toHaveLength(13);
    pages.forEach((found, i) => {
      const { parcel, labelNo } = cartons[i]!;
      expect(found.code128).toEqual([labelNo]);
      expect(found.qr).toEqual([labelQrPayload(doc, { ...parcel, labelNo })]);
      expect(found.qr[0]!.split('|')).toEqual(['HB1', parcel.rmaNo, labelNo, parcel.orderNo, parcel.declarationNo, doc.batchNo, doc.requestNo]);
    });
    // The sample's third label number differs from its RMA: the barcode must carry the label no.
    expect(pages[2]!.code128).toEqual(['HBL2026002']);
    // The two-carton return: one code per carton, each its own number.
    expect([pages[6]!.code128, pages[7]!.code128]).toEqual([['RMA-2610007-1'], ['RMA-2610007-2']]);
  });

  it.skipIf(!hasPoppler)('prints the Chinese text so it can be extracted intact', async () => {
    const file = join(dir, 'text.pdf');
    writeFileSync(file, await buildLabelsPdf(doc, fonts));
    const text = pdfText(file, 1).replace(/\s+/g, ' ');
    expect(text).toContain('退货标签');
    expect(text).toContain('义乌综合保税区跨境电商退货监管仓');
    expect(text).toContain('RMA-2610001');
    expect(text).toContain('2900 杭州关区 Hangzhou');
    expect(text).toContain('第 1 / 1 件 · Parcel 1 of 1');
  });

  it.skipIf(!hasPoppler)('shows the full FROM and TO (consignee) with contact and phone, and "Parcel k of n" per carton', async () => {
    const file = join(dir, 'from-to.pdf');
    writeFileSync(file, await buildLabelsPdf(doc, fonts));
    const label = pdfText(file, 7).replace(/\s+/g, ' ');
    expect(label).toContain('Elk Grove Village');
    expect(label).toContain('Maria Gonzalez');
    expect(label).toContain('+1 847 555 0142');
    expect(label).toContain('收件 · 收货人 TO · Consignee');
    expect(label).toContain('杨村路 300 号');
    expect(label).toContain('+86 138 0579 0000');
    expect(label).toContain('第 1 / 2 件 · Parcel 1 of 2');
    expect(pdfText(file, 8).replace(/\s+/g, ' ')).toContain('Parcel 2 of 2');
  });

  it('refuses labels without a full FROM and TO, naming each missing field', async () => {
    const bare = sampleBatch(2, {
      fromLocation: { name: 'X', address: '', country: 'US', contact: '', phone: '' },
      toSite: { name: '', address: 'Somewhere 1', contact: '', phone: '' },
    });
    await expect(buildLabelsPdf(bare, fonts)).rejects.toMatchObject({
      errors: ['fromLocation.address', 'fromLocation.contact', 'fromLocation.phone', 'toSite.name', 'toSite.phone'].map((field) => ({ field, key: 'errors.required' })),
    });
  });

  it('logs how long 1,000 labels take', async () => {
    const big = sampleBatch(1000);
    const t0 = performance.now();
    const bytes = await buildLabelsPdf(big, fonts);
    const ms = performance.now() - t0;
    console.log(`1,000 labels 100×150: ${Math.round(ms)} ms, ${(bytes.length / 1e6).toFixed(2)} MB`);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(cartonsOf(big.parcels).length);
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
    // 10 returns, one of them in two cartons: 11 labels.
    expect(pages.map((p) => p.code128.length)).toEqual([4, 4, 3]);
    const cartons = cartonsOf(doc.parcels);
    pages.forEach((found, k) => {
      const these = cartons.slice(k * 4, k * 4 + 4);
      expect(found.code128).toEqual(these.map((c) => c.labelNo).sort());
      expect(found.qr).toEqual(these.map((c) => labelQrPayload(doc, { ...c.parcel, labelNo: c.labelNo })).sort());
    });
  });
});
