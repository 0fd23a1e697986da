import { assertPrintable, batchTotals, kg } from './batch-facts';
import { PageOps } from './content-stream';
import { drawTable, type Column } from './doc-table';
import { DOC_TEXT, UNIT_TEXT, fill } from './doc-text';
import { drawFormGrid } from './form-grid';
import { A4, createDoc, saveDoc } from './pdf-setup';
import type { DocumentFonts, ReturnBatchDoc } from './types';
import { cartonsOf, type Carton } from './cartons';
import { drawDraftMark } from './request-pdf';
import { joinFilled } from './batch-facts';

/**
 * The packing manifest that travels inside the master carton: which labelled parcels (one
 * row per carton, with its weight) the batch holds, with a tick box per parcel for whoever packs and whoever checks. Meant to fit
 * one page (about 40 parcels); longer batches continue on further pages with the header.
 */
const [PAGE_W, PAGE_H] = A4;
const MARGIN = 36;
const CONTENT_W = PAGE_W - 2 * MARGIN;

type Line = Carton | null;

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
      { label: DOC_TEXT.from, value: [doc.fromLocation.name, joinFilled(doc.fromLocation.address, doc.fromLocation.country), joinFilled(doc.fromLocation.contact, doc.fromLocation.phone)], maxLines: 4 },
      { label: DOC_TEXT.consignee, value: [doc.toSite.name, doc.toSite.address, joinFilled(doc.toSite.contact, doc.toSite.phone)], maxLines: 4 },
    ],
  ]);
  const T = (c: Line, v: (c: Carton) => readonly string[], total: readonly string[] = []) => (c ? v(c) : total);
  const cartons = cartonsOf(doc.parcels);
  // One row per carton (parcel), with its own label number, "k / n" and weight.
  const cols: Column<Line>[] = [
    { head: DOC_TEXT.colNo, width: 24, align: 'right', cell: (c, i) => T(c, () => [String(i + 1)]) },
    { head: DOC_TEXT.labelNo, width: 90, cell: (c) => T(c, (x) => [x.n > 1 ? `${x.labelNo} (${x.k}/${x.n})` : x.labelNo], [DOC_TEXT.totals.zh, DOC_TEXT.totals.en]) },
    { head: DOC_TEXT.order, width: 100, cell: (c) => T(c, (x) => [x.parcel.orderNo], [`${cartons.length} ${DOC_TEXT.cartonCount.zh} ${DOC_TEXT.cartonCount.en}`]) },
    { head: { zh: 'SKU', en: 'SKU' }, width: 80, cell: (c) => T(c, (x) => [x.parcel.sku]) },
    { head: DOC_TEXT.colName, width: 119, maxLines: 2, cell: (c) => T(c, (x) => [x.parcel.nameZh]) },
    { head: DOC_TEXT.colQty, width: 40, align: 'right', cell: (c) => T(c, (x) => (x.k === 1 ? [`${x.parcel.qty} ${UNIT_TEXT[x.parcel.unit].zh}`] : ['〃']), [String(t.qty)]) },
    { head: DOC_TEXT.colWeight, width: 40, align: 'right', cell: (c) => T(c, (x) => [kg(x.weightG)], [kg(t.weightG)]) },
    { head: { zh: '已装', en: 'Packed' }, width: 30, align: 'center', cell: (c) => T(c, () => ['□']) },
  ];
  const end = drawTable<Line>(s, cols, cartons, [null], MARGIN, { ops: first.ops, top: y + 10 }, { newPage, bottom: PAGE_H - 90 });
  const sy = Math.min(end.y + 30, PAGE_H - 60);
  [DOC_TEXT.packedBy, DOC_TEXT.checkedBy].forEach((label, i) => {
    const x = MARGIN + i * (CONTENT_W / 2);
    end.ops.text(s.regular, x, sy, 8, `${label.zh} ${label.en}:`);
    end.ops.line(x + 80, sy + 1, x + CONTENT_W / 2 - 20, sy + 1, 0.4);
  });
  pages.forEach((ops, i) => {
    if (doc.draft) drawDraftMark(ops, s);
    const page = `${fill(DOC_TEXT.page.zh, { x: i + 1, y: pages.length })} · ${fill(DOC_TEXT.page.en, { x: i + 1, y: pages.length })}`;
    ops.textIn(s.regular, MARGIN, CONTENT_W, PAGE_H - 22, 7, page, 'right');
    ops.attach(s.pdf, s.pdf.addPage(A4));
  });
  return saveDoc(s.pdf);
}
