import { assertPrintable, batchTotals, kg, money } from './batch-facts';
import { PageOps } from './content-stream';
import { drawTable, type Column } from './doc-table';
import { DOC_TEXT, GRADE_TEXT, REASON_CATEGORY_TEXT, REASON_TEXT, TRANSPORT_TEXT, UNIT_TEXT, fill } from './doc-text';
import { drawFormGrid, type Field } from './form-grid';
import { A4, createDoc, saveDoc, type DocSetup } from './pdf-setup';
import { fitText } from './pdf-text';
import type { DistrictRef, DocumentFonts, ParcelLine, ReturnBatchDoc } from './types';
import { joinFilled } from './batch-facts';
import { DRAFT_MARK, missingOnPaper } from './cartons';
import { bi } from './doc-text';

/**
 * The export goods return application (出口商品退货申请单): A4 portrait, bilingual, with the
 * batch's particulars as a boxed form, one table line per parcel (header repeated on every
 * page), totals, the declaration and signature/seal boxes, and "第 x / y 页 · Page x of y".
 * Portrait because brokers file A4 portrait; the 13 per-parcel fields fit by stacking
 * related pairs in one column (order no. over waybill no., SKU over HS code, …).
 */
const [PAGE_W, PAGE_H] = A4;
const MARGIN = 36;
const CONTENT_W = PAGE_W - 2 * MARGIN;
const FOOTER_Y = PAGE_H - 22;
const TABLE_BOTTOM = PAGE_H - 40;

const district = (d: DistrictRef) => `${d.code} ${d.nameZh} ${d.nameEn}`;

/** Column widths sum to the 523 pt content width. Totals rows pass a null parcel. */
type Line = ParcelLine | null;
function columns(totals: ReturnType<typeof batchTotals>): Column<Line>[] {
  const T = (p: Line, v: (p: ParcelLine) => readonly string[], total: readonly string[] = []) => (p ? v(p) : total);
  return [
    { head: DOC_TEXT.colNo, width: 20, align: 'right', cell: (p, i) => T(p, () => [String(i + 1)]) },
    { head: DOC_TEXT.colDecl, width: 76, cell: (p) => T(p, (x) => [x.declarationNo, x.exportDate], [DOC_TEXT.totals.zh, DOC_TEXT.totals.en]) },
    { head: DOC_TEXT.colOrder, width: 80, cell: (p) => T(p, (x) => [x.orderNo, x.waybillNo], [`${totals.parcels} ${DOC_TEXT.parcels.zh} ${DOC_TEXT.parcels.en}`]) },
    { head: DOC_TEXT.colSku, width: 64, cell: (p) => T(p, (x) => [x.sku, x.hsCode]) },
    { head: DOC_TEXT.colName, width: 85, maxLines: 6, cell: (p) => T(p, (x) => [x.nameZh, x.nameEn]) },
    { head: DOC_TEXT.colQty, width: 32, align: 'right', cell: (p) => T(p, (x) => [String(x.qty), `${UNIT_TEXT[x.unit].zh} ${UNIT_TEXT[x.unit].en}`], [String(totals.qty)]) },
    { head: DOC_TEXT.colValue, width: 56, align: 'right', cell: (p) => T(p, (x) => [money(x.valueMinor, x.currency), money(x.valueFen, 'CNY')], [money(totals.valueFen, 'CNY')]) },
    { head: DOC_TEXT.colWeight, width: 30, align: 'right', cell: (p) => T(p, (x) => [kg(x.weightG)], [kg(totals.weightG)]) },
    { head: DOC_TEXT.colReason, width: 80, maxLines: 5, cell: (p) => T(p, (x) => [`${REASON_TEXT[x.reason].zh} ${REASON_TEXT[x.reason].en}`, `${GRADE_TEXT[x.grade].zh} ${GRADE_TEXT[x.grade].en}`]) },
  ];
}

function particulars(doc: ReturnBatchDoc): Field[][] {
  const a = doc.applicant;
  const t = batchTotals(doc.parcels);
  const broker = [doc.broker.name, [doc.broker.customsCode, doc.broker.contact].filter(Boolean).join(' · ')].filter((s) => s !== '');
  return [
    [
      { label: DOC_TEXT.requestNo, value: doc.requestNo, bold: true },
      { label: DOC_TEXT.batchNo, value: doc.batchNo, bold: true },
      { label: DOC_TEXT.date, value: doc.createdDate },
    ],
    [
      { label: DOC_TEXT.applicant, value: [a.companyZh, a.companyEn], span: 2, bold: true },
      { label: DOC_TEXT.uscc, value: a.uscc },
    ],
    [
      { label: DOC_TEXT.address, value: a.address, span: 2 },
      { label: DOC_TEXT.customsCode, value: a.customsCode },
    ],
    [
      { label: DOC_TEXT.contact, value: `${a.contact} ${a.phone}` },
      { label: DOC_TEXT.broker, value: broker, span: 2 },
    ],
    [
      { label: DOC_TEXT.returnDistrict, value: district(doc.returnDistrict), bold: true },
      { label: DOC_TEXT.originalDistricts, value: doc.originalDistricts.map(district).join('; ') },
      { label: DOC_TEXT.supervisedSite, value: doc.supervisedSite },
    ],
    [
      { label: DOC_TEXT.transport, value: [`${TRANSPORT_TEXT[doc.transportMode].zh} ${TRANSPORT_TEXT[doc.transportMode].en}`, doc.carrier] },
      { label: DOC_TEXT.masterWaybill, value: doc.masterWaybill },
      { label: DOC_TEXT.reasonCategory, value: `${REASON_CATEGORY_TEXT[doc.reasonCategory].zh} ${REASON_CATEGORY_TEXT[doc.reasonCategory].en}` },
    ],
    [
      { label: DOC_TEXT.from, value: [doc.fromLocation.name, joinFilled(doc.fromLocation.address, doc.fromLocation.country), joinFilled(doc.fromLocation.contact, doc.fromLocation.phone)], span: 3, maxLines: 5 },
      { label: { zh: `${DOC_TEXT.to.zh} · ${DOC_TEXT.consignee.zh}`, en: `${DOC_TEXT.to.en} · ${DOC_TEXT.consignee.en}` }, value: [doc.toSite.name, doc.toSite.address, joinFilled(doc.toSite.contact, doc.toSite.phone)], span: 3, maxLines: 5 },
      { label: DOC_TEXT.rebateCert, value: doc.rebateCertificateNo ?? `${DOC_TEXT.notClaimed.zh} ${DOC_TEXT.notClaimed.en}`, span: 2 },
    ],
    [
      { label: DOC_TEXT.parcels, value: String(t.parcels), bold: true },
      { label: DOC_TEXT.quantity, value: String(t.qty), bold: true },
      { label: DOC_TEXT.weightKg, value: kg(t.weightG), bold: true },
      { label: DOC_TEXT.valueCny, value: money(t.valueFen, 'CNY'), bold: true },
    ],
    ...draftRow(doc),
  ];
}

/** A draft's "still missing" row, so nobody files it thinking it is complete. */
function draftRow(doc: ReturnBatchDoc): Field[][] {
  if (!doc.draft) return [];
  const missing = missingOnPaper(doc);
  const value = missing.length ? missing.map(bi).join('; ') : `${DRAFT_MARK.zh} ${DRAFT_MARK.en}`;
  return [[{ label: DOC_TEXT.stillMissing, value, span: 4, bold: true, maxLines: 3 }]];
}

function title(ops: PageOps, s: DocSetup, doc: ReturnBatchDoc, first: boolean): number {
  if (first) {
    ops.textIn(s.bold, MARGIN, CONTENT_W, 58, 17, DOC_TEXT.requestTitle.zh, 'center');
    ops.textIn(s.bold, MARGIN, CONTENT_W, 75, 11, DOC_TEXT.requestTitle.en, 'center');
    return 88;
  }
  ops.text(s.bold, MARGIN, 50, 10, `${DOC_TEXT.requestTitle.zh}  ${DOC_TEXT.requestTitle.en}`);
  ops.textIn(s.regular, MARGIN, CONTENT_W, 50, 8, `${DOC_TEXT.requestNo.zh} ${DOC_TEXT.requestNo.en} ${doc.requestNo}`, 'right');
  return 60;
}

/** The declaration and three signature/seal boxes; needs about 150 pt. */
function signatures(ops: PageOps, s: DocSetup, y: number): void {
  const zh = fitText(s.regular, DOC_TEXT.declaration.zh, CONTENT_W, 8.5, 6, 2);
  const en = fitText(s.regular, DOC_TEXT.declaration.en, CONTENT_W, 7.5, 5.5, 2);
  let baseline = y + 14;
  for (const l of zh.lines) { ops.text(s.regular, MARGIN, baseline, zh.size, l); baseline += zh.size * 1.3; }
  for (const l of en.lines) { ops.text(s.regular, MARGIN, baseline, en.size, l); baseline += en.size * 1.3; }
  const top = baseline + 6;
  const gap = 10;
  const w = (CONTENT_W - 2 * gap) / 3;
  [DOC_TEXT.applicantSeal, DOC_TEXT.brokerSeal, DOC_TEXT.customsRemarks].forEach((label, i) => {
    const x = MARGIN + i * (w + gap);
    ops.strokeRect(x, top, w, 92, 0.6);
    ops.text(s.bold, x + 5, top + 12, 8, label.zh);
    const en2 = fitText(s.regular, label.en, w - 10, 7, 5);
    ops.text(s.regular, x + 5, top + 22, en2.size, en2.lines[0] ?? '');
    ops.text(s.regular, x + 5, top + 84, 7, `${DOC_TEXT.dateLine.zh} ${DOC_TEXT.dateLine.en}:`);
    ops.line(x + 45, top + 85, x + w - 8, top + 85, 0.4);
  });
}

/** "草稿 DRAFT" across the page, light grey over the content, still readable through it. */
export function drawDraftMark(ops: PageOps, s: DocSetup): void {
  ops.turnedText(s.bold, PAGE_W / 2, PAGE_H / 2, 110, `${DRAFT_MARK.zh} ${DRAFT_MARK.en}`, 50, 0.85, true);
}

export async function buildRequestPdf(doc: ReturnBatchDoc, fonts: DocumentFonts): Promise<Uint8Array> {
  assertPrintable(doc);
  const s = await createDoc(fonts, {
    title: `${DOC_TEXT.requestTitle.zh} ${DOC_TEXT.requestTitle.en} ${doc.requestNo}`,
    subject: doc.batchNo,
    date: doc.createdDate,
  });
  let pages: PageOps[] = [];
  const newPage = (first = false) => {
    const ops = new PageOps(PAGE_H);
    pages.push(ops);
    return { ops, top: title(ops, s, doc, first) };
  };
  const totals = batchTotals(doc.parcels);
  const lay = (bottom: number) => {
    pages = [];
    const first = newPage(true);
    const top = drawFormGrid(first.ops, s, MARGIN, first.top, CONTENT_W, particulars(doc));
    first.ops.text(s.bold, MARGIN, top + 16, 9, `${DOC_TEXT.goodsList.zh}  ${DOC_TEXT.goodsList.en}`);
    return drawTable<Line>(s, columns(totals), doc.parcels, [null], MARGIN, { ops: first.ops, top: top + 22 }, { newPage: () => newPage(), bottom });
  };
  // The signatures (about 160 pt) stay with the totals: when they would not fit under the
  // table, the table is laid out again leaving room for them, so they never stand alone.
  let end = lay(TABLE_BOTTOM);
  if (end.y + 160 > TABLE_BOTTOM) end = lay(TABLE_BOTTOM - 160);
  const last = end.ops;
  const y = end.y;
  signatures(last, s, y + 4);

  pages.forEach((ops, i) => {
    if (doc.draft) drawDraftMark(ops, s);
    const page = fill(DOC_TEXT.page.zh, { x: i + 1, y: pages.length }) + ' · ' + fill(DOC_TEXT.page.en, { x: i + 1, y: pages.length });
    ops.line(MARGIN, FOOTER_Y - 10, PAGE_W - MARGIN, FOOTER_Y - 10, 0.3);
    ops.text(s.regular, MARGIN, FOOTER_Y, 7, `${DOC_TEXT.requestNo.zh} ${doc.requestNo} · ${DOC_TEXT.batchNo.zh} ${doc.batchNo}`);
    ops.textIn(s.regular, MARGIN, CONTENT_W, FOOTER_Y, 7, page, 'right');
    ops.attach(s.pdf, s.pdf.addPage(A4));
  });
  return saveDoc(s.pdf);
}
