import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { ValidationFailed } from '../../../shared/errors';
import { buildRequestPdf } from '../../../shared/documents/request-pdf';
import { buildManifestPdf } from '../../../shared/documents/manifest-pdf';
import { buildRequestXlsx, neutralize } from '../../../shared/documents/request-xlsx';
import { batchTotals } from '../../../shared/documents/batch-facts';
import { loadFonts, sampleBatch, sampleParcel } from '../../builders/documents';
import { hasPoppler, pdfText } from './render-tools';

const fonts = loadFonts();
const dir = mkdtempSync(join(tmpdir(), 'hb-request-'));

describe('buildRequestPdf', () => {
  const doc = sampleBatch(36);

  it('is A4, runs over several pages for 36 parcels and stays small', async () => {
    const bytes = await buildRequestPdf(doc, fonts);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(3);
    for (const page of pdf.getPages()) {
      expect(page.getWidth()).toBeCloseTo(595.28, 2);
      expect(page.getHeight()).toBeCloseTo(841.89, 2);
    }
    expect(bytes.length).toBeLessThan(1_000_000);
  });

  it.skipIf(!hasPoppler)('prints every parcel once, the header on every page and "x / y" page numbers', async () => {
    const file = join(dir, 'request.pdf');
    writeFileSync(file, await buildRequestPdf(doc, fonts));
    const pages = (await PDFDocument.load(await buildRequestPdf(doc, fonts))).getPageCount();
    const all = pdfText(file);
    expect(all).toContain('出口商品退货申请单');
    expect(all).toContain('Export Goods Return Application');
    expect(all).toContain('义乌市环宇归途跨境电子商务有限公司');
    for (const p of doc.parcels) expect(all.split(p.declarationNo).length - 1).toBe(1);
    for (let i = 1; i <= pages; i++) {
      const text = pdfText(file, i);
      expect(text).toContain(`第 ${i} / ${pages} 页`);
      expect(text).toContain(`Page ${i} of ${pages}`);
      expect(text).toContain('原申报清单号');
    }
    const last = pdfText(file, pages);
    expect(last).toContain('申请企业（签章）');
    expect(last).toContain('21,997.27 CNY');
  });

  it('refuses an applicant whose USCC check digit is wrong, naming the field', async () => {
    const bad = sampleBatch(2);
    const uscc = bad.applicant.uscc;
    bad.applicant.uscc = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
    const err = await buildRequestPdf(bad, fonts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationFailed);
    expect((err as ValidationFailed).errors).toContainEqual({ field: 'applicant.uscc', key: 'errors.uscc' });
    await expect(buildRequestXlsx(bad)).rejects.toThrow(/applicant\.uscc/);
  });
});

describe('buildManifestPdf', () => {
  it('fits a 30-parcel batch on one A4 page', async () => {
    const pdf = await PDFDocument.load(await buildManifestPdf(sampleBatch(30), fonts));
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getHeight()).toBeCloseTo(841.89, 2);
  });
});

describe('buildRequestXlsx', () => {
  async function read(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return wb.worksheets[0]!;
  }

  it('has a bilingual header, one typed row per parcel and SUM totals', async () => {
    const doc = sampleBatch(36);
    const ws = await read(await buildRequestXlsx(doc));
    expect(ws.rowCount).toBe(1 + 36 + 1);
    expect(String(ws.getCell('D1').value)).toBe('原申报清单号\nDeclaration no.');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const qty = ws.getCell('L2');
    expect(qty.type).toBe(ExcelJS.ValueType.Number);
    expect(qty.value).toBe(doc.parcels[0]!.qty);
    expect(ws.getCell('P2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('E2').type).toBe(ExcelJS.ValueType.Date);
    // HS codes stay text so chapter 01–09 codes keep their leading zero.
    expect(ws.getCell('K2').type).toBe(ExcelJS.ValueType.String);
    const t = batchTotals(doc.parcels);
    expect(ws.getCell('L38').formula).toBe('SUM(L2:L37)');
    expect(ws.getCell('L38').result).toBe(t.qty);
    expect(ws.getCell('P38').formula).toBe('SUM(P2:P37)');
    expect(ws.getCell('P38').result).toBeCloseTo(t.valueFen / 100, 2);
    expect(ws.getCell('Q38').formula).toBe('SUM(Q2:Q37)');
    let sum = 0;
    for (let r = 2; r <= 37; r++) sum += ws.getCell(`P${r}`).value as number;
    expect(sum).toBeCloseTo(t.valueFen / 100, 2);
  });

  it('neutralises text a spreadsheet would run as a formula', async () => {
    const evil = { ...sampleParcel(0), sku: '=HYPERLINK("http://x","y")', nameEn: '+cmd|calc', nameZh: '@SUM(1)', waybillNo: '-2+3', orderNo: '\tx' };
    const ws = await read(await buildRequestXlsx(sampleBatch(1, { parcels: [evil] })));
    expect(ws.getCell('H2').value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(ws.getCell('J2').value).toBe(`'+cmd|calc`);
    expect(ws.getCell('I2').value).toBe(`'@SUM(1)`);
    expect(ws.getCell('G2').value).toBe(`'-2+3`);
    expect(ws.getCell('F2').value).toBe(`'\tx`);
    expect(ws.getCell('H2').type).toBe(ExcelJS.ValueType.String);
    expect(neutralize('RMA-1')).toBe('RMA-1');
  });
});
