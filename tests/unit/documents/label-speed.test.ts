import { expect, it } from 'vitest';
import bwipNode from 'bwip-js/node';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { buildLabelsPdf } from '../../../shared/documents/labels-pdf';
import { labelQrPayload } from '../../../shared/documents/batch-facts';
import { loadFonts, sampleBatch } from '../../builders/documents';

/**
 * Speed comparison, run on demand (HB_PERF=1 npx vitest run tests/unit/documents/label-speed):
 * our vector labels against the naive way — bwip-js renders each barcode to a PNG, pdf-lib
 * embeds it and draws every text with drawText. Logged, not asserted: timings vary by machine.
 */
it.skipIf(!process.env.HB_PERF)('vector labels vs PNG-per-label', { timeout: 600_000 }, async () => {
  const fonts = loadFonts();
  const n = Number(process.env.HB_PERF_N ?? 200);
  const doc = sampleBatch(n);

  let t0 = performance.now();
  await buildLabelsPdf(doc, fonts);
  const ours = performance.now() - t0;

  t0 = performance.now();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fonts.regular, { subset: true });
  for (const p of doc.parcels) {
    const page = pdf.addPage([283.46, 425.2]);
    const bar = await pdf.embedPng(await bwipNode.toBuffer({ bcid: 'code128', text: p.labelNo, scale: 3, height: 25 }));
    const qr = await pdf.embedPng(await bwipNode.toBuffer({ bcid: 'qrcode', text: labelQrPayload(doc, p), scale: 4 }));
    page.drawImage(bar, { x: 12, y: 300, width: 260, height: 70 });
    page.drawImage(qr, { x: 185, y: 190, width: 85, height: 85 });
    const lines = [doc.fromLocation.name, doc.fromLocation.address, doc.toSite.name, doc.toSite.address, doc.batchNo, doc.requestNo, p.orderNo, p.declarationNo, `${p.sku} × ${p.qty}`, p.labelNo];
    lines.forEach((l, i) => page.drawText(l.slice(0, 40), { x: 12, y: 180 - i * 14, size: 8, font }));
  }
  await pdf.save();
  const naive = performance.now() - t0;
  console.log(`${n} labels: vector ${Math.round(ours)} ms, naive PNG ${Math.round(naive)} ms, ratio ${(naive / ours).toFixed(1)}×`);
  expect(ours).toBeGreaterThan(0);
});
