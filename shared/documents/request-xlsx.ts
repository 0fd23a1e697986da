import ExcelJS from 'exceljs';
import { minorDigits } from '../money';
import { assertPrintable, batchTotals } from './batch-facts';
import { DOC_TEXT, GRADE_TEXT, REASON_CATEGORY_TEXT, REASON_TEXT, TRANSPORT_TEXT, UNIT_TEXT, bi, type Bi } from './doc-text';
import type { ParcelLine, ReturnBatchDoc } from './types';
import { joinFilled } from './batch-facts';
import { DRAFT_MARK, cartonsOf, missingOnPaper } from './cartons';
import { neutralize } from '../export/neutralize';

/**
 * The request's parcel list as an XLSX workbook for the broker, who re-keys or imports it
 * into the customs system: one row per parcel, one field per column (no stacking), numbers
 * as numeric cells, a totals row with real SUM formulas (cached results included so viewers
 * that do not recalculate still show them), and a second sheet with the batch particulars.
 *
 * exceljs resolves to its browser bundle (package.json "browser") in the Vite renderer and to
 * its Node build in tests; both return the same bytes from writeBuffer().
 */

// Text a spreadsheet might run as a formula is defused the same way as every other export.
export { neutralize };

interface Col {
  head: Bi;
  width: number;
  value: (p: ParcelLine, i: number) => string | number | Date;
  numFmt?: string;
  /** Sum this column in the totals row. */
  sum?: boolean;
}

const minor = (v: number, currency: string) => v / 10 ** minorDigits(currency);
const dateCell = (iso: string) => new Date(`${iso}T00:00:00Z`);

const COLS: Col[] = [
  { head: DOC_TEXT.colNo, width: 6, value: (_p, i) => i + 1 },
  { head: DOC_TEXT.rma, width: 16, value: (p) => p.rmaNo },
  { head: DOC_TEXT.labelNo, width: 16, value: (p) => p.labelNo },
  { head: { zh: '原申报清单号', en: 'Declaration no.' }, width: 22, value: (p) => p.declarationNo },
  { head: { zh: '出口日期', en: 'Export date' }, width: 12, value: (p) => dateCell(p.exportDate), numFmt: 'yyyy-mm-dd' },
  { head: { zh: '订单号', en: 'Order no.' }, width: 22, value: (p) => p.orderNo },
  { head: { zh: '运单号', en: 'Waybill no.' }, width: 22, value: (p) => p.waybillNo },
  { head: { zh: 'SKU', en: 'SKU' }, width: 18, value: (p) => p.sku },
  { head: { zh: '申报品名', en: 'Declared name (zh)' }, width: 28, value: (p) => p.nameZh },
  { head: { zh: '英文品名', en: 'Declared name (en)' }, width: 28, value: (p) => p.nameEn },
  // HS codes stay text: a number would drop the leading zero of chapters 01–09.
  { head: { zh: '商品编码', en: 'HS code' }, width: 13, value: (p) => p.hsCode },
  { head: { zh: '数量', en: 'Qty' }, width: 8, value: (p) => p.qty, numFmt: '0', sum: true },
  { head: { zh: '计量单位', en: 'Unit' }, width: 10, value: (p) => `${p.unit} ${UNIT_TEXT[p.unit].zh}` },
  { head: { zh: '申报价值', en: 'Value' }, width: 12, value: (p) => minor(p.valueMinor, p.currency), numFmt: '#,##0.00' },
  { head: { zh: '币制', en: 'Currency' }, width: 8, value: (p) => p.currency },
  { head: { zh: '折人民币', en: 'Value CNY' }, width: 13, value: (p) => minor(p.valueFen, 'CNY'), numFmt: '#,##0.00', sum: true },
  { head: { zh: '重量 (千克)', en: 'Weight kg' }, width: 11, value: (p) => p.weightG / 1000, numFmt: '0.000', sum: true },
  { head: { zh: '退货原因', en: 'Reason' }, width: 18, value: (p) => `${REASON_TEXT[p.reason].zh} ${REASON_TEXT[p.reason].en}` },
  { head: { zh: '状况', en: 'Condition' }, width: 18, value: (p) => `${GRADE_TEXT[p.grade].zh} ${GRADE_TEXT[p.grade].en}` },
  { head: DOC_TEXT.cartonCount, width: 8, value: (p) => p.parcelCount, numFmt: '0', sum: true },
];

function colLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function particularsSheet(wb: ExcelJS.Workbook, doc: ReturnBatchDoc): void {
  const ws = wb.addWorksheet('申请信息 Request');
  ws.columns = [{ width: 34 }, { width: 70 }];
  const a = doc.applicant;
  const t = batchTotals(doc.parcels);
  const rows: [Bi, string | number][] = [
    [DOC_TEXT.requestNo, doc.requestNo],
    [DOC_TEXT.batchNo, doc.batchNo],
    [DOC_TEXT.date, doc.createdDate],
    [DOC_TEXT.applicant, `${a.companyZh} ${a.companyEn}`],
    [DOC_TEXT.uscc, a.uscc],
    [DOC_TEXT.customsCode, a.customsCode],
    [DOC_TEXT.address, a.address],
    [DOC_TEXT.contact, `${a.contact} ${a.phone}`],
    [DOC_TEXT.broker, [doc.broker.name, doc.broker.customsCode, doc.broker.contact].filter(Boolean).join(' · ')],
    [DOC_TEXT.returnDistrict, `${doc.returnDistrict.code} ${doc.returnDistrict.nameZh} ${doc.returnDistrict.nameEn}`],
    [DOC_TEXT.originalDistricts, doc.originalDistricts.map((d) => `${d.code} ${d.nameZh} ${d.nameEn}`).join('; ')],
    [DOC_TEXT.supervisedSite, doc.supervisedSite],
    [DOC_TEXT.transport, `${TRANSPORT_TEXT[doc.transportMode].zh} ${TRANSPORT_TEXT[doc.transportMode].en} · ${doc.carrier}`],
    [DOC_TEXT.masterWaybill, doc.masterWaybill],
    [DOC_TEXT.reasonCategory, `${REASON_CATEGORY_TEXT[doc.reasonCategory].zh} ${REASON_CATEGORY_TEXT[doc.reasonCategory].en}`],
    [DOC_TEXT.rebateCert, doc.rebateCertificateNo ?? `${DOC_TEXT.notClaimed.zh} ${DOC_TEXT.notClaimed.en}`],
    [DOC_TEXT.from, joinFilled(doc.fromLocation.name, doc.fromLocation.address, doc.fromLocation.country, doc.fromLocation.contact, doc.fromLocation.phone)],
    [DOC_TEXT.consignee, joinFilled(doc.toSite.name, doc.toSite.address, doc.toSite.contact, doc.toSite.phone)],
    [DOC_TEXT.parcels, t.parcels],
    [DOC_TEXT.quantity, t.qty],
    [DOC_TEXT.cartonCount, cartonsOf(doc.parcels).length],
    // A draft says so, and lists what is still blank.
    ...(doc.draft ? [[DRAFT_MARK, missingOnPaper(doc).map(bi).join('; ')] as [Bi, string]] : []),
  ];
  for (const [label, value] of rows) {
    const row = ws.addRow([`${label.zh} ${label.en}`, typeof value === 'string' ? neutralize(value) : value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
}

export async function buildRequestXlsx(doc: ReturnBatchDoc): Promise<Uint8Array> {
  assertPrintable(doc);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Homebound';
  wb.created = dateCell(doc.createdDate);
  wb.modified = wb.created;

  const ws = wb.addWorksheet('退货清单 Parcels', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = COLS.map((c) => ({ width: c.width }));
  const head = ws.addRow(COLS.map((c) => `${c.head.zh}\n${c.head.en}`));
  head.height = 32;
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });

  doc.parcels.forEach((p, i) => {
    const row = ws.addRow(COLS.map((c) => {
      const v = c.value(p, i);
      return typeof v === 'string' ? neutralize(v) : v;
    }));
    COLS.forEach((c, k) => { if (c.numFmt) row.getCell(k + 1).numFmt = c.numFmt; });
  });

  const first = 2;
  const last = doc.parcels.length + 1;
  const totals = batchTotals(doc.parcels);
  const cached: Record<string, number> = { Qty: totals.qty, 'Value CNY': totals.valueFen / 100, 'Weight kg': totals.weightG / 1000 };
  const totalRow = ws.addRow([]);
  totalRow.getCell(2).value = `${DOC_TEXT.totals.zh} ${DOC_TEXT.totals.en}`;
  COLS.forEach((c, k) => {
    if (!c.sum) return;
    const cell = totalRow.getCell(k + 1);
    const letter = colLetter(k + 1);
    cell.value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: cached[c.head.en] ?? 0 };
    if (c.numFmt) cell.numFmt = c.numFmt;
  });
  totalRow.font = { bold: true };

  particularsSheet(wb, doc);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
