import type { Settings } from '../../../shared/bridge/settings';
import type { PrintRequest } from '../../../shared/bridge/desktop-api';
import type { DocumentFonts, ReturnBatchDoc } from '../../../shared/documents/types';
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';

/**
 * Builds one document of a batch on demand. The builders and the CJK fonts are several
 * megabytes, so both load only when the first document is made, then stay cached.
 */
export const DOC_KINDS = ['request', 'xlsx', 'labels', 'manifest'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface MadeDocument {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  /** The paper it prints on; null for the spreadsheet. */
  pageSize: PrintRequest['pageSize'] | null;
}

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let fonts: Promise<DocumentFonts> | null = null;

function loadFonts(): Promise<DocumentFonts> {
  const fetchBytes = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  // A failed fetch must not poison the cache: the next attempt tries again.
  fonts.catch(() => (fonts = null));
  return fonts;
}

/** "RR-2026-0001" stays as typed; anything a file system forbids becomes "-". */
function safeName(requestNo: string): string {
  return requestNo.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/[^\x20-\x7e\u4e00-\u9fff-]/g, '') || 'batch';
}

export async function makeDocument(kind: DocKind, doc: ReturnBatchDoc, labelSize: Settings['labelSize']): Promise<MadeDocument> {
  const docs = await import('../../../shared/documents');
  // Refuses a bad USCC, an empty batch… before any font is fetched.
  docs.assertPrintable(doc);
  if (kind === 'labels') docs.assertShippable(doc);
  const base = safeName(doc.requestNo);
  switch (kind) {
    case 'xlsx':
      return { bytes: await docs.buildRequestXlsx(doc), fileName: `${base}-request.xlsx`, mimeType: XLSX, pageSize: null };
    case 'request':
      return { bytes: await docs.buildRequestPdf(doc, await loadFonts()), fileName: `${base}-request.pdf`, mimeType: PDF, pageSize: 'A4' };
    case 'manifest':
      return { bytes: await docs.buildManifestPdf(doc, await loadFonts()), fileName: `${base}-manifest.pdf`, mimeType: PDF, pageSize: 'A4' };
    case 'labels': {
      const thermal = labelSize === '100x150';
      const bytes = await docs.buildLabelsPdf(doc, await loadFonts(), thermal ? 'thermal100x150' : 'a4x4');
      return { bytes, fileName: `${base}-labels-${thermal ? '100x150' : 'a4x4'}.pdf`, mimeType: PDF, pageSize: thermal ? '100x150' : 'A4' };
    }
  }
}
