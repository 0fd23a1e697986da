import { kg, labelQrPayload } from './batch-facts';
import { drawCode128, drawQr } from './barcodes';
import type { PageOps } from './content-stream';
import { DOC_TEXT, bi, fill, type Bi } from './doc-text';
import { MM } from './pdf-setup';
import { fitText, type DocFont } from './pdf-text';
import type { ReturnBatchDoc } from './types';
import { joinFilled } from './batch-facts';
import { DRAFT_MARK, missingOnPaper, type Carton } from './cartons';

/**
 * One 100×150 mm return label, drawn in its own frame (points, origin top-left). Positions
 * are in millimetres because that is how label stock is specified; a 2 mm border inset keeps
 * everything inside the printable area of common thermal printers.
 *
 * Top to bottom: header band, Code 128 of the label number and the number in large type,
 * FROM + QR code, TO, the identifier grid, a footer. Every text passes through fitText, so a
 * long address shrinks or wraps and, at worst, ends in "…" — it never leaves its box.
 */
export interface LabelFonts {
  regular: DocFont;
  bold: DocFont;
}

export interface LabelOptions {
  /** Snap bars and QR modules to this dot pitch (pt); 0 for sheets printed at other scales. */
  dot: number;
}

const mm = (v: number) => v * MM;
const GRAY = 0.35;

export function drawLabel(ops: PageOps, f: LabelFonts, doc: ReturnBatchDoc, c: Carton, o: LabelOptions): void {
  const p = c.parcel;
  // A draft's mark lies under everything (bars included), light, so scanners still read.
  if (doc.draft) ops.turnedText(f.bold, mm(50), mm(80), 44, `${DRAFT_MARK.zh} ${DRAFT_MARK.en}`, 55, 0.85);
  ops.strokeRect(mm(2), mm(2), mm(96), mm(146), 1);

  // Header band: white on black, so a sorter sees at a glance that this is a return.
  ops.fillRect(mm(2), mm(2), mm(96), mm(9));
  const title = `${DOC_TEXT.labelTitle.zh}  ${DOC_TEXT.labelTitle.en}`;
  const t = fitText(f.bold, title, mm(50), 11, 7);
  ops.text(f.bold, mm(4), mm(8.3), t.size, t.lines[0] ?? '', 1);
  const district = `${doc.returnDistrict.code} ${doc.returnDistrict.nameZh} ${doc.returnDistrict.nameEn}`;
  const d = fitText(f.bold, district, mm(40), 9, 6);
  ops.textIn(f.bold, mm(56), mm(40), mm(8), d.size, d.lines[0] ?? '', 'right', 1);

  // The barcode scanners read: as wide as the label allows, quiet zones included.
  drawCode128(ops, c.labelNo, mm(4), mm(13.5), mm(92), mm(25), o.dot);
  const num = fitText(f.bold, c.labelNo, mm(92), 18, 8);
  ops.textIn(f.bold, mm(4), mm(92), mm(45.5), num.size, num.lines[0] ?? '', 'center');
  ops.line(mm(2), mm(49), mm(98), mm(49), 0.75);

  // FROM (left) and the QR code (right).
  const from = doc.fromLocation;
  block(ops, f, DOC_TEXT.fromShort, from.name, joinFilled(from.address, from.country), party(from), mm(4), mm(50.5), mm(57), { name: 9, addr: 8, lines: 4 });
  drawQr(ops, labelQrPayload(doc, { ...p, labelNo: c.labelNo }), mm(65), mm(51), mm(31), o.dot);
  ops.line(mm(2), mm(83.5), mm(98), mm(83.5), 0.75);

  // TO: the consignee is what the carrier reads, so it gets the larger type.
  const to = doc.toSite;
  block(ops, f, { zh: `${DOC_TEXT.toShort.zh} · ${DOC_TEXT.consignee.zh}`, en: `${DOC_TEXT.toShort.en} · ${DOC_TEXT.consignee.en}` }, to.name, to.address, party(to), mm(4), mm(85), mm(92), { name: 11, addr: 9, lines: 3 });
  ops.line(mm(2), mm(113.5), mm(98), mm(113.5), 0.75);

  // Identifier grid: 3 rows × 2 cells.
  const cells: [Bi, string][] = [
    [DOC_TEXT.batchNo, doc.batchNo],
    [DOC_TEXT.requestNo, doc.requestNo],
    [DOC_TEXT.order, p.orderNo],
    [DOC_TEXT.decl, p.declarationNo],
    [DOC_TEXT.skuQty, `${p.sku} × ${p.qty}`],
    [DOC_TEXT.weight, `${kg(c.weightG)} kg`],
  ];
  cells.forEach(([label, value], i) => {
    const x = mm(i % 2 === 0 ? 4 : 51);
    const y = mm(113.5 + Math.floor(i / 2) * 9);
    ops.text(f.regular, x, y + mm(3), 5.5, bi(label), GRAY);
    const v = fitText(f.bold, value, mm(44), 9.5, 5.5);
    ops.text(f.bold, x, y + mm(7.3), v.size, v.lines[0] ?? '');
    if (i % 2 === 0) ops.line(mm(49), y, mm(49), y + mm(9), 0.5);
    ops.line(mm(2), y + mm(9), mm(98), y + mm(9), 0.5);
  });

  if (doc.draft) {
    const missing = missingOnPaper(doc).map(bi).join('; ');
    const line = `${DRAFT_MARK.zh} ${DRAFT_MARK.en}${missing ? ` · ${bi(DOC_TEXT.stillMissing)}: ${missing}` : ''}`;
    const m = fitText(f.bold, line, mm(92), 6, 4);
    ops.text(f.bold, mm(4), mm(143.2), m.size, m.lines[0] ?? '');
  }
  // "Parcel k of n" counts the cartons of this return: what the carrier checks on delivery.
  const count = `${fill(DOC_TEXT.labelOf.zh, { x: c.k, y: c.n })} · ${fill(DOC_TEXT.labelOf.en, { x: c.k, y: c.n })}`;
  ops.text(f.bold, mm(4), mm(146.3), 7, count);
  const rma = p.rmaNo === c.labelNo ? doc.createdDate : `RMA ${p.rmaNo}`;
  const r = fitText(f.regular, rma, mm(40), 6.5, 5);
  ops.textIn(f.regular, mm(56), mm(40), mm(146.3), r.size, r.lines[0] ?? '', 'right');
}

/** "王晓梅 · 电话 Tel +1 312 555 0100": the line a courier calls. */
function party(p: { contact: string; phone: string }): string {
  return [p.contact.trim(), p.phone.trim() ? `${DOC_TEXT.phone.zh} Tel ${p.phone.trim()}` : ''].filter(Boolean).join(' · ');
}

/** A caption, a bold name on one line, a wrapped address below it and the contact line. */
function block(ops: PageOps, f: LabelFonts, caption: Bi, name: string, address: string, contact: string, x: number, y: number, w: number, s: { name: number; addr: number; lines: number }): void {
  ops.text(f.regular, x, y + mm(2.6), 6.5, bi(caption), GRAY);
  // A long name takes a second line rather than shrinking below legibility.
  const n = fitText(f.bold, name, w, s.name, 7, 2);
  let baseline = y + mm(2.8);
  for (const line of n.lines) {
    baseline += n.size * 1.15;
    ops.text(f.bold, x, baseline, n.size, line);
  }
  const a = fitText(f.regular, address, w, s.addr, 6, s.lines + 1 - n.lines.length);
  baseline += a.size * 1.35;
  for (const line of a.lines) {
    ops.text(f.regular, x, baseline, a.size, line);
    baseline += a.size * 1.25;
  }
  const c = fitText(f.bold, contact, w, s.addr, 6);
  ops.text(f.bold, x, baseline + 1, c.size, c.lines[0] ?? '');
}
