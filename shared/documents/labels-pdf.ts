import { assertPrintable } from './batch-facts';
import { assertShippable, cartonsOf } from './cartons';
import { DOT_203 } from './barcodes';
import { PageOps } from './content-stream';
import { DOC_TEXT } from './doc-text';
import { drawLabel, type LabelFonts } from './label-layout';
import { A4, LABEL_100x150, MM, createDoc, saveDoc } from './pdf-setup';
import type { DocumentFonts, LabelLayout, ReturnBatchDoc } from './types';

/**
 * Return labels for every parcel (carton) of a batch: a return in n cartons gets n labels,
 * numbered RMA-1 … RMA-n and printed "Parcel k of n".
 *
 * 'thermal100x150': one label per 100×150 mm page, bars snapped to 203 dpi dots (the common
 * thermal printer resolution), for label printers.
 *
 * 'a4x4': four labels per A4 sheet for people without a label printer. Four exact
 * 100×150 mm labels need 200×300 mm, but A4 is 210×297 mm and office printers leave about
 * 5 mm unprinted at each edge, so each label is drawn at 94 % (94×141 mm) in one quarter of
 * the sheet, 5 mm from the paper edges. Two straight cuts along the dashed centre lines give
 * four 105×148.5 mm pieces, each a complete label with its own border. At 94 % the Code 128
 * module is still ≥ 0.3 mm, which handheld scanners read easily.
 */
export const A4_LABEL_SCALE = 0.94;

export async function buildLabelsPdf(doc: ReturnBatchDoc, fonts: DocumentFonts, layout: LabelLayout = 'thermal100x150'): Promise<Uint8Array> {
  assertPrintable(doc);
  // A carrier refuses a parcel without a full FROM and TO: refused here, each field named.
  assertShippable(doc);
  const { pdf, regular, bold } = await createDoc(fonts, {
    title: `${DOC_TEXT.labelTitle.zh} ${DOC_TEXT.labelTitle.en} ${doc.batchNo}`,
    subject: doc.requestNo,
    date: doc.createdDate,
  });
  const f: LabelFonts = { regular, bold };
  const cartons = cartonsOf(doc.parcels);
  const count = cartons.length;
  const [labelW, labelH] = LABEL_100x150;

  if (layout === 'thermal100x150') {
    cartons.forEach((carton) => {
      const page = pdf.addPage(LABEL_100x150);
      const ops = new PageOps(labelH);
      drawLabel(ops, f, doc, carton, { dot: DOT_203 });
      ops.attach(pdf, page);
    });
    return saveDoc(pdf);
  }

  const [pageW, pageH] = A4;
  const scaledW = labelW * A4_LABEL_SCALE;
  const scaledH = labelH * A4_LABEL_SCALE;
  const slots: [number, number][] = [
    [(pageW / 2 - scaledW) / 2, 5 * MM],
    [pageW / 2 + (pageW / 2 - scaledW) / 2, 5 * MM],
    [(pageW / 2 - scaledW) / 2, pageH - 5 * MM - scaledH],
    [pageW / 2 + (pageW / 2 - scaledW) / 2, pageH - 5 * MM - scaledH],
  ];
  for (let start = 0; start < count; start += 4) {
    const page = pdf.addPage(A4);
    const ops = new PageOps(pageH);
    // Cut guides first, light and dashed, so labels print over them.
    ops.raw('0.6 G').line(pageW / 2, 0, pageW / 2, pageH, 0.4, [3, 3]).line(0, pageH / 2, pageW, pageH / 2, 0.4, [3, 3]).raw('0 G');
    cartons.slice(start, start + 4).forEach((carton, k) => {
      const [x, y] = slots[k]!;
      ops.frame(x, y, A4_LABEL_SCALE, labelH, () => drawLabel(ops, f, doc, carton, { dot: 0 }));
    });
    ops.attach(pdf, page);
  }
  return saveDoc(pdf);
}
