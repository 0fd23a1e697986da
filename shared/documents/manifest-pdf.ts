import { assertPrintable, batchTotals, kg } from './batch-facts';
import { PageOps } from './content-stream';
import { drawTable, type Column } from './doc-table';
import { DOC_TEXT, UNIT_TEXT, fill } from './doc-text';
import { drawFormGrid } from './form-grid';
import { A4, createDoc, saveDoc } from './pdf-setup';
import type { DocumentFonts, ParcelLine, ReturnBatchDoc } from './types';
import { joinFilled } from './batch-facts';

/**
 * The packing manifest that travels inside the master carton: which labelled parcels the
 * batch holds, with a tick box per parcel for whoever packs and whoever checks. Meant to fit
 * one page (about 40 parcels); longer batches continue on further pages with the header.
 */
const [PAGE_W, PAGE_H] = A4;
const MARGIN = 36;
const CONTENT_W = PAGE_W - 2 * MARGIN;

type Line = ParcelLine | null;

export async function buildManifestPdf(doc: ReturnBatchDoc, fonts: DocumentFonts): Promise<Uint8Array> {
  assertPrintable(doc);
  const s = await createDoc(fonts, {
    title: `${DOC_TEXT.manifestTitle.zh} ${DOC_TEXT.manifestTitle.en} ${doc.batchNo}`,
    subject: doc.requestNo,
    date: doc.createdDate,
  });
  const t = batchTotals(doc.parcels);
  const pages: PageOps[] = [];
  const newPage = () => {
    const ops = new PageOps(PAGE_H);
    pages.push(ops);
    ops.text(s.bold, MARGIN, 48, 13, `${DOC_TEXT.manifestTitle.zh}  ${DOC_TEXT.manifestTitle.en}`);
    ops.textIn(s.bold, MARGIN, CONTENT_W, 48, 10, doc.batchNo, 'right');
    return { ops, top: 58 };
  };
  const first = newPage();
  const y = drawFormGrid(first.ops, s, MARGIN, first.top, CONTENT_W, [
    [
      { label: DOC_TEXT.requestNo, value: doc.requestNo, bold: true },
      { label: DOC_TEXT.date, value: doc.createdDate },
      { label: DOC_TEXT.returnDistrict, value: `${doc.returnDistrict.code} ${doc.returnDistrict.nameZh} ${doc.returnDistrict.nameEn}` },
      { label: DOC_TEXT.masterWaybill, value: doc.masterWaybill },
    ],
    [
      { label: DOC_TEXT.from, value: [doc.fromLocation.name, joinFilled(doc.fromLocation.address, doc.fromLocation.country)] },
      { label: DOC_TEXT.to, value: [doc.toSite.name, doc.toSite.address] },
    ],
  ]);
  const T = (p: Line, v: (p: ParcelLine) => readonly string[], total: readonly string[] = []) => (p ? v(p) : total);
  const cols: Column<Line>[] = [
    { head: DOC_TEXT.colNo, width: 24, align: 'right', cell: (p, i) => T(p, () => [String(i + 1)]) },
    { head: DOC_TEXT.labelNo, width: 90, cell: (p) => T(p, (x) => [x.labelNo], [DOC_TEXT.totals.zh, DOC_TEXT.totals.en]) },
    { head: DOC_TEXT.order, width: 100, cell: (p) => T(p, (x) => [x.orderNo]) },
    { head: { zh: 'SKU', en: 'SKU' }, width: 80, cell: (p) => T(p, (x) => [x.sku]) },
    { head: DOC_TEXT.colName, width: 119, maxLines: 2, cell: (p) => T(p, (x) => [x.nameZh]) },
    { head: DOC_TEXT.colQty, width: 40, align: 'right', cell: (p) => T(p, (x) => [`${x.qty} ${UNIT_TEXT[x.unit].zh}`], [String(t.qty)]) },
    { head: DOC_TEXT.colWeight, width: 40, align: 'right', cell: (p) => T(p, (x) => [kg(x.weightG)], [kg(t.weightG)]) },
    { head: { zh: '已装', en: 'Packed' }, width: 30, align: 'center', cell: (p) => T(p, () => ['□']) },
  ];
  const end = drawTable<Line>(s, cols, doc.parcels, [null], MARGIN, { ops: first.ops, top: y + 10 }, { newPage, bottom: PAGE_H - 90 });
  const sy = Math.min(end.y + 30, PAGE_H - 60);
  [DOC_TEXT.packedBy, DOC_TEXT.checkedBy].forEach((label, i) => {
    const x = MARGIN + i * (CONTENT_W / 2);
    end.ops.text(s.regular, x, sy, 8, `${label.zh} ${label.en}:`);
    end.ops.line(x + 80, sy + 1, x + CONTENT_W / 2 - 20, sy + 1, 0.4);
  });
  pages.forEach((ops, i) => {
    const page = `${fill(DOC_TEXT.page.zh, { x: i + 1, y: pages.length })} · ${fill(DOC_TEXT.page.en, { x: i + 1, y: pages.length })}`;
    ops.textIn(s.regular, MARGIN, CONTENT_W, PAGE_H - 22, 7, page, 'right');
    ops.attach(s.pdf, s.pdf.addPage(A4));
  });
  return saveDoc(s.pdf);
}
