/**
 * The document builders: pure functions from a ReturnBatchDoc (plus font bytes for PDFs) to
 * file bytes. They run unchanged in Node tests and in the renderer.
 */
export type { Applicant, Broker, DistrictRef, DocumentFonts, LabelLayout, ParcelLine, ReasonCategory, ReturnBatchDoc, TransportMode } from './types';
export { assertPrintable, batchTotals, labelQrPayload } from './batch-facts';
export { assertShippable, cartonsOf, labelGaps, missingOnPaper } from './cartons';
export { buildRequestPdf } from './request-pdf';
export { buildRequestXlsx } from './request-xlsx';
export { buildLabelsPdf, A4_LABEL_SCALE } from './labels-pdf';
export { buildManifestPdf } from './manifest-pdf';
export { DOC_TEXT, UNIT_TEXT, REASON_TEXT, GRADE_TEXT, TRANSPORT_TEXT, REASON_CATEGORY_TEXT } from './doc-text';
